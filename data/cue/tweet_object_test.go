package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestTweetedObject: "tweeted" takes an object as its content, as
// "announced" does.
func TestTweetedObject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk on Saturday tweeted an image of her rival beside a pile of bills.",
			[]frame{{cue: "tweeted", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("an image of her rival beside a pile of bills")}}, ""},
		{"Velk tweeted out that the ferry would run.",
			[]frame{{cue: "tweeted out", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the ferry would run")}}, ""},
		{"Velk tweeted that the ferry would run.",
			[]frame{{cue: "tweeted", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the ferry would run")}}, ""},
	})
}
