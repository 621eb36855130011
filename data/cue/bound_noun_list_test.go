package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestObjectGoesOnThroughANounList: a list of common nouns in an object
// ("peace, security, and prosperity") is no end of it at its commas; a
// comma before a clause or a name of the writer's still ends it.
func TestObjectGoesOnThroughANounList(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Minister Ana Velk reaffirmed the alliance as the cornerstone of peace, security, and prosperity in the region.",
			[]frame{{cue: "reaffirmed", shape: cue.SpeakerFirst, speaker: "Minister Ana Velk", content: one("the alliance as the cornerstone of peace, security, and prosperity in the region")}}, ""},
		{"Tesmar reiterated its support for the sovereignty, independence and territorial integrity of Orlavia.",
			[]frame{{cue: "reiterated", shape: cue.SpeakerFirst, speaker: "Tesmar", content: one("its support for the sovereignty, independence and territorial integrity of Orlavia")}}, ""},
		{"The envoy condemned the attacks on schools, hospitals, and markets in Varn.",
			[]frame{{cue: "condemned", shape: cue.SpeakerFirst, speaker: "The envoy", content: one("the attacks on schools, hospitals, and markets in Varn")}}, ""},
		// a comma with no list after it still ends the object
		{"The envoy condemned the attack on the port, a blow to the talks.",
			[]frame{{cue: "condemned", shape: cue.SpeakerFirst, speaker: "The envoy", content: one("the attack on the port")}}, ""},
	})
}
