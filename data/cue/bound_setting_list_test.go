package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestSettingBeforeListItem: a phrase of time after an object ends it,
// unless a list goes on after it ("the summit in June as well as …"); a
// second phrase of setting or a clause after the conjunction does not.
func TestSettingBeforeListItem(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Minister Velk and Minister Daro discussed the upcoming Water Summit in June as well as commitments to improve water governance.",
			[]frame{{cue: "discussed", shape: cue.SpeakerFirst, speaker: "Minister Velk and Minister Daro", content: one("the upcoming Water Summit in June as well as commitments to improve water governance")}}, "discussed"},
		{"Velk defended the dam plan in June and the ferry tariffs for Orlavia.",
			[]frame{{cue: "defended", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the dam plan in June and the ferry tariffs for Orlavia")}}, "defended"},
		{"Velk defended the dam plan in an interview on Tuesday.",
			[]frame{{cue: "defended", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the dam plan")}}, "defended"},
	})
}
