package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestAccordingScope: a closing "according to X" vouches for the clause
// next to it when that clause hangs on the writer's sentence — a
// relative clause, a phrase of "with", a clause after ", and" — and for
// the whole sentence otherwise.
func TestAccordingScope(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Velk did worst in the northern valleys, where most of the farmers live, according to the Tesmar census.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "the Tesmar census", content: one("where most of the farmers live")}}, "according to"},
		{"Orlavia hired Jonas Vell, who has long opposed the dam, according to the Harbour Journal.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "the Harbour Journal", content: one("who has long opposed the dam")}}, "according to"},
		{"Kestria is one of the poorest members of the union, with a debt of $5 billion, according to budget filings.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "budget filings", content: one("a debt of $5 billion")}}, "according to"},
		{"The talks began on Sunday in Port Selin, and Ana Velk will lead the delegation, according to two officials.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "two officials", content: one("Ana Velk will lead the delegation")}}, "according to"},
		// "that" after a comma goes on with the clause; "or" joins
		// what the source reports as one; a clause without a break is whole
		{"The plan was set out in 22 letters, across seven files, that were sent by Ana Velk, according to a spokesman.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "a spokesman", content: one("The plan was set out in 22 letters, across seven files, that were sent by Ana Velk")}}, "according to"},
		{"The dam will cost $4 billion, or twice the first estimate, according to the ministry.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "the ministry", content: one("The dam will cost $4 billion, or twice the first estimate")}}, "according to"},
		{"The talks end on Sunday in Port Selin, or Ana Velk will leave the delegation, according to two officials.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "two officials", content: one("The talks end on Sunday in Port Selin, or Ana Velk will leave the delegation")}}, "according to"},
		{"Orlavia exported more grain than Kestria last year according to the ministry.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "the ministry", content: one("Orlavia exported more grain than Kestria last year")}}, "according to"},
	})
}

func TestAccordingScopeTime(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Velk tripled the rent his party pays in March, when he was funding the race himself, according to a review of filings.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "a review of filings", content: one("Velk tripled the rent his party pays in March, when he was funding the race himself")}}, "according to"},
	})
}

func TestAccordingScopeAbsolute(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Small firms in Tesmar closed at twice the usual rate, with 41 percent shutting down, according to census data.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "census data", content: one("Small firms in Tesmar closed at twice the usual rate, with 41 percent shutting down")}}, "according to"},
	})
}
