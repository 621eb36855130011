package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestContentBrokenOff: content that stops where no clause can end (an
// auxiliary, a preposition or subordinator, a wh-word) is a clause the
// cue interrupts; it goes on after the cue. Content that is a whole
// clause keeps the rules of TestContinuationAfterCue.
func TestContentBrokenOff(t *testing.T) {
	checkFrames(t, []frameCase{
		{"It was, Ana Velk said, one of the bitterest failures of her term.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", content: [2]string{"It was", "one of the bitterest failures of her term"}}}, ""},
		{"That is why, Velk added, Orlavian ships avoid the port.",
			[]frame{{cue: "added", shape: cue.ContentFirst, speaker: "Velk", content: [2]string{"That is why", "Orlavian ships avoid the port"}}}, ""},
		{"Tesmar will spend more on, she says, the railway and the port.",
			[]frame{{cue: "says", shape: cue.ContentFirst, speaker: "she", content: [2]string{"Tesmar will spend more on", "the railway and the port"}}}, ""},
		// a whole clause: the manner of saying is not said
		{"The talks are over, Ana Velk said, smiling.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("The talks are over")}}, ""},
		{"The talks are over, Ana Velk said, adding that Tesmar would wait.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("The talks are over")},
				{cue: "adding", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("Tesmar would wait"), chained: true}}, ""},
	})
}
