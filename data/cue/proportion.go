package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// proportion extends a subject that opens with a number to the words
// that say how many of a group speak: the numerator of a proportion the
// noun phrase left out ("four in" of "four in 10", "four out of" of
// "four out of 10 voters") and the [quantifiers] before it ("About four
// in 10", "More than six in 10 voters", "About 300 protesters"). A
// poll's share of its respondents speaks, as "61 percent" does; and the
// phrase's subject position is where its first word stands ("About" at
// the start is the tagger's preposition).
func proportion(s *syntax.Sentence, sp syntax.Phrase) syntax.Phrase {
	if sp.Empty() || s.Words[sp.From].Tag != tag.CD && !(s.Words[sp.From].Tag.IsNoun() && s.Words[sp.From].Is(lexicon.Quantifier)) {
		return sp // (a share named by a word, "half of respondents", takes its quantifiers too)
	}
	from := sp.From
	k, n := from-1, 0
	for k >= 0 && n < 2 && s.Words[k].Tag == tag.IN && s.Words[k].Quote < 0 {
		k-- // "in", "out of"
		n++
	}
	if n > 0 && k >= 0 && s.Words[k].Tag == tag.CD && s.Words[k].Quote < 0 {
		from = k
	}
	for from > 0 {
		w := &s.Words[from-1]
		if w.Quote >= 0 || !w.Is(lexicon.Quantifier) || w.Tag.IsVerb() || w.Tag.IsNoun() {
			break
		}
		from--
	}
	return syntax.Phrase{From: from, To: sp.To}
}
