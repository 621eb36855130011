package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestQuotationAfterColon: "X scolded him: “…,” she said" gives the
// scolding the quotation, not its addressee, and the trailing cue the
// quotation, not the clause that sets it up; a thing promised before a
// colon is no addressee ("promised a wall: “…”" quotes someone else).
func TestQuotationAfterColon(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Sen. Ana Velk scolded him: “The council is against you,” she said.",
			[]frame{
				{cue: "scolded", shape: cue.SpeakerFirst, speaker: "Sen. Ana Velk", content: one("“The council is against you,”")},
				{cue: "said", shape: cue.ContentFirst, speaker: "she", content: one("The council is against you")},
			}, ""},
		{"Jonas Vell promised a new dam: “Your plan would drown the valley.”",
			[]frame{{cue: "promised", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("a new dam")}}, ""},
	})
}
