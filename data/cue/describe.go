package cue

import (
	"strings"

	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// namedFrom is where what a verb of naming says begins when a quotation
// that ends the clause at q names its object at k: "called the plan “a
// trap”" says the plan is a trap, and a quoted name alone ("a trap")
// says nothing of what it names. After "as" the quotation is the name
// given ("described the atmosphere as “reasonably good”"), and words
// between that are no object (a clause, a comma, another quotation)
// leave the quotation alone.
func namedFrom(s *syntax.Sentence, k, q int) int {
	if k >= q || s.NounPhraseAt(k) <= k {
		return q
	}
	e, list := s.NounPhraseAt(k), false
	for j := k; j < q; j++ {
		w := &s.Words[j]
		if j >= e && (w.Quote >= 0 || w.Tok.Kind == text.Quote) {
			list = true // "called the charge “pathetic” and “dangerous”": names in a list
			continue
		}
		if list && (w.Tag == tag.CC || w.Tag == tag.Comma || w.Tag == tag.DT) {
			continue
		}
		if w.Quote >= 0 || w.Tok.Kind == text.Quote || w.Tok.Kind == text.Punct || w.Tag.IsFiniteVerb() ||
			strings.EqualFold(w.Text, "as") || list {
			return q
		}
	}
	return k
}
