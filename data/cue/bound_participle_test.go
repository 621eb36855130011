package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestParticipleContentEndsAtNextParticiple: after a participle of
// saying, "and" and another participle is the subject's next act
// ("recalling A and detailing B"); a list of gerunds inside the content,
// a participle that is an adjective in a list, and a verb that shares
// its object with the cue go on.
func TestParticipleContentEndsAtNextParticiple(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk spoke for an hour in Port Selin, recalling summer visits to Lake Orla and detailing her grandfather's time at the mill.",
			[]frame{{cue: "recalling", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("summer visits to Lake Orla"), chained: true}}, "recalling"},
		{"Jonas Vell spoke on Tuesday, criticizing the fact-checkers and refusing to acknowledge that any facts were wrong.",
			[]frame{{cue: "criticizing", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the fact-checkers"), chained: true}}, "criticizing"},
		// the content's own gerunds, adjectives and shared objects
		{"The ministers met in Port Selin, denouncing critical and emerging threats.",
			[]frame{{cue: "denouncing", shape: cue.SpeakerFirst, speaker: "The ministers", content: one("critical and emerging threats"), chained: true}}, "denouncing"},
		{"The ministers met in Port Selin, responding to and eliminating all forms of violence.",
			[]frame{{cue: "responding", shape: cue.SpeakerFirst, speaker: "The ministers", content: one("to and eliminating all forms of violence"), chained: true}}, "responding"},
		{"The ministers met in Port Selin, denouncing the raids and the arrests.",
			[]frame{{cue: "denouncing", shape: cue.SpeakerFirst, speaker: "The ministers", content: one("the raids and the arrests"), chained: true}}, "denouncing"},
		// a clause opened by "how" keeps its own "and"
		{"Ana Velk outlined how the army's success in Tesmar and Orlavia could drive more attacks.",
			[]frame{{cue: "outlined", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("how the army's success in Tesmar and Orlavia could drive more attacks")}}, ""},
	})
}
