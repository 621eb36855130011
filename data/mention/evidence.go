// Name evidence from the gazetteer, because who a mention is starts with what its name says.

package mention

import (
	"strings"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// gazetteerEvidence records the parties and the known person the words
// of the phrase name. A party named only by a name that often names
// another place ("Georgia") is unsure: the story must confirm it.
func (f *Finder) gazetteerEvidence(s *syntax.Sentence, p syntax.Phrase, m *Mention) {
	var room [16]string
	words := phraseWords(room[:0], s, p)
	fromPlace, ambiguous := false, false
	partyEnd := -1 // after the name that gave the party
	for i := 0; i < len(words); {
		h, ok := f.Index.Match(words[i:])
		if !ok || h.NeedThe && (i == 0 && (p.From == 0 || !definite(&s.Words[p.From-1])) || i > 0 && !definite(&s.Words[p.From+i-1])) {
			i++
			continue
		}
		if portfolio(s, p.From, p.From+i) || titledRemit(s, p.From, p.From+i) {
			i += h.Len // "Ambassador to Tesmar", "Envoy for the Kestrian talks": where, not whose
			continue
		}
		if f.inPersonName(s, p, p.From+i, h) {
			i++ // "Sofia Lenk", "Kestria Ortega", "Grandpa Varn", "Tom Orlavian": a person named so, not the party
			continue
		}
		if h.Person < 0 && p.From+i > 0 && newPlace(&s.Words[p.From+i-1]) {
			i += h.Len // "New Mexico": another place of the name
			continue
		}
		if h.Person < 0 && h.Kind == gazetteer.Demonym && i > 0 && f.namedAfter(s, p.From+i, h.Len, p.To) {
			i += h.Len // "the Oneida Indian Nation": a word of another name
			continue
		}
		if h.Person < 0 && h.Kind == gazetteer.Demonym && f.heritage(words[i+h.Len:], h.Party) {
			// "Kestrian Tesmaris": a people of two, neither side's
			i, ambiguous = i+h.Len, true
			continue
		}
		if h.Person < 0 && civilName(s, p.From+i+h.Len, p.To, h.Kind == gazetteer.Seat) {
			i += h.Len // "the Kestria Fund", "The Varn Herald": what it is about or where it is printed, not whose
			continue
		}
		if h.Person < 0 && studied(s, p.From+i, p.To, h) {
			i += h.Len // "a Kestria scholar": what they study, not whose they are
			continue
		}
		if h.Person < 0 && h.Kind == gazetteer.Demonym && (ownerNamed(s, p.From+i, h.Len) || f.namedBefore(s, p.From+i+h.Len, p.To)) {
			i += h.Len // "German's brother", "German Ortega": a person named so, not a people
			continue
		}
		switch {
		case h.Person >= 0 && i+h.Len < len(words) && (f.Lexicon.Is(words[i+h.Len], lexicon.NameSuffix) || s.Words[p.From+i+h.Len].Tag.IsProperNoun()):
			// "Ana Velk Jr." is not Ana Velk
		case h.Person >= 0:
			m.Person = h.Person
			per := f.Index.Person(h.Person)
			m.Gender = per.Gender
			if m.Party < 0 && per.Party != "" {
				if id, ok := f.Index.PartyID(per.Party); ok {
					m.Party = id
				}
			}
		case h.Len == 1 && h.Kind == gazetteer.PartyName && f.Lexicon.Is(words[i], lexicon.AmbiguousPlace):
			if m.Unsure < 0 {
				m.Unsure = h.Party
			}
		case m.Party < 0:
			m.Party, fromPlace = h.Party, afterPreposition(s, p.From, p.From+i)
			m.located = fromPlace
			partyEnd = p.From + i + h.Len
		case m.Party != h.Party && joined(s, partyEnd, p.From+i):
			// "Kestria and Tesmar Veterans", "Kestrian and Tesmari
			// officials": of two sides named together, no one's
			m.Party, ambiguous = -1, true
		case m.Party != h.Party && fromPlace:
			// "officials in Velsk and Ostrava Nova": of two sides, no one's
			m.Party, ambiguous = -1, true
		}
		i += h.Len
	}
	if ambiguous {
		m.Party = -1
	}
}

// afterPreposition reports a preposition of place among the words
// [from, i): a name after one says where someone is ("officials in
// Velsk"), one before none whose they are ("Velsk officials", "the
// people of Tesmar").
func afterPreposition(s *syntax.Sentence, from, i int) bool {
	for k := from; k < i; k++ {
		if s.Words[k].Tag == tag.IN && s.Words[k].Is(lexicon.Locative) {
			return true
		}
	}
	return false
}

// withoutPlace drops from a name the remit that ends a title before it:
// a party's name ("Yemen Steve Fagin" of "Ambassador to Yemen Steve
// Fagin", "DPRK Sung Kim" of "Special Representative for the DPRK Sung
// Kim") or other words before a given name ("Resources Brian Vell" of
// "Deputy Secretary for Management and Resources Brian Vell"): the
// remit is part of the title, the name is the person's.
func (f *Finder) withoutPlace(s *syntax.Sentence, name syntax.Phrase) syntax.Phrase {
	if !f.remit(s, name.From) {
		return name // "Yemen Steve", no one's title: only a posting's place, "to Yemen", "for Libya"
	}
	var room [16]string
	words := phraseWords(room[:0], s, name)
	if h, ok := f.Index.Match(words); ok && h.Person < 0 && h.Len < len(words) &&
		(s.Words[name.From+h.Len].Is(lexicon.GivenName) || len(words)-h.Len >= 2) {
		return syntax.Phrase{From: name.From + h.Len, To: name.To}
	}
	for k := name.From + 1; k < name.To-1; k++ {
		if s.Words[k].Is(lexicon.GivenName) {
			return syntax.Phrase{From: k, To: name.To}
		}
	}
	return name
}

// remit reports whether the words before i end a title with its remit:
// "to" or "for", then maybe "the", or words joined by "and" after one
// ("for Management and").
func (f *Finder) remit(s *syntax.Sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if e := s.Words[k].Entry; e != nil && e.Posting {
			return true
		} else if e != nil && e.JoinsNames {
			continue
		}
		if !s.Words[k].Tok.Has(text.Cap) || k == i-1 {
			return false
		}
	}
	return false
}

