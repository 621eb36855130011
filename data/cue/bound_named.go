package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// namedThenDescribed reports a comma at k after a name that opens a
// definite noun phrase with a relative clause on it ("Kestria, the ally
// that includes …", "Khan, the soldier who died …"): the writer says who
// the name is. An indefinite one is appositiveToEnd's; a phrase with a
// verb of its own before its relative pronoun is no description, nor is
// an item of a list that goes on after it.
func namedThenDescribed(s *syntax.Sentence, k, end int) bool {
	if k+1 >= end || !s.Words[k-1].Tag.IsProperNoun() {
		return false
	}
	d := &s.Words[k+1]
	if d.Tag != tag.DT || d.Quote >= 0 || d.Is(lexicon.Indefinite) || !relativeAfter(s, k+1, end) {
		return false
	}
	e := s.NounPhraseAt(k + 1)
	for e > 0 && e < end && s.Words[e].Tag == tag.IN {
		e = s.NounPhraseAt(e + 1)
	}
	if e <= 0 || hasFiniteVerb(s, k+1, e) {
		return false
	}
	// "in Tesmar, the levies the new law would add, and the path forward": a
	// list that goes on after the phrase
	for j := e; j+1 < end; j++ {
		if s.Words[j].Quote < 0 && s.Words[j].Tag == tag.Comma && s.Words[j+1].Tag == tag.CC {
			return false
		}
	}
	return true
}
