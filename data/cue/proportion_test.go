package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestProportionSubject: a poll's share ("About four in 10", "Nearly nine
// out of 10 voters") speaks, with the quantifiers before it.
func TestProportionSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"About four in 10 said they were angry with the ferry board.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "About four in 10", content: one("they were angry with the ferry board")}}, ""},
		{"More than six in 10 said the port should stay open.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "More than six in 10", content: one("the port should stay open")}}, ""},
		{"Nearly nine out of 10 Kestrians say they will need new skills.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "Nearly nine out of 10 Kestrians", content: one("they will need new skills")}}, ""},
		{"About 300 protesters said the talks were over.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "About 300 protesters", content: one("the talks were over")}}, ""},
		// a share named by a word takes its quantifiers too
		{"More than half of respondents in the Ostra poll said the ferry needs a second route.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "More than half of respondents in the Ostra poll", content: one("the ferry needs a second route")}}, ""},
	})
}