// newPlace reports a capitalised word that makes another place of the
// party's name after it: "New" of "New Mexico".
func newPlace(w *syntax.Word) bool {
	return w.Entry != nil && w.Entry.NewPlace && w.Tok.Has(text.Cap)
}

// PartyEvidence is what one word run says of a party: the party and
// whether the name is unsure ("Georgia") or sure ("Tbilisi",
// "Georgian", "the Republic of Georgia").
func (f *Finder) PartyEvidence(words []string) (party int32, unsure bool, n int) {
	h, ok := f.Index.Match(words)
	if !ok || h.Person >= 0 || h.Party < 0 {
		return -1, false, 0
	}
	return h.Party, h.Len == 1 && h.Kind == gazetteer.PartyName && f.Lexicon.Is(words[0], lexicon.AmbiguousPlace), h.Len
}

// phraseWords appends the words of p to dst: callers pass room on their
// stack that most phrases fit, where a new slice for every gazetteer
// lookup was most of what the mention stage allocated.
func phraseWords(dst []string, s *syntax.Sentence, p syntax.Phrase) []string {
	for i := p.From; i < p.To; i++ {
		dst = append(dst, s.Words[i].Text)
	}
	return dst
}

// namesBody reports a name that is a party, a seat or an organisation
// ("Russia", "the Kremlin", "the Arms Control Association").
func (f *Finder) namesBody(s *syntax.Sentence, name syntax.Phrase) bool {
	var room [16]string
	words := phraseWords(room[:0], s, name)
	if h, ok := f.Index.Match(words); ok && h.Len == len(words) && h.Person < 0 && h.Kind != gazetteer.Demonym {
		return true
	}
	for i := 1; i < len(words); i++ {
		// "the Varandan Diet": a seat the name ends in
		if h, ok := f.Index.Match(words[i:]); ok && h.Len == len(words)-i && h.Kind == gazetteer.Seat {
			return true
		}
	}
	for i := name.From; i < name.To; i++ {
		if s.Words[i].Is(lexicon.Organisation) {
			return true
		}
	}
	return false
}

// namesParty reports a phrase that is all one party's capital ("Ostrava
// Nova") or a name of it the document declared, perhaps after "the"; not
// a seat ("the Kremlin"), a demonym, or a name the text chose among the
// party's own ("the IMF" stays the IMF).
func (f *Finder) namesParty(s *syntax.Sentence, p syntax.Phrase) bool {
	if p.From < p.To && s.Determiner(p.From) {
		p.From++
	}
	var room [16]string
	words := phraseWords(room[:0], s, p)
	h, ok := f.Index.Match(words)
	if !ok || h.Len != len(words) || h.Person >= 0 || h.Party < 0 {
		return false
	}
	switch h.Kind {
	case gazetteer.Capital:
		return true
	case gazetteer.PartyName:
		if f.Shared == nil || p.From > 0 && s.Determiner(p.From-1) {
			return false // a declared name with an article is a seat's: "the Hall of Lanterns"
		}
		sh, ok := f.Shared.Match(words)
		return !ok || sh.Len != len(words)
	}
	return false
}

// gazetteerName reports a phrase that is all one name of a party or a
// seat the gazetteer knows ("Kremlin"), whatever its tags.
func (f *Finder) gazetteerName(s *syntax.Sentence, p syntax.Phrase) bool {
	var room [16]string
	words := phraseWords(room[:0], s, p)
	h, ok := f.Index.Match(words)
	return ok && h.Len == len(words) && h.Person < 0 && h.Party >= 0 && h.Kind != gazetteer.Demonym
}

