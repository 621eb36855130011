package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestSentenceInBrackets: a sentence set in brackets has its cue and its
// content inside them; the brackets are neither ("(… Velk said.)"), and
// a bracket inside the content stays with it.
func TestSentenceInBrackets(t *testing.T) {
	checkFrames(t, []frameCase{
		{"(The Kestrians, it turns out, are big fans of the show, Ana Velk said.)",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("The Kestrians, it turns out, are big fans of the show")}}, ""},
		{"(“We have persuaded the creators to finish it,” Ana Velk said.)",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("We have persuaded the creators to finish it")}}, ""},
		{"Ana Velk said the levy (a tax on ferries) would fail.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the levy (a tax on ferries) would fail")}}, ""},
	})
}
