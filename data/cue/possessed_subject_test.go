package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestPossessedSubject: a subject that opens with "whose" is the noun it
// possesses, not the relative clause, and a noun that cannot speak there
// is no speaker at all.
func TestPossessedSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The Tesmar Grain Company, whose chairman said the mill would close, denied the report.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "chairman", content: one("the mill would close")}}, "said"},
		{"The show honours the painter Ana Velk, whose murals express the hope of a divided valley.",
			nil, "express"},
	})
}
