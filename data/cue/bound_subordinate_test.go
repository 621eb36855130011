package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestContentGoesOnAfterReasonAndTime: after a comma, a clause of reason,
// of condition, or of the time or place the content names is still what
// was said; a clause of contrast, of what happened meanwhile, or of
// what happened at a place named (TestContentEndsAtNewClause) is the
// writer's.
func TestContentGoesOnAfterReasonAndTime(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk said the talks failed, because Tesmar walked out.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks failed, because Tesmar walked out")}}, ""},
		{"Ana Velk said the border would reopen, if the shelling stops.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the border would reopen, if the shelling stops")}}, ""},
		{"Jonas Vell said most voters were born after 1975, when the war ended.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("most voters were born after 1975, when the war ended")}}, ""},
		{"The talks, Ana Velk said, were over, although the delegates stayed in Port Selin.",
			[]frame{{cue: "said", shape: cue.Parenthetical, speaker: "Ana Velk", content: [2]string{"The talks", "were over"}}}, ""},
		// the writer's clauses still end it
		{"Ana Velk said the talks failed, while Orlavia sent more troops.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks failed")}}, ""},
		{"Ana Velk said the talks failed, as Orlavia sent more troops.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks failed")}}, ""},
		{"Ana Velk said the talks failed, although Orlavia denied it.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks failed")}}, "said"},
	})
}

// TestContentEndsAtContrastingClause: ", but" and a subject of its own,
// however its noun phrase opens ("many firms and the banks"), is the
// writer's next clause; after "and" a list or a reason goes on.
func TestContentEndsAtContrastingClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Kestrian firms complain bitterly that taxes are too high, but many firms and the wealthiest families have found ways around them.",
			[]frame{{cue: "complain", shape: cue.SpeakerFirst, speaker: "Kestrian firms", content: one("taxes are too high")}}, ""},
		{"Ana Velk said the levy hurts farmers, Orlavians, and small traders.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the levy hurts farmers, Orlavians, and small traders")}}, ""},
	})
}
