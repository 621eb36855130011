package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
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

// timeOnly reports content made of nothing but a phrase of time: "a
// spokesman announced Monday morning", "the board announced two days
// earlier that …" cut before its clause, "spoke 30 minutes". When the
// saying happened is not what was said.
func timeOnly(s *syntax.Sentence, c syntax.Phrase) bool {
	if c.Empty() {
		return false
	}
	timed := false
	for k := c.From; k < c.To; k++ {
		w := &s.Words[k]
		switch {
		case w.Quote >= 0:
			return false
		case w.Is(lexicon.Time):
			timed = true
		case w.Tag == tag.CD, w.Tag == tag.DT, w.Tag == tag.IN, w.Tag == tag.JJ, w.Tag == tag.RB, w.Tag.IsPunct():
		default:
			return false
		}
	}
	return timed
}
