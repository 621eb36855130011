package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestInvertedSlotNoSpeaker: what follows a cue after a comma is no
// speaker when it is a time, or when what comes before the comma is a
// subject whose only verb is in its relative clause; the subject before
// the cue speaks then.
func TestInvertedSlotNoSpeaker(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“We will pass the bill,” Ana Velk, R-Varn., said Tuesday.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", aside: "R-Varn.", content: [2]string{"We will pass the bill"}}}, ""},
		{"“Nothing changes,” the minister, Tad Arno, said last week.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "the minister", aside: "Tad Arno", content: [2]string{"Nothing changes"}}}, ""},
		// a speaker after the cue still speaks
		{"“Nothing changes,” said Tad Arno, the minister.",
			[]frame{{cue: "said", shape: cue.Inverted, speaker: "Tad Arno", aside: "the minister", content: [2]string{"Nothing changes"}}}, ""},
		{"Ana Velk, a spokeswoman for the Varn Coalition, which is made up of growers, said many of the reports that critics cite were wrong.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", aside: "a spokeswoman for the Varn Coalition, which is made up of growers",
				content: [2]string{"many of the reports that critics cite were wrong"}}}, ""},
		// content with a verb of its own before the relative clause
		{"The harvest failed, which pleased no one, said Tad Arno, a grower.",
			[]frame{{cue: "said", shape: cue.Inverted, speaker: "Tad Arno", aside: "a grower", content: [2]string{"The harvest failed, which pleased no one"}}}, ""},
	})
}

// TestFrontedCue: a verb of saying that opens the sentence has its
// speaker after it and the quotation after a comma.
func TestFrontedCue(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Said Tad Arno, “We were all so proud of him.”",
			[]frame{{cue: "Said", shape: cue.Inverted, speaker: "Tad Arno", content: one("We were all so proud of him")}}, ""},
		{"Said Ana Velk, who grew up in Ostra, “We knew him well.”",
			[]frame{{cue: "Said", shape: cue.Inverted, speaker: "Ana Velk", aside: "who grew up in Ostra", content: one("We knew him well")}}, ""},
	})
}
