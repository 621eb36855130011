package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// conjunctionOpens reports reported content that opens with a
// coordinating conjunction: the cue took no content of its own, and its
// slot caught the writer's next clause or predicate ("Vell served as an
// adviser and is thought to be a likely candidate", "Velk denied it and
// which her rival later …"). A quotation that opens on "but" is the
// speaker's words, and stays.
func conjunctionOpens(s *syntax.Sentence, c syntax.Phrase) bool {
	if c.Empty() {
		return false
	}
	w := &s.Words[c.From]
	// ("said both Rubio and Cruz are …", "predicted neither he nor …"
	// open a subject with the first word of a pair)
	return w.Tag == tag.CC && w.Quote < 0 && !w.Is(lexicon.Pronominal)
}

// coordinatedAddressee is the end of an addressee that ends at e, past a
// second one joined to it when the content's "that", colon or quotation
// follows: "told Randolph and others that she should step aside". A verb
// after the conjunction ("told reporters and left") joins predicates,
// not addressees.
func coordinatedAddressee(s *syntax.Sentence, e int) int {
	if e < 0 || e+1 >= len(s.Words) || s.Words[e].Tag != tag.CC || s.Words[e].Quote >= 0 {
		return e
	}
	x := s.NounPhraseAt(e + 1)
	if x < 0 || x >= len(s.Words) {
		return e
	}
	if n := &s.Words[x]; isComplementizer(n) || n.Tag == tag.Colon || isOpenQuote(s, x) {
		return x
	}
	return e
}