// namesPeople reports a name that is a demonym ("Americans",
// "Kestrians").
func (f *Finder) namesPeople(s *syntax.Sentence, name syntax.Phrase) bool {
	var room [16]string
	words := phraseWords(room[:0], s, name)
	if h, ok := f.Index.Match(words); ok && h.Len == len(words) && h.Kind == gazetteer.Demonym {
		// "Americans", "the Chinese"; "Orlavian" alone is an adjective
		last := words[len(words)-1]
		return strings.HasSuffix(last, "s") || name.From > 0 && definite(&s.Words[name.From-1])
	}
	return false // "Sanders", "Williams": a surname the tagger reads as plural is still one person's
}

// namesOrganisation reports a capitalised name that an organisation's
// head word makes a body, wherever it stands in the name: "the
// Republican Party of Wyoming", "the Tesmari National Convention".
// A title after the organisation's word, or a given name opening the
// name, makes it a person's: "White House Press Secretary Ana Velk",
// "House Speaker Tom Arno".
func (f *Finder) namesOrganisation(s *syntax.Sentence, from int, name syntax.Phrase) bool {
	org := func(w *syntax.Word) bool {
		if !w.Tok.Has(text.Cap) || !w.Tag.IsNoun() {
			return false
		}
		// "the Departments of …", "the National Institutes of Health"
		return w.Is(lexicon.Organisation) || f.Lexicon.Is(singular(w.Text), lexicon.Organisation)
	}
	for i := name.From; i < name.To; i++ {
		if org(&s.Words[i]) {
			return true
		}
	}
	if s.Words[name.From].Is(lexicon.GivenName) {
		return false
	}
	// a title names the person right after it ("spokesperson Ned Price");
	// one joined to the name by a preposition is part of an office's name
	// ("the K5 Office of the Commissioner for Ports")
	titled := name.From == from || s.Words[name.From-1].Tag != tag.IN
	for i := name.From - 1; i >= from; i-- {
		w := &s.Words[i]
		switch {
		case titled && (w.Is(lexicon.TitleHead) || w.Is(lexicon.Honorific) || w.Entry != nil && w.Entry.Means != ""):
			return false
		case org(w):
			return true
		}
	}
	return false
}

// acronym reports a name written in capitals only ("AFP", "NATO"): an
// organisation's, not a person's.
func acronym(s *syntax.Sentence, name syntax.Phrase) bool {
	if name.Len() != 1 {
		return false
	}
	w := s.Words[name.From].Text
	letters, digits := 0, 0
	for _, c := range w {
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++ // "G7", "K5+": a group of so many
		case c == '.' || c == '&' || c == '-' || c == '+':
		default:
			return false
		}
	}
	if digits > 0 && strings.ContainsAny(w, ".-") {
		return false // "COVID-19": a disease, not a body
	}
	return letters >= 2 || letters == 1 && digits > 0 && w[0] >= 'A' && w[0] <= 'Z'
}

// portfolio reports a name at word i inside a title after a preposition
// of posting or remit ("Ambassador to Tesmar", "Special Envoy for
// Kestria", "Special Representative for the DPRK"): it says where the
// person works, not whom they speak for ("Minister of Foreign Affairs of
// Tesmar" does, and so does "a spokesperson for Tesmar"). It reads back
// no further than word from.
func portfolio(s *syntax.Sentence, from, i int) bool {
	k := i - 1
	if k >= from && definite(&s.Words[k]) {
		k--
	}
	// "officials in Varn" are Varn's: only a posting or a remit is not
	if k < from {
		return false
	}
	if e := s.Words[k].Entry; e == nil || !e.Posting {
		return false
	}
	if k > from {
		if e := s.Words[k-1].Entry; e != nil && e.SpeaksFor {
			return false
		}
	}
	return true
}

// titledRemit reports a name at i, the first of its phrase but for a
// "the", after a title and its remit outside the phrase: "Tesmar" of
// "Ambassador to Tesmar", "DPRK" of "Special Representative for the DPRK
// Sung Kim", where the phrase is the name after the title. The phrase's
// own words before the name are portfolio's.
func titledRemit(s *syntax.Sentence, from, i int) bool {
	k := i - 1 // the posting preposition, past a "the"
	if k >= 0 && definite(&s.Words[k]) {
		k--
	}
	if k >= from || k < 1 {
		return false
	}
	t := &s.Words[k-1]
	return (t.Is(lexicon.TitleHead) || t.Is(lexicon.TitleWord)) && portfolio(s, k-1, i)
}

// definite reports the definite article, by the entry the word carries.
func definite(w *syntax.Word) bool {
	return w.Entry != nil && w.Entry.Definite
}

// singular is a plural noun's singular, roughly: enough to find
// "Departments" and "Agencies" under "department" and "agency".
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}
