package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestAccordingAfterColon: "according to X," that opens the clause after
// a colon or a semicolon reports that clause, not the writer's words
// before the mark.
func TestAccordingAfterColon(t *testing.T) {
	checkFrames(t, []frameCase{
		{"And it has not gone unnoticed: according to recent polls, Velk holds only 14 percent of the vote.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "recent polls", content: one("Velk holds only 14 percent of the vote")}}, ""},
		{"The polls were clear; according to the Varn survey, Arno leads by ten points.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "the Varn survey", content: one("Arno leads by ten points")}}, ""},
		{"Arno leads by ten points, according to the Varn survey.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "the Varn survey", content: one("Arno leads by ten points")}}, ""},
	})
}
