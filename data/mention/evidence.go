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
	words := make([]string, 0, p.Len())
	for i := p.From; i < p.To; i++ {
		words = append(words, s.Words[i].Text)
	}
	fromPlace, ambiguous := false, false
	for i := 0; i < len(words); {
		h, ok := f.Index.Match(words[i:])
		if !ok || h.NeedThe && (i == 0 && (p.From == 0 || lower(s.Words[p.From-1].Text) != "the") || i > 0 && lower(words[i-1]) != "the") {
			i++
			continue
		}
		if portfolio(words, i) || i == 0 && p.From >= 2 && portfolio([]string{s.Words[p.From-1].Text, ""}, 1) &&
			(s.Words[p.From-2].Is(lexicon.TitleHead) || s.Words[p.From-2].Is(lexicon.TitleWord)) {
			i += h.Len // "Ambassador to Tesmar", "Envoy for the Kestrian talks": where, not whose
			continue
		}
		if h.Person < 0 && h.Len == 1 && f.givenName(s, p.From+i, p.To) {
			i++ // "Sofia Lenk": a person's given name, not the capital
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

// withoutPlace drops from a name a party's name that opens it before a
// person's ("Yemen Steve Fagin" of "Ambassador to Yemen Steve Fagin"):
// the place ends the title, the name is the person's.
func (f *Finder) withoutPlace(s *syntax.Sentence, name syntax.Phrase) syntax.Phrase {
	words := make([]string, 0, name.Len())
	for i := name.From; i < name.To; i++ {
		words = append(words, s.Words[i].Text)
	}
	h, ok := f.Index.Match(words)
	if !ok || h.Person >= 0 || h.Len >= len(words) || !s.Words[name.From+h.Len].Is(lexicon.GivenName) ||
		name.From == 0 || !portfolio([]string{s.Words[name.From-1].Text, ""}, 1) {
		return name // only a posting's place: "to Yemen", "for Libya"
	}
	return syntax.Phrase{From: name.From + h.Len, To: name.To}
}

// givenName reports a place's name that is a given name before a
// surname in the phrase: "Sofia" of "Sofia Lenk", not of "Sofia police".
func (f *Finder) givenName(s *syntax.Sentence, i, end int) bool {
	if !s.Words[i].Is(lexicon.GivenName) || i+1 >= end {
		return false
	}
	next := &s.Words[i+1]
	return next.Tok.Has(text.Cap) && next.Tag.IsProperNoun() && !next.Is(lexicon.TitleHead) && !next.Is(lexicon.Organisation) &&
		!next.Is(lexicon.Group) && !next.Is(lexicon.PersonNoun) && !next.Is(lexicon.Media)
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

// namesBody reports a name that is a party, a seat or an organisation
// ("Russia", "the Kremlin", "the Arms Control Association").
func (f *Finder) namesBody(s *syntax.Sentence, name syntax.Phrase) bool {
	words := make([]string, 0, name.Len())
	for i := name.From; i < name.To; i++ {
		words = append(words, s.Words[i].Text)
	}
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
	words := make([]string, 0, p.Len())
	for i := p.From; i < p.To; i++ {
		words = append(words, s.Words[i].Text)
	}
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
	words := make([]string, 0, p.Len())
	for i := p.From; i < p.To; i++ {
		words = append(words, s.Words[i].Text)
	}
	h, ok := f.Index.Match(words)
	return ok && h.Len == len(words) && h.Person < 0 && h.Party >= 0 && h.Kind != gazetteer.Demonym
}

// namesPeople reports a name that is a demonym ("Americans",
// "Kestrians").
func (f *Finder) namesPeople(s *syntax.Sentence, name syntax.Phrase) bool {
	words := make([]string, 0, name.Len())
	for i := name.From; i < name.To; i++ {
		words = append(words, s.Words[i].Text)
	}
	if h, ok := f.Index.Match(words); ok && h.Len == len(words) && h.Kind == gazetteer.Demonym {
		// "Americans", "the Chinese"; "Orlavian" alone is an adjective
		last := words[len(words)-1]
		return strings.HasSuffix(last, "s") || name.From > 0 && lower(s.Words[name.From-1].Text) == "the"
	}
	return false // "Sanders", "Williams": a surname the tagger reads as plural is still one person's
}

// coordination finds "Velk and Arno", "Tesmar and Orlavia", "Velk, Arno
// and Marr": a phrase of conjuncts joined by commas and "and" that each
// name someone, which speak together. A name that has "and" inside it
// ("Trinidad and Tobago") is one conjunct. It returns the party every
// conjunct names, or -1.
func (f *Finder) coordination(s *syntax.Sentence, para string, p syntax.Phrase) (int32, bool) {
	var cuts []int
	and := false
	for i := p.From + 1; i < p.To-1; i++ {
		w := &s.Words[i]
		switch {
		case w.Tag == tag.CC && (lower(w.Text) == "and" || w.Text == "&"):
			cuts, and = append(cuts, i), true
		case w.Tag == tag.Comma:
			cuts = append(cuts, i)
		}
	}
	if !and {
		return -1, false
	}
	words := make([]string, 0, p.Len())
	for i := p.From; i < p.To; i++ {
		words = append(words, s.Words[i].Text)
	}
	for i := range words {
		if h, ok := f.Index.Match(words[i:]); ok {
			for _, c := range cuts {
				if p.From+i < c && p.From+i+h.Len > c {
					return -1, false // the "and" is inside a name
				}
			}
		}
	}
	var parts []Mention
	from := p.From
	for _, c := range append(cuts, p.To) {
		if c > from {
			parts = append(parts, f.Classify(s, para, syntax.Phrase{From: from, To: c}, syntax.Phrase{}))
		}
		from = c + 1
	}
	if len(parts) < 2 {
		return -1, false
	}
	// people with people ("Velk and Arno", "the Varandan envoy and the
	// Kestrian envoy", "the Minister and her counterparts"), bodies with
	// bodies or groups ("Varanda and K5+ partners")
	person := func(m Mention) bool { return m.Kind == Person && !m.Place || m.Kind == Role }
	group := func(m Mention) bool { return m.Kind == Group && m.Plural }
	people, bodies := 0, 0
	for _, m := range parts {
		switch {
		case person(m):
			people++
		case m.Kind == Body:
			bodies++
		case !group(m):
			return -1, false
		}
	}
	if people > 0 && bodies > 0 {
		return -1, false
	}
	for _, m := range parts[:len(parts)-1] {
		if m.Kind == Role && m.Capital && !m.Definite && !m.Plural {
			return -1, false // "Public Engagement Director and Senior Advisor Cedric Richmond": one person's titles
		}
	}
	party := parts[0].Party
	for _, m := range parts[1:] {
		if m.Party != party {
			party = -1
		}
	}
	return party, true
}

// personAndPlace reports a phrase that joins a person and a party's or a
// capital's name: "the Secretary and Port Selin" are no one who speaks
// together. A body that is an organisation's name is a title's part
// ("Ministry of Ports and Trade Secretary Jonas Vell").
func (f *Finder) personAndPlace(s *syntax.Sentence, para string, p syntax.Phrase) bool {
	for k := p.From + 1; k < p.To-1; k++ {
		if s.Words[k].Tag != tag.CC {
			continue
		}
		left := f.Classify(s, para, syntax.Phrase{From: p.From, To: k}, syntax.Phrase{})
		right := f.Classify(s, para, syntax.Phrase{From: k + 1, To: p.To}, syntax.Phrase{})
		human := func(m Mention) bool { return m.Kind == Person && m.Human || m.Kind == Role }
		party := func(m Mention) bool {
			n := m.Phrase
			if s.Determiner(n.From) {
				n.From++
			}
			return m.Kind == Body && m.Party >= 0 && f.gazetteerName(s, n)
		}
		return human(left) && party(right) || party(left) && human(right)
	}
	return false
}

// asideIsHuman reports an appositive that says its noun is a person: a
// title or a description of one ("a retired general", "executive director
// of …"), or an age ("Velk, 49, said").
func (f *Finder) asideIsHuman(s *syntax.Sentence, aside syntax.Phrase) bool {
	w := &s.Words[aside.From]
	if w.Tag == tag.CD && aside.Len() == 1 {
		return true
	}
	if w.Tag == tag.WP && lower(w.Text) == "who" {
		return true
	}
	// a title or a person noun heads the appositive or its first phrase
	// ("Color of Change's executive director", "a spokesman for the
	// ministry")
	for i := aside.From; i < aside.To; i++ {
		w := &s.Words[i]
		if w.Tag == tag.IN && !s.Words[i-1].Tag.IsProperNoun() {
			break
		}
		if w.Tag.IsNoun() && (w.Is(lexicon.TitleHead) || w.Is(lexicon.PersonNoun)) {
			return true
		}
	}
	return false
}

// where finds, in the words [from, to) after a phrase's core, a run of
// capitalised names the gazetteer does not know after a preposition of
// place, perhaps past adjectives: "Ruvo" of "in besieged Ruvo".
func (f *Finder) where(s *syntax.Sentence, from, to int) syntax.Phrase {
	for i := from; i < to; i++ {
		if w := &s.Words[i]; w.Tag != tag.IN || !w.Is(lexicon.Locative) || portfolio([]string{w.Text, ""}, 1) {
			continue // "Advisor to the President": a remit, not a place
		}
		k := i + 1
		for k < to && (s.Determiner(k) || s.Words[k].Tag.IsAdj()) {
			k++
		}
		e := k
		for e < to && s.Words[e].Tag.IsProperNoun() && s.Words[e].Tok.Has(text.Cap) {
			e++
		}
		if e == k {
			continue
		}
		words := make([]string, 0, e-k)
		for j := k; j < e; j++ {
			if w := &s.Words[j]; w.Is(lexicon.Organisation) || w.Is(lexicon.TitleHead) || w.Is(lexicon.TitleWord) {
				return syntax.Phrase{} // "officials from the Department of …": whose, not where
			}
			words = append(words, s.Words[j].Text)
		}
		if _, ok := f.Index.Match(words); ok {
			return syntax.Phrase{}
		}
		return syntax.Phrase{From: k, To: e}
	}
	return syntax.Phrase{}
}

// Placed finds where a sentence says in which party's land a place the
// gazetteer does not know is: "Ruvo, Kestria, …". It returns the place's
// name and the party, one pair a call, from word i on; n is how far it
// read.
func (f *Finder) Placed(s *syntax.Sentence, i int) (place string, party int32, n int) {
	e := i
	for e < len(s.Words) && s.Words[e].Tag.IsProperNoun() && s.Words[e].Tok.Has(text.Cap) && s.Words[e].Quote < 0 {
		e++
	}
	comma := func(k int) bool { return s.Words[k].Text == "," } // shallow tags leave punctuation untagged
	if e == i || e+1 >= len(s.Words) || !comma(e) {
		return "", -1, 0
	}
	words := make([]string, 0, len(s.Words)-i)
	for j := i; j < len(s.Words); j++ {
		words = append(words, s.Words[j].Text)
	}
	if _, ok := f.Index.Match(words[:e-i]); ok {
		return "", -1, 0 // a name the gazetteer knows
	}
	p, unsure, k := f.PartyEvidence(words[e+1-i:])
	if k == 0 || unsure {
		return "", -1, 0
	}
	if end := e + 1 + k; end < len(s.Words) && !comma(end) && s.Words[end].Tok.Kind == text.Word {
		return "", -1, 0 // "Ruvo, Kestria's port" is no place's country
	}
	name := make([]string, 0, e-i)
	for j := i; j < e; j++ {
		name = append(name, s.Words[j].Text)
	}
	return strings.Join(name, " "), p, e + 1 + k - i
}

// isPlace reports a lone name the sentence says is a place: after a
// preposition of place ("in Hollin", "from Orlavia") or before a comma and
// an abbreviated state or region ("Hollin, Tes.").
func (f *Finder) isPlace(s *syntax.Sentence, name syntax.Phrase) bool {
	if name.Empty() {
		return false
	}
	if name.From > 0 {
		prev := &s.Words[name.From-1]
		if prev.Tag == tag.IN && prev.Is(lexicon.Locative) {
			return true
		}
	}
	if name.To+1 < len(s.Words) && s.Words[name.To].Tag == tag.Comma {
		next := &s.Words[name.To+1]
		if next.Tok.Has(text.Cap) && next.Tag.IsProperNoun() && len(next.Text) > 1 && next.Text[len(next.Text)-1] == '.' {
			return true
		}
	}
	return false
}

// atSeat reports a seat of government named after a preposition of place
// and "the" ("at the White House", "in the Kremlin"): where, not who, so
// no "they" or "it" stands for it.
func (f *Finder) atSeat(s *syntax.Sentence, para string, name syntax.Phrase) bool {
	i := name.From - 1
	if name.Empty() || i < 1 || lower(s.Words[i].Text) != "the" {
		return false
	}
	prev := &s.Words[i-1]
	return prev.Tag == tag.IN && prev.Is(lexicon.Locative) && f.Index.IsSeat(s.Text(para, name.From, name.To))
}

// describe returns the head and modifiers of a description, lower-cased:
// "senator" and ["former", "kestrian"] of "the former Kestrian senator".
// Possessive markers and punctuation are no modifiers.
func describe(s *syntax.Sentence, from int, core syntax.Phrase) (head string, mods, names []string) {
	h := s.Head(core)
	for i := from; i < h; i++ {
		w := &s.Words[i]
		if w.Tag == tag.POS || w.Tag.IsPunct() || s.Determiner(i) {
			continue
		}
		mods = append(mods, lower(w.Text))
		if w.Tok.Has(text.Cap) && i > 0 && !w.Is(lexicon.TitleWord) && !w.Is(lexicon.TitleHead) && !w.Is(lexicon.RankWord) {
			names = append(names, lower(w.Text))
		}
	}
	return lower(s.Words[h].Text), mods, names
}

// restrictiveEnd is where a non-person speaker's phrase ends when a
// restrictive clause belongs to it: "a woman who has accused Velk of
// fraud", "one of two witnesses who relayed the story". A clause set off
// by a comma is an aside, not part of the phrase.
func restrictiveEnd(s *syntax.Sentence, p, aside syntax.Phrase) int {
	if head := &s.Words[s.Head(s.Core(p))]; head.Is(lexicon.TitleHead) && head.Tag.IsNoun() {
		// a title says who without the clause: "a senior official who
		// spoke on condition of anonymity" is a senior official
		return p.To
	}
	if !aside.Empty() && aside.From >= p.To {
		w := &s.Words[aside.From]
		gap := aside.From > p.To && (s.Words[aside.From-1].Tag == tag.Comma || s.Words[aside.From-1].Tag == tag.Colon)
		if !gap && (w.Tag == tag.WP || w.Tag == tag.WDT || w.Tag == tag.VBN || w.Tag == tag.VBG || w.Tag.IsAdj()) {
			return aside.To // "people familiar with the plans"
		}
		return p.To
	}
	if p.To < len(s.Words) {
		w := &s.Words[p.To]
		if (w.Tag == tag.WP && lower(w.Text) != "what") || w.Tag == tag.WDT && lower(w.Text) == "that" {
			// the clause runs to the next punctuation, or to a finite verb
			// that is not its own: "a woman who went home and is resting
			// is the prototype" ends before "is the prototype"
			i := p.To + 1
			verbs := 0
			for i < len(s.Words) && !s.Words[i].Tag.IsPunct() && s.Words[i].Quote < 0 {
				if t := s.Words[i].Tag; t.IsFiniteVerb() {
					k := i - 1
					for k > p.To && (s.Words[k].Tag.IsAdverb() || s.Words[k].Is(lexicon.Auxiliary)) {
						k--
					}
					if verbs > 0 && s.Words[k].Tag != tag.CC && !s.Words[i-1].Tag.IsFiniteVerb() && !s.Words[i-1].Is(lexicon.Auxiliary) {
						break
					}
					if verbs > 0 && s.Words[k].Tag == tag.CC && s.Words[i].Is(lexicon.CueVerb) {
						// "villagers who discussed the flood and reaffirmed
						// their support": the clause holds the speaker's
						// cue, it does not say who they are
						return p.To
					}
					verbs++
				}
				i++
			}
			if i > p.To+1 {
				return i
			}
		}
	}
	return p.To
}

// qualified reports a proper name among the words [from, to) that is no
// title word: "Greenland's" of "Greenland's premier", "Hollin" of "Hollin
// police".
func (f *Finder) qualified(s *syntax.Sentence, from, to int) bool {
	for i := from; i < to; i++ {
		w := &s.Words[i]
		// a sentence's first word is capitalised anyway: it counts when
		// tagged a name or unknown to the lexicon
		if !w.Tok.Has(text.Cap) || !w.Tag.IsProperNoun() && (i > 0 || w.Entry != nil) || !w.Tag.IsNoun() {
			continue
		}
		if w.Is(lexicon.TitleHead) || w.Is(lexicon.TitleWord) || w.Is(lexicon.RankWord) || w.Is(lexicon.Honorific) ||
			w.Entry != nil && w.Entry.Means != "" {
			continue
		}
		return true
	}
	return false
}

// quantifiedStart is where a group's phrase starts when words that say
// how many of it speak stand before it: "almost half of respondents",
// "at least a dozen members of Congress", "both Velk and Arno".
func quantifiedStart(s *syntax.Sentence, from int) int {
	for from > 0 {
		w := &s.Words[from-1]
		if w.Quote >= 0 || !w.Is(lexicon.Quantifier) || w.Tag.IsVerb() || w.Tag.IsNoun() {
			break
		}
		from--
		if from > 0 && lower(s.Words[from-1].Text) == "at" && lower(w.Text) == "least" {
			from--
		}
	}
	return from
}

// isName reports a phrase that is only a name: capitalised words, one of
// them tagged a name, none a title or an organisation's ("Anna Richardson
// White" of "a spokeswoman, Anna Richardson White, said").
func isName(s *syntax.Sentence, p syntax.Phrase) bool {
	proper := false
	for i := p.From; i < p.To; i++ {
		w := &s.Words[i]
		if !w.Tok.Has(text.Cap) || w.Is(lexicon.TitleHead) || w.Is(lexicon.Organisation) || w.Quote >= 0 {
			return false
		}
		proper = proper || w.Tag.IsProperNoun()
	}
	return proper && p.Len() <= 5
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
	for i := name.From - 1; i >= from; i-- {
		w := &s.Words[i]
		switch {
		case w.Is(lexicon.TitleHead) || w.Is(lexicon.Honorific) || w.Entry != nil && w.Entry.Means != "":
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

// portfolio reports a name inside a title after a preposition of
// posting or remit ("Ambassador to Tesmar", "Special Envoy for Kestria",
// "Special Representative for the DPRK"): it says where the person
// works, not whom they speak for ("Minister of Foreign Affairs of
// Tesmar" does).
func portfolio(words []string, i int) bool {
	k := i - 1
	if k >= 0 && lower(words[k]) == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	// "officials in Varn" are Varn's: only a posting or a remit is not
	switch lower(words[k]) {
	case "to", "for":
		return true
	}
	return false
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
