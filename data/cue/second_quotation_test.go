package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestSecondQuotationPastAdjuncts: a quotation that ends the sentence
// after the cue goes on with the first, past a phrase of time or place
// or a participle that sets the saying ("said during a rally in …,",
// "said, referring to …,"); not past a clause or a verb of saying of its
// own.
func TestSecondQuotationPastAdjuncts(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“Every time you say that,” Vell said, referring to the levy, “you give ammunition to Orlavia.”",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Vell", content: [2]string{"Every time you say that", "you give ammunition to Orlavia"}}}, ""},
		{"“The talks will be fair,” Velk said during a rally in Port Selin, Kestria, “but many people are watching.”",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: [2]string{"The talks will be fair", "but many people are watching"}}}, ""},
		// a clause or another verb of saying in between keeps it apart
		{"“The talks are over,” Velk said as Vell left, “and we are going home.”",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: one("The talks are over")}}, "said"},
		{"“The talks are over,” Velk said, adding, “We are going home.”",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: one("The talks are over")}}, "said"},
	})
}
