package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// breaksOff reports content that stops where no clause can end: on an
// auxiliary ("It was, he said, one of the bitterest failures"), a
// preposition or subordinator ("pleased because, she said, the comment
// …", "things like, he says, the military"), a wh-word ("That's why,
// he added, viewers …"), a determiner, "to" or a conjunction. The cue
// interrupts the clause, which goes on after it.
func breaksOff(s *syntax.Sentence, c syntax.Phrase) bool {
	if c.Len() < 2 {
		return false // a lone "which" is a relative clause's, not a clause broken off
	}
	w := &s.Words[c.To-1]
	if w.Quote >= 0 {
		return false
	}
	switch w.Tag {
	case tag.IN, tag.TO, tag.DT, tag.CC, tag.PRPS, tag.WRB, tag.WDT, tag.WP, tag.MD:
		return true
	}
	return w.Tag.IsVerb() && w.Is(lexicon.Auxiliary)
}
