package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestRelativeAntecedent: the cue of a relative clause is the speaker's
// just before "who": the phrase runs left over a preposition to a noun
// that can speak ("a spokesman for the ministry"), not to a thing that
// cannot ("the support of a retired general") nor over a verb into the
// clause before ("The board heard from a former staff member").
func TestRelativeAntecedent(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The board heard from a former staff member who said she planned to protest.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "a former staff member", content: one("she planned to protest")}}, "said"},
		{"Kestria has the support of a retired general who suggested that Orlavia should be watched.",
			[]frame{{cue: "suggested", shape: cue.SpeakerFirst, speaker: "a retired general", content: one("Orlavia should be watched")}}, "suggested"},
		{"Tesmar heard from a spokesman for the ministry who said the ferries would sail.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "a spokesman for the ministry", content: one("the ferries would sail")}}, "said"},
	})
}

// TestFloatingQuantifier: a quantifier after a plural pronoun is the
// pronoun's ("they all vowed" is they), not a speaker of its own.
func TestFloatingQuantifier(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Even as they all vowed to carry on, the count went ahead.",
			[]frame{{cue: "vowed", shape: cue.SpeakerFirst, speaker: "they", content: one("to carry on, the count went ahead")}}, "vowed"},
		{"The ministers both said the talks were over.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "The ministers both", content: one("the talks were over")}}, "said"},
	})
}
