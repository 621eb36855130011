package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestNameOfReducedRelative: a name right after a common noun, before a
// verb of saying, is the subject of a relative clause without "that";
// a title before a name, or a time before a clause, is no such noun,
// and a noun that is the verb's object leaves it nothing to say.
func TestNameOfReducedRelative(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The walkout was the third time Varandan Alliance said it had closed the port.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Varandan Alliance", content: one("it had closed the port")}}, ""},
		{"It was the day Ana Velk said the war was over.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the war was over")}}, ""},
		// the noun is the verb's object: the verb says nothing
		{"The plan is an effort Ana Velk announced this month to support the ferries.", nil, "announced"},
	})
}
