package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestContentEndsBeforeDescribedComment: an indefinite noun phrase after
// the content that the writer describes by a clause, a participle or a
// relative clause is a comment on what was said; an appositive that the
// clause goes on after is part of it.
func TestContentEndsBeforeDescribedComment(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk said the army would leave Port Selin, a plan the Orlavian minister has opposed for months.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the army would leave Port Selin")}}, ""},
		{"Jonas Vell dismissed the labels altogether, a sentiment endorsed by the crowd, who cheered.",
			[]frame{{cue: "dismissed", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the labels altogether")}}, ""},
		{"Ana Velk said she would not attend — a decision she has defended since May.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("she would not attend")}}, ""},
		// the clause goes on after the appositive
		{"Ana Velk said the deal, a first for the region, would hold.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the deal, a first for the region, would hold")}}, ""},
		{"Ana Velk said Tesmar and Orlavia had agreed, a step that surprised Kestria, and the talks would go on.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("Tesmar and Orlavia had agreed")}}, ""},
	})
}

// TestContentGoesOnAfterItsOwnAside: a comma and a finite verb after an
// aside the content opened itself (a relative clause, an appositive)
// take its clause up again; they do not end it.
func TestContentGoesOnAfterItsOwnAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk said the annual talks, which started a decade ago, remained the best chance for peace.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the annual talks, which started a decade ago, remained the best chance for peace")}}, ""},
		{"Ana Velk said Jonas Vell, the minister who led the talks, would resign.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("Jonas Vell, the minister who led the talks, would resign")}}, ""},
	})
}
