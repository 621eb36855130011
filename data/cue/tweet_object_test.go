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

// TestQuotedObjectInverted: an object cue right after a quotation that
// opens the sentence has its speaker after it, as "said" does; a quoted
// word inside a clause leaves the subject before the cue.
func TestQuotedObjectInverted(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“The ferry will run on time,” tweeted Ana Velk, the port's director.",
			[]frame{{cue: "tweeted", shape: cue.Inverted, speaker: "Ana Velk", aside: "the port's director", content: one("The ferry will run on time")}}, ""},
		{"“We are ready for the vote,” announced Tad Arno.",
			[]frame{{cue: "announced", shape: cue.Inverted, speaker: "Tad Arno", content: one("We are ready for the vote")}}, ""},
		{"Vell summed up Arno as “weak,” announced a vote and left.",
			nil, ""},
	})
}
