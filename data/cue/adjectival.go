package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// adjectival reports a past form of a cue that modifies the noun after
// it, as its determiner, possessor or count shows: "60 pledged
// delegates", "the promised reforms", "her declared aim". The tagger
// may make it a past tense; nothing is said. "Both announced plans"
// and "in 2015 announced plans" keep their subject: a determiner that
// stands alone and a year are no part of the noun phrase.
func adjectival(s *syntax.Sentence, i int) bool {
	w := &s.Words[i]
	if w.Tag != tag.VBD && w.Tag != tag.VBN || i == 0 || i+1 >= len(s.Words) {
		return false
	}
	if n := s.Words[i+1].Tag; n != tag.NN && n != tag.NNS || s.Words[i+1].Quote >= 0 {
		return false
	}
	p := &s.Words[i-1]
	switch p.Tag {
	case tag.PRPS, tag.POS:
		return true
	case tag.DT:
		return !p.Is(lexicon.Pronominal) && !p.Is(lexicon.Complementizer)
	case tag.CD:
		// "60 pledged delegates"; "the two discussed issues" is a subject
		return hasDigit(p.Text) && !text.IsYear(p.Text)
	}
	return false
}

func hasDigit(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			return true
		}
	}
	return false
}
