package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// clauseBetween reports a clause of the writer's joined after the frame
// before and ending at the participle at i: "and" or "but", then a
// finite verb, outside that frame's content and any quotation
// ("prosecutors charged the officer and the mayor fired his chief,
// acknowledging …" is the mayor acknowledging). The participle then goes
// on with that clause's subject, not with the frame's speaker. A verb of
// a relative or adverbial clause ("said X, who chairs the department,
// citing …", "after the senator won, remarking …") opens no such clause.
func clauseBetween(s *syntax.Sentence, prev *Frame, i int) bool {
	joined := false
	for k := prev.Cue.To; k < i; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 || prev.Content[0].Has(k) || prev.Content[1].Has(k) || prev.Aside.Has(k) {
			continue
		}
		switch {
		case w.Tag == tag.CC:
			joined = true
		case w.Tag == tag.WP || w.Tag == tag.WDT || w.Tag == tag.WRB || w.Is(lexicon.Subordinator):
			joined = false
		case w.Tag.IsFiniteVerb() && joined:
			return true
		}
	}
	return false
}
