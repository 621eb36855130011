package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
)

// relativeAct reports a cue whose subject is a relative pronoun and whose
// frame takes an object, not a clause or an infinitive: "Velk, who has
// welcomed support from the unions, …", "a militant group that pledged
// loyalty to …", "two of the women who accused him of fraud". Such a
// clause describes the person by what they once did or stood for, as
// background to the writer's sentence; news annotation does not count
// it, and a reader would not call it a statement. Verbs of saying keep
// it ("Velk, who said the talks were over, …"), as do verbs of
// conversation ("met villagers who discussed the flood" tells what was
// said at the meeting), a verb of urging, whose infinitive is the call
// ("the minister that urged Tesmar to open the border"), and an object
// verb followed by a that-clause or a quotation ("who demanded that …",
// "who called for “a new start”"): words are reported there.
func relativeAct(s *syntax.Sentence, fr *Frame) bool {
	switch fr.Kind {
	case lexicon.Object, lexicon.Accuse, lexicon.Attitude:
	default:
		return false
	}
	if w := relativeSubject(s, fr); w == nil || !w.Is(lexicon.Relative) {
		return false
	}
	for _, c := range fr.Content {
		if c.Empty() {
			continue
		}
		if lexicallyIntroduced(s, c) {
			return false
		}
		for i := c.From; i < c.To; i++ {
			if s.Words[i].Quote >= 0 {
				return false
			}
		}
	}
	return true
}
