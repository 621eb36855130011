package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestObjectGoesOnThroughAnItemList: a list whose items are infinitives,
// a gerund with its object, or a noun phrase after ", and" is no end of
// an object at its commas; a clause or a lone participle of the
// writer's after the comma still ends it.
func TestObjectGoesOnThroughAnItemList(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The ministers discussed efforts to open the port, to clear the river, and to expand trade with Orlavia.",
			[]frame{{cue: "discussed", shape: cue.SpeakerFirst, speaker: "The ministers", content: one("efforts to open the port, to clear the river, and to expand trade with Orlavia")}}, ""},
		{"The ministers discussed efforts to jointly open the port, to clear the river, and to expand trade with Orlavia.",
			[]frame{{cue: "discussed", shape: cue.SpeakerFirst, speaker: "The ministers", content: one("efforts to jointly open the port, to clear the river, and to expand trade with Orlavia")}}, ""},
		{"Ana Velk stressed the need for stability, implementing the accords, and reform of the courts.",
			[]frame{{cue: "stressed", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the need for stability, implementing the accords, and reform of the courts")}}, ""},
		{"Ana Velk commended the Varn Summit, and the close partnership between Tesmar and Orlavia.",
			[]frame{{cue: "commended", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the Varn Summit, and the close partnership between Tesmar and Orlavia")}}, ""},
		// the writer's participle and a clause of the writer's still end it
		{"The envoy condemned the attack on the port, ignoring the raids in Varn.",
			[]frame{{cue: "condemned", shape: cue.SpeakerFirst, speaker: "The envoy", content: one("the attack on the port")}}, ""},
		{"Ana Velk called for talks on the port, and the veterans' league of Varn, a group of old soldiers, strongly denounced the raids.",
			[]frame{{cue: "called for", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("talks on the port")},
				{cue: "denounced", shape: cue.SpeakerFirst, speaker: "the veterans' league of Varn", aside: "a group of old soldiers", content: one("the raids")}}, ""},
		{"The envoy condemned the attack on the port, and the army closed the border.",
			[]frame{{cue: "condemned", shape: cue.SpeakerFirst, speaker: "The envoy", content: one("the attack on the port")}}, ""},
	})
}
