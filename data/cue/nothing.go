package cue

import (
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// saysNothing reports content that tells that nothing was said: an
// object of the lexicon's empty objects with no clause after it ("said
// little about how", "revealed nothing new"), or a reflexive pronoun
// alone ("insisted himself"), which the verb takes as its object, not as
// what was said.
func saysNothing(s *syntax.Sentence, c syntax.Phrase) bool {
	if c.Empty() {
		return false
	}
	w := &s.Words[c.From]
	if w.Quote >= 0 || w.Entry == nil {
		return false
	}
	if w.Entry.Reflexive {
		return c.Len() == 1
	}
	if !w.Entry.EmptyObject {
		return false
	}
	// what follows is a phrase about the nothing ("about how …", "new"),
	// not the verb of a clause it is the subject of ("little had changed")
	if k := c.From + 1; k < c.To {
		switch n := &s.Words[k]; {
		case n.Tag == tag.IN || n.Tag == tag.TO || n.Tag == tag.JJ || n.Tag == tag.Comma || n.Tag == tag.Period:
		default:
			return false
		}
	}
	return true
}
