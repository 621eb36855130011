package cue

import (
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// hasVerbOutsideRelative reports a finite verb between from and to that
// no relative clause set off by commas holds: "Ana Velk, a spokeswoman
// for the Varn Coalition, which is made up of growers, said …" has its
// only verb in the relative clause, so it is the subject before the cue,
// not content an inverted frame reports.
func hasVerbOutsideRelative(s *syntax.Sentence, from, to int) bool {
	relative := false
	for k := from; k < to; k++ {
		w := &s.Words[k]
		switch {
		case w.Tag == tag.Comma:
			relative = k+1 < to && (s.Words[k+1].Tag == tag.WDT || s.Words[k+1].Tag == tag.WP)
		case w.Tag.IsFiniteVerb() && !relative:
			return true
		}
	}
	return false
}
