package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
)

// soleVerbCue is the cue the verb at i is alone, without the words of a
// phrase it also begins: "agree" of "agree on" (a topic phrase whose
// object is no topic may still be "agree" before a colon or a clause).
func soleVerbCue(s *syntax.Sentence, i int) (lexicon.Cue, bool) {
	for _, c := range s.Words[i].Entry.Cues {
		if !c.Noun && len(c.Rest) == 0 {
			return c, true
		}
	}
	return lexicon.Cue{}, false
}
