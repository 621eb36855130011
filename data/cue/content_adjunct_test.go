package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestContentAfterAside: an adjunct set off by commas between a verb of
// saying and its that-less clause ("said, if elected, she would …") and a
// place's region after the cue ("said in Hollin, Kestria, that …") stand
// before the content; a region with no closing comma, or a list of
// places, is not passed.
func TestContentAfterAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk said, if elected, she would reopen the harbour.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("she would reopen the harbour")}}, ""},
		{"Ana Velk said, however, the talks would go on.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks would go on")}}, ""},
		{"Ana Velk said Sunday in Hollin, Kestria, that she was hoping for a large turnout.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("she was hoping for a large turnout")}}, ""},
		{"Ana Velk said in Hollin, Kestria, Orlavia and Tesmar that the talks were over.", nil, "said"},
	})
}
