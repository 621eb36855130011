package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestTopicFrame: "raise" says something only of a topic noun.
func TestTopicFrame(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk raised concerns about the dam.", []frame{{cue: "raised", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("concerns about the dam")}}, ""},
		{"Ana Velk raised the importance of the talks with Orlavia.", []frame{{cue: "raised", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the importance of the talks with Orlavia")}}, ""},
		{"The Tesmari campaign raised $4 million in May.", nil, ""},
		{"Orlavia raised the debt limit twice.", nil, ""},
		{"Jonas Vell raised three children in Varn.", nil, ""},
		{"The Kestrian bank raised interest rates.", nil, ""},
	})
}

// TestTellFrames: "told" is never inverted, and a quotation just before
// its subject is what was told, not the words after the addressee.
func TestTellFrames(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“We are ready,” Jonas Vell, who led the delegation, told lawmakers on a visit to Varn.",
			[]frame{{cue: "told", shape: cue.ContentFirst, speaker: "Jonas Vell", aside: "who led the delegation", content: one("We are ready")}}, ""},
		{"“The talks are over,” Ana Velk told the delegates in the hall and millions watching at home who could guess the rest.",
			[]frame{{cue: "told", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("The talks are over")}}, ""},
		{"“We are ready,” Ana Velk told the hosts of “Morning Talk,” adding that the army was ready.", []frame{
			{cue: "told", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("We are ready")},
			{cue: "adding", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the army was ready"), chained: true},
		}, ""},
		// an addressee and then a clause is still told
		{"Ana Velk told reporters the army was ready.", []frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the army was ready")}}, ""},
	})
}
