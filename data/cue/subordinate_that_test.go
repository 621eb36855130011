package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestThatClauseAfterSubordinate: a phrase or clause of time between a
// cue and "that" is passed, and the that-clause is what was said; a
// "that" of a verb or noun of saying inside the time clause, or a
// relative "that", leaves the cue without content.
func TestThatClauseAfterSubordinate(t *testing.T) {
	noContent := frame{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", quoteBefore: true}
	checkFrames(t, []frameCase{
		{"Sen. Tad Arno said after a lunch on Tuesday that he had not read the plan.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Sen. Tad Arno", content: one("he had not read the plan")}}, "said"},
		{"Ben Lenk told the Kestria Post before he spoke to the committee that he believed the treaty was dead.",
			[]frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Ben Lenk", content: one("he believed the treaty was dead")}}, "told"},
		{"Ana Velk said before attending the town hall that the channel had asked her to speak.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the channel had asked her to speak")}}, "said"},
		// the that-clause is someone else's, or "that" is a relative
		// pronoun: the cue keeps no content after it
		{"Ana Velk said after officials announced that the dam was closed that she would resign.",
			[]frame{noContent}, "said"},
		{"Ana Velk said after reports that the dam was closed that she would resign.",
			[]frame{noContent}, "said"},
		{"Ana Velk said after the attack that killed twelve people that she would resign.",
			[]frame{noContent}, "said"},
	})
}
