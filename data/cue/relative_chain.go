package cue

// A participle after a relative clause's cue, apart because it reads the frame before, not the words.

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// relativeCue reports a frame whose cue is the verb of a relative clause
// on its speaker ("rebuked critics who say he should resign, saying …"):
// a participle after it goes on with the main clause, not with the
// clause's speaker.
func relativeCue(s *syntax.Sentence, fr *Frame) bool {
	w := relativeSubject(s, fr)
	if w == nil {
		return false
	}
	// the clause's head is no sentence's subject: a verb comes before it
	return fr.Speaker.From > 0 && precededByVerb(s, fr.Speaker.From)
}

// relativeSubject is the relative pronoun ("who", "that") a
// speaker-first frame's cue has for its subject, past adverbs, modals and
// auxiliaries, or nil.
func relativeSubject(s *syntax.Sentence, fr *Frame) *syntax.Word {
	if fr.Chained || fr.Shape != SpeakerFirst || fr.Speaker.Empty() {
		return nil
	}
	k := fr.Cue.From - 1
	for k >= 0 && (s.Words[k].Tag.IsAdverb() || s.Words[k].Tag == tag.MD || s.Words[k].Is(lexicon.Auxiliary) && s.Words[k].Tag.IsVerb()) {
		k--
	}
	if k < 1 || k < fr.Speaker.To || s.Words[k].Quote >= 0 {
		return nil
	}
	if w := &s.Words[k]; w.Tag == tag.WP || w.Tag == tag.WDT {
		return w
	}
	return nil
}

// precededByVerb reports a finite verb before word a in its clause.
func precededByVerb(s *syntax.Sentence, a int) bool {
	for k := a - 1; k >= 0; k-- {
		w := &s.Words[k]
		if w.Quote >= 0 || w.Tag == tag.Comma || w.Tag == tag.Colon {
			return false
		}
		if w.Tag.IsFiniteVerb() {
			return true
		}
	}
	return false
}
