package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestRelativeOfAThing: a relative "that" after a thing describes it ("an
// environment that encourages investment", "a blueprint that outlines
// the steps"): no one speaks; after a text, a body or a person, the
// relative's verb is theirs.
func TestRelativeOfAThing(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The leaders will build an environment that encourages investment in Kestria and Tesmar.", nil, "encourages"},
		{"Today Kestria released a blueprint that outlines the next steps of the Orlavian water council.", nil, "outlines"},
		{"Lena Velk read the report that said the talks had failed.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "the report", content: one("the talks had failed")}}, "said"},
		{"Lena Velk met the Kestrian minister that urged Tesmar to open the border.",
			[]frame{{cue: "urged", shape: cue.SpeakerFirst, speaker: "the Kestrian minister", content: one("Tesmar to open the border")}}, "urged"},
	})
}
