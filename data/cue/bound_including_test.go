package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestObjectGoesOnWithIncluding: ", including …" after an object names
// part of it and goes on; a participle left at the end by a cut ("…,
// including:") is dropped, "the following" kept.
func TestObjectGoesOnWithIncluding(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Orlavian officials defended their strategy, including the decision not to air ads in Kestria.",
			[]frame{{cue: "defended", shape: cue.SpeakerFirst, speaker: "Orlavian officials", content: one("their strategy, including the decision not to air ads in Kestria")}}, ""},
		{"Twelve companies announced commitments to the region, including: Velk Bank, Orla Foods and Selin Air.",
			[]frame{{cue: "announced", shape: cue.SpeakerFirst, speaker: "Twelve companies", content: one("commitments to the region")}}, ""},
		{"The ministry announced the following.",
			[]frame{{cue: "announced", shape: cue.SpeakerFirst, speaker: "The ministry", content: one("the following")}}, ""},
	})
}
