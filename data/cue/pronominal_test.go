package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestPronominalSubject: a determiner standing alone ("Another", like
// "Some" and "Others") is the subject of the verb after it; before a
// noun it is the noun's determiner.
func TestPronominalSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Another said he hoped with his whole heart that Velk wins the election.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Another", content: one("he hoped with his whole heart that Velk wins the election")}}, ""},
		{"Another tweeted, “Velk thinks she is above the rules.”",
			[]frame{{cue: "tweeted", shape: cue.SpeakerFirst, speaker: "Another", content: one("“Velk thinks she is above the rules")}}, ""},
		{"Another voter in Port Selin said the talks were over.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Another voter in Port Selin", content: one("the talks were over")}}, ""},
	})
}
