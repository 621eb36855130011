package mention

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// titleStart is where the title before a name begins among the words
// [from, end): the words next to the name that make an office ("Kestria's
// foreign minister", "Secretary of State", "retired general"), not the
// words the noun phrase ran into before them ("Does President Velk",
// "the way President Velk", "Today President Velk" have the title
// "President"). A phrase with no title head or person noun in it is no
// title at all: "Fort Merara's Lena Velk" is no role of Fort Merara's,
// and "Labor" left of a title cut at "and" names no office. end when
// there is none.
func (f *Finder) titleStart(s *syntax.Sentence, from, end int) int {
	start, head := end, false
	for i := end - 1; i >= from; i-- {
		w := &s.Words[i]
		switch {
		case f.titleHead(w):
			start, head = i, true
		case f.titleWord(s, i, end):
			start = i
		case joinsTitle(w):
			// "Secretary of State", "Kestria's", "Health and Human
			// Services": the words on both sides decide
		default:
			i = from // the phrase ran into words that are no office
		}
	}
	if !head {
		return end
	}
	return start
}

// titleHead reports a word that heads an office or describes a person:
// "minister", "spokesman", "neurosurgeon", "Sen.", "then-Senator".
func (f *Finder) titleHead(w *syntax.Word) bool {
	if w.Is(lexicon.TitleHead) || w.Is(lexicon.PersonNoun) || w.Is(lexicon.TitleWord) && strings.HasSuffix(w.Text, ".") {
		return true // "Sen.", "Gov.": a title cut short
	}
	if hyphenated(w) {
		return f.Lexicon.Is(lower(w.Text[strings.LastIndexByte(w.Text, '-')+1:]), lexicon.TitleHead) // "then-Senator", "ex-minister"
	}
	return false
}

// hyphenated reports a word with a hyphen inside it: "then-Senator".
func hyphenated(w *syntax.Word) bool {
	k := strings.LastIndexByte(w.Text, '-')
	return k > 0 && k+1 < len(w.Text)
}

// titleWord reports a word i that modifies an office before end: a
// title word or rank ("foreign", "former", "Gen."), a name of a place or
// body ("Kestria", "Environmental Protection Agency"), an adjective
// ("retired", "new"), or a common noun before a lowercase office ("bureau
// chief"); not a time, a verb, a number or a pronoun, which a phrase runs
// into ("Today President", "Does President", "2020 National").
func (f *Finder) titleWord(s *syntax.Sentence, i, end int) bool {
	w := &s.Words[i]
	switch {
	case w.IsTime() || w.Is(lexicon.Auxiliary) || w.Is(lexicon.Pronoun) || w.Tag == tag.CD:
		return false
	case w.Is(lexicon.TitleWord) || w.Is(lexicon.RankWord) || w.Is(lexicon.Honorific):
		return true
	case w.Tag.IsPunct():
		return false // "(applause)"
	case hyphenated(w) && f.Lexicon.Is(lower(w.Text[strings.LastIndexByte(w.Text, '-')+1:]), lexicon.TitleWord):
		return true // "then-Vice President"
	case w.Tag == tag.VBG || w.Tag.IsFiniteVerb() || w.Tag == tag.WP || w.Tag == tag.WDT || w.Tag == tag.PRP || w.Tag == tag.PRPS:
		return false
	case w.Tok.Has(text.Cap):
		return w.Tag.IsNoun() || w.Tag.IsAdj()
	case w.Tag.IsAdj() || w.Tag == tag.VBN:
		return true
	case w.Tag == tag.NN && i+1 < end:
		n := &s.Words[i+1]
		return n.Is(lexicon.TitleHead) && !n.Tok.Has(text.Cap)
	}
	return false
}

// joinsTitle reports a word that joins the words of one title: a
// title's preposition ("Ambassador to Kestria"), "the", "and", a
// possessive, a hyphen.
func joinsTitle(w *syntax.Word) bool {
	if w.Entry != nil && (w.Entry.TitlePreposition || w.Entry.JoinsNames) || w.Tag == tag.POS {
		return true
	}
	switch w.Text {
	case "&", "-", "–":
		return true
	}
	return false
}

// describesSomeone reports an appositive that says what its person is:
// an office, a person noun, a side or a people ("a retired general",
// "nurse at Fort Merara", "a Republican", "a Tesmari"), not only where
// they are from ("of Fort Merara", "Fort Merara"), which is no role.
func (f *Finder) describesSomeone(s *syntax.Sentence, aside syntax.Phrase) bool {
	for i := aside.From; i < aside.To; i++ {
		w := &s.Words[i]
		if f.titleHead(w) || w.Is(lexicon.TitleWord) || w.Entry != nil && w.Entry.Means != "" {
			return true
		}
	}
	return false
}

// remitStart is where a title's remit opens, when the name in the
// phrase is one ("Development" of "the Minister for Development", "the
// Middle East" of "Minister for the Middle East"): the preposition of
// posting after the title's head. It is -1 otherwise.
func (f *Finder) remitStart(s *syntax.Sentence, from int, name syntax.Phrase) int {
	j := name.From
	if j-1 > from && definite(&s.Words[j-1]) {
		j--
	}
	if j-2 < from || !s.Words[j-2].Is(lexicon.TitleHead) {
		return -1
	}
	if e := s.Words[j-1].Entry; e == nil || !e.Posting {
		return -1
	}
	return j - 1
}

// honorificEnd drops a final honorific from the title words: "Mr." is no
// role.
func honorificEnd(s *syntax.Sentence, from, to int) int {
	for to > from && (s.Words[to-1].Is(lexicon.Honorific) || s.Words[to-1].Tag == tag.POS) {
		to--
	}
	return to
}

// titleInner reports a title's preposition joining a title's words
// before a name ("former Secretary of State Ana Velk", "Minister for the
// Interior Jon Arno"): after a title's head, or "the" after such a
// preposition. A name's "of" is none ("David Woodard of Clemson
// University"), nor a party's ("Republican of New York").
func titleInner(s *syntax.Sentence, i int) bool {
	if i == 0 {
		return false
	}
	w, l := &s.Words[i], &s.Words[i-1]
	switch {
	case w.Entry != nil && w.Entry.TitlePreposition:
		return l.Is(lexicon.TitleHead) && l.Tok.Has(text.Cap)
	case w.Entry != nil && w.Entry.Definite:
		return l.Entry != nil && l.Entry.TitlePreposition && titleInner(s, i-1)
	}
	return false
}
