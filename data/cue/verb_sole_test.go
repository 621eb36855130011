package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestAgreeOnTopic: "agreed on" says something of a topic ("the
// importance of …", "the need for …"), not of a thing agreed ("a plan",
// "one thing"); there the verb alone still says what a colon or a clause
// brings.
func TestAgreeOnTopic(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The leaders agreed on the importance of open borders with Orlavia.",
			[]frame{{cue: "agreed on", shape: cue.SpeakerFirst, speaker: "The leaders", content: one("the importance of open borders with Orlavia")}}, "agreed on"},
		{"The ministers agreed on the need for more talks.",
			[]frame{{cue: "agreed on", shape: cue.SpeakerFirst, speaker: "The ministers", content: one("the need for more talks")}}, "agreed on"},
		{"The ministers agreed on a ceasefire plan.", nil, "agreed on"},
		{"Both sides agree on one thing after the ruling: the dam will be rebuilt.",
			[]frame{{cue: "agree", shape: cue.SpeakerFirst, speaker: "Both sides", content: one("the dam will be rebuilt")}}, ""},
		{"Minister Velk raised $4 million for the dam.", nil, ""},
	})
}
