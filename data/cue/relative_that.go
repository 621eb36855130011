package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
)

// relativeThat reports content that opens on a finite verb right after a
// "that" which follows a noun: "that" is then a relative pronoun on the
// noun, not the start of what was said ("told reporters after the meeting
// that was held in Varn"). A clause said has its own subject. After a
// noun of time the "that" is the subject said ("said this morning that was
// not his phrase").
func relativeThat(s *syntax.Sentence, k int) bool {
	if k < 2 || k >= len(s.Words) {
		return false
	}
	w, that, noun := &s.Words[k], &s.Words[k-1], &s.Words[k-2]
	return w.Quote < 0 && w.Tag.IsFiniteVerb() && w.Is(lexicon.Auxiliary) && that.LinksClause() && noun.Tag.IsNoun() && !noun.Is(lexicon.Time)
}

// colonAfter is the word after the first colon in p outside a quotation,
// or p.To when there is none.
func colonAfter(s *syntax.Sentence, p syntax.Phrase) int {
	for j := p.From; j+1 < p.To; j++ {
		if s.Words[j].Quote < 0 && isPunct(s, j, ':') {
			return j + 1
		}
	}
	return p.To
}
