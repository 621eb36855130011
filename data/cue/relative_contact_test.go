package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestContactRelativeSubject: "and" inside the subject of a relative
// clause with no "that" on the object goes on with the object; "and"
// before a clause of its own, or before a verb with its own object, ends it.
func TestContactRelativeSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The leaders praised the swift progress the Republic of Kestria and Orlavia are making under the river pact.",
			[]frame{{cue: "praised", shape: cue.SpeakerFirst, speaker: "The leaders", content: one("the swift progress the Republic of Kestria and Orlavia are making under the river pact")}}, "praised"},
		{"The leaders praised the work the two ministries and the agencies have done.",
			[]frame{{cue: "praised", shape: cue.SpeakerFirst, speaker: "The leaders", content: one("the work the two ministries and the agencies have done")}}, "praised"},
		{"Velk condemned the attack on the dam and the army fired its commander.",
			[]frame{{cue: "condemned", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the attack on the dam")}}, "condemned"},
	})
}
