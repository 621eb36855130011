package cue

import (
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// itemListGoesOn reports an item of a list inside an object that goes on
// after a comma at k-1 (k past a conjunction when conjoined), where the
// items are no plain nouns: an infinitive after an infinitive ("efforts
// to advance trade, to address the floods, and to expand ties"), a
// gerund with its object between a noun and the rest of the list
// ("stability, implementing the accords, and …"), or, after ", and", a
// noun phrase with no verb of its own ("the Summit, and the relationship
// between …"). A clause after the comma ends the object as before.
func itemListGoesOn(s *syntax.Sentence, k, end int, conjoined bool) bool {
	c := listComma(s, k, conjoined)
	if c < 0 || k+1 >= end || s.Words[k].Quote >= 0 {
		return false
	}
	switch w := &s.Words[k]; {
	case w.Tag == tag.TO:
		return infinitiveAt(s, k, end) && infinitiveBefore(s, c)
	case w.Tag == tag.VBG && !conjoined:
		e := s.NounPhraseAt(k + 1)
		return commonNoun(&s.Words[c-1]) && e > k+1 && e+1 < end && isPunct(s, e, ',') && s.Words[e+1].Tag == tag.CC
	case w.Tag == tag.DT && conjoined:
		e := s.NounPhraseAt(k)
		return e > k+1 && !s.Words[s.Head(syntax.Phrase{From: k, To: e})].IsTime() && !verbBeforeRelative(s, e, end)
	}
	return false
}

// verbBeforeRelative reports a finite verb in [from, end) before any
// relative pronoun: the noun phrase before it is a clause's subject
// ("…, and the league, a civil rights group, denounced …"), not an item
// that a relative clause describes.
func verbBeforeRelative(s *syntax.Sentence, from, end int) bool {
	for j := from; j < end; j++ {
		w := &s.Words[j]
		if w.Tag == tag.WDT || w.Tag == tag.WP {
			return false
		}
		if w.Tag.IsFiniteVerb() && w.Quote < 0 {
			return true
		}
	}
	return false
}

// infinitiveBefore reports an infinitive ("to advance") in the clause
// before c, the first item of a list of them.
func infinitiveBefore(s *syntax.Sentence, c int) bool {
	for j := c - 1; j > 0; j-- {
		w := &s.Words[j]
		if w.Tag.IsFiniteVerb() || w.Quote >= 0 {
			return false
		}
		if (w.Tag == tag.TO || w.Tag == tag.IN) && infinitiveAt(s, j, c) {
			// "to/IN collectively/RB advance/VB": the tagger's preposition
			// before an adverb and a bare verb is the infinitive's "to"
			return true
		}
	}
	return false
}

// infinitiveAt reports "to" at k before a bare verb, past adverbs: "to
// advance", "to collectively advance".
func infinitiveAt(s *syntax.Sentence, k, end int) bool {
	j := k + 1
	for j < end && s.Words[j].Tag.IsAdverb() {
		j++
	}
	return j < end && s.Words[j].Tag == tag.VB
}

// listComma is the comma before a list's item at k (k past the
// conjunction when conjoined), or -1 when none stands there or nothing
// stands before it.
func listComma(s *syntax.Sentence, k int, conjoined bool) int {
	c := k - 1
	if conjoined {
		c--
	}
	if c < 1 || !isPunct(s, c, ',') {
		return -1
	}
	return c
}
