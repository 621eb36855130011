// Words of a party's name that belong to another name (a person's above
// all) or say what someone studies: no evidence of whose a mention is.

package mention

import (
	"strings"
	"unicode"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// studied reports a party's name at i that is the subject of the noun
// after it: of one who studies or covers it ("a Kestria scholar", "a
// Kremlin watcher") or of a field ("Kestrian history", "Kestria
// studies"). A demonym or an abbreviation before one who studies says
// whose they are ("a Kestrian analyst", "a U.S. expert").
func studied(s *syntax.Sentence, i, end int, h gazetteer.Hit) bool {
	next := i + h.Len
	if next >= end || s.Words[next].Entry == nil {
		return false
	}
	if e := s.Words[next].Entry; e.FieldOfStudy {
		return true
	} else if !e.StudiesSubject || h.Kind == gazetteer.Demonym {
		return false
	}
	for k := i; k < next; k++ {
		if strings.IndexFunc(s.Words[k].Text, unicode.IsLower) >= 0 {
			return true
		}
	}
	return false
}

// civilName reports capitalised words from i that close a name with a
// body that speaks for no party ("Veterans Memorial" of "the Kestrian
// Veterans Memorial", "Fund" of "the Kestria Fund", "Society" of "the
// Kestrian Society Of Medicine") or with a press title ("Herald" of "The
// Varn Herald", "Post" of "a Varn Post columnist"): the party's name
// before them says what the body is about or where the paper is printed,
// not whose it is. A seat's centre is the seat's ("the Amber Hall
// Processing Center"), a paper printed there is not.
func civilName(s *syntax.Sentence, i, end int, seat bool) bool {
	k := i
	for k < end && s.Words[k].Tok.Has(text.Cap) && s.Words[k].Tag != tag.POS && s.Words[k].Tag != tag.IN {
		k++
	}
	if k == i || s.Words[k-1].Entry == nil {
		return false
	}
	e := s.Words[k-1].Entry
	return e.PressTitle || e.CivilBody && !seat
}

// ownerNamed reports a demonym at i that owns what follows with no
// article before it: a person's name ("Kestrian's brother"), as a
// people owns in the plural ("Kestrians' concerns") and one of them after
// an article ("the Kestrian's lawyer").
func ownerNamed(s *syntax.Sentence, i, n int) bool {
	w := &s.Words[i+n-1]
	return i+n < len(s.Words) && s.Words[i+n].Tag == tag.POS && s.Words[i+n].Text != "'" &&
		w.Tag != tag.NNPS && w.Tag != tag.NNS && !s.Determiner(i-1)
}

// namedBefore reports a word at i, after a demonym, that makes a name of
// the two: a capitalised word the lexicon and the gazetteer do not know,
// that ends the name ("Kestrian Ortega", a person; "Kestrian Columbia",
// a place), where a known word after a demonym is whose ("Kestrian
// Foreign Minister", "the Kestrian Navy").
func (f *Finder) namedBefore(s *syntax.Sentence, i, end int) bool {
	if i >= end {
		return false
	}
	w := &s.Words[i]
	if i+1 < end && (s.Words[i+1].Tok.Has(text.Cap) || s.Words[i+1].Tag == tag.IN) {
		return false // "the Kestrian Patriarchate of Varn": the demonym's body
	}
	if strings.HasSuffix(w.Text, "s") {
		return false // "Kestrian Muslims", whatever the tagger reads: Kestrians
	}
	return f.unknownName(w)
}

// inPersonName reports a one-word name of a place or a people at i that
// is a word of a person's name, not the party: a given name before a
// surname ("Sofia Lenk"), a party's name or capital that is a given name
// or a surname ("Kestria Ortega", "Grandpa Varn"), or a surname after a
// given name ("Tom Orlavian").
func (f *Finder) inPersonName(s *syntax.Sentence, p syntax.Phrase, i int, h gazetteer.Hit) bool {
	if h.Person >= 0 || h.Len != 1 {
		return false
	}
	if givenName(s, i, p.To) || surname(s, p.From, i) {
		return true
	}
	place := h.Kind == gazetteer.PartyName || h.Kind == gazetteer.Capital
	return place && (f.givenPlace(s, i, p.To) || f.placeSurname(s, p.From, i, p.To))
}

// givenName reports a place's name that is a given name before a
// surname in the phrase: "Sofia" of "Sofia Lenk", not of "Sofia police".
func givenName(s *syntax.Sentence, i, end int) bool {
	if !s.Words[i].Is(lexicon.GivenName) || i+1 >= end {
		return false
	}
	next := &s.Words[i+1]
	return next.Tok.Has(text.Cap) && next.Tag.IsProperNoun() && !next.Is(lexicon.TitleHead) && !next.Is(lexicon.Organisation) &&
		!next.Is(lexicon.Group) && !next.Is(lexicon.PersonNoun) && !next.Is(lexicon.Media)
}

// surname reports a party's name or demonym that is a surname after a
// given name in the phrase: "Orlavian" of "Tom Orlavian", "Tesmar" of
// "Lena Tesmar", not of "Tesmari envoy Lena Velk".
func surname(s *syntax.Sentence, from, i int) bool {
	if i == from {
		return false
	}
	given, w := &s.Words[i-1], &s.Words[i]
	return given.Is(lexicon.GivenName) && given.Tok.Has(text.Cap) && given.Tag.IsProperNoun() &&
		w.Tok.Has(text.Cap)
}

// givenPlace reports a one-word name of a party or its capital at i that
// is a person's given name: a word neither the lexicon nor the gazetteer
// knows follows it and ends the phrase ("Kestria Ortega", "actress
// Kestria Ortega"). An abbreviation is no given name ("KR Strategy").
func (f *Finder) givenPlace(s *syntax.Sentence, i, end int) bool {
	if i+2 != end || acronym(s, syntax.Phrase{From: i, To: i + 1}) {
		return false
	}
	return f.namedBefore(s, i+1, end)
}

// placeSurname reports a one-word name of a party or its capital at i
// that ends the phrase after a word that makes it a person's name: an
// honorific ("Mr. Kestria") or a capitalised singular noun neither the
// lexicon nor the gazetteer knows, whatever the tagger makes of it
// ("Grandpa Varn", "Grandpa" tagged a common noun). A plural names what a
// body of the party does ("Statistics Kestria").
func (f *Finder) placeSurname(s *syntax.Sentence, from, i, end int) bool {
	if i+1 != end || i == from || acronym(s, syntax.Phrase{From: i, To: i + 1}) {
		return false
	}
	w := &s.Words[i-1]
	if !w.Tok.Has(text.Cap) {
		return false
	}
	if w.Is(lexicon.Honorific) {
		return true
	}
	if w.Entry != nil || !w.Tag.IsNoun() || w.Tag == tag.NNS || w.Tag == tag.NNPS || strings.Contains(w.Text, "-") {
		return false // "Statistics Kestria": a body the party named for its work
	}
	_, known := f.Index.Match([]string{w.Text})
	return !known
}

// namedAfter reports a demonym at i, in a run of capitalised words,
// that a word neither the lexicon nor the gazetteer knows opens ("the
// Tulvak Kestrian Nation"): a word of another name, as "New" makes
// another place of a party's name; not an adjective before it ("Sunni
// Kestrian officials", "Nobel-winning Kestrian novelist").
func (f *Finder) namedAfter(s *syntax.Sentence, i, n, end int) bool {
	w := &s.Words[i-1]
	if strings.Contains(w.Text, "-") || i+n >= end || !s.Words[i+n].Tok.Has(text.Cap) {
		return false
	}
	return f.unknownName(w)
}

// unknownName reports a capitalised proper noun that neither the lexicon
// nor the gazetteer knows: a word of some other name.
func (f *Finder) unknownName(w *syntax.Word) bool {
	if w.Entry != nil || !w.Tok.Has(text.Cap) || w.Tag != tag.NNP {
		return false
	}
	_, known := f.Index.Match([]string{w.Text})
	return !known
}

// joined reports words [from, to) that only join two names: "and", "or",
// commas.
func joined(s *syntax.Sentence, from, to int) bool {
	if from < 0 || from >= to {
		return false
	}
	for k := from; k < to; k++ {
		if w := &s.Words[k]; w.Tag != tag.Comma && !(w.Tag == tag.CC && w.Entry != nil && w.Entry.JoinsList) {
			return false
		}
	}
	return true
}

// heritage reports a demonym of another party that opens words: with
// the demonym before it, a people of two ("Kestrian Tesmaris", a
// people's descent and where they live), which speaks for neither side.
func (f *Finder) heritage(words []string, party int32) bool {
	if len(words) == 0 {
		return false
	}
	h, ok := f.Index.Match(words)
	return ok && h.Person < 0 && h.Kind == gazetteer.Demonym && h.Party != party
}
