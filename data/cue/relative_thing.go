package cue

import (
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// thingBeforeThat reports a relative "that" at j whose antecedent sp
// names a thing, not someone who speaks: "an environment that encourages
// investment", "a blueprint that outlines the next steps", "a moment
// that calls us all to action" describe the thing; no one says anything
// there. A text ("a report that says …"), a body and a person are
// sources, and "who" always is.
func thingBeforeThat(s *syntax.Sentence, sp syntax.Phrase, j int) bool {
	return s.Words[j].Tag == tag.WDT && thing(s, sp)
}
