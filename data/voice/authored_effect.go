package voice

import (
	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// judged reads a sentence of an authored text in which a thing, in the
// present tense, has an effect on what the text is about: "Ambassador
// Velk's appointment underscores the United States' commitment to
// Kestria", "This visit highlights our partnership". No one in it
// speaks (cue.EffectOfThing); the judgment is the author's, and the
// subject stays in what they say. A past tense ("The symposium
// highlighted …") narrates, as the author's third person does.
func judged(s *syntax.Sentence, fr *cue.Frame) (Said, bool) {
	if question(s) || s.TitleCased() || formula(s) {
		return Said{}, false
	}
	if v := &s.Words[fr.Cue.From]; v.Tag != tag.VBZ && v.Tag != tag.VBP || !clauseStart(s, fr.Speaker.From) {
		return Said{}, false
	}
	content := trimFinal(s, syntax.Phrase{From: fr.Speaker.From, To: len(s.Words)})
	if content.To <= fr.Cue.To {
		return Said{}, false
	}
	return Said{Cue: fr.Cue, Content: content}, true
}
