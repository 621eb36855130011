package cue

import (
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// contactSubject reports a conjunction at k inside the subject of a
// relative clause with no "that" on the object: "praised the progress
// Kestria and Orlavia are making, …" (from the object's first word). A
// noun phrase right after the object runs up to the conjunction, and the
// clause after the second noun phrase is only verbs, whose object is the
// noun they follow: a punctuation mark, a preposition or the end comes
// next. "charged the officer with murder and the mayor fired his chief"
// (a preposition after the object) and "offered Velk its support and
// Orlavia pledged aid" (the verb's own object) are two clauses.
func contactSubject(s *syntax.Sentence, from, k, end int) bool {
	o := s.NounPhraseAt(from)
	if o <= from || o >= k || s.Words[o].Quote >= 0 || s.NounPhraseAt(o) != k {
		return false
	}
	n := s.NounPhraseAt(k + 1)
	if n <= k+1 || n >= end {
		return false
	}
	j := n
	for j < end && s.Words[j].Quote < 0 && (s.Words[j].Tag.IsVerb() || s.Words[j].Tag == tag.MD || s.Words[j].Tag.IsAdverb() && s.Words[j].Tag != tag.WRB) {
		j++
	}
	if j == n || !s.Words[n].Tag.IsFiniteVerb() && s.Words[n].Tag != tag.MD {
		return false
	}
	return j == end || s.Words[j].Tag.IsPunct() || s.Words[j].Tag == tag.IN && !isComplementizer(&s.Words[j])
}
