package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestFigureObject: "reported" and "disclosed" make their object known
// when it is a figure or a gerund, as filings and police counts are
// reported; an object with no figure ("reported the story") says
// nothing, and a that-clause is content as before.
func TestFigureObject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Last year, Tesmar police reported 906 attacks against shelters.",
			[]frame{{cue: "reported", shape: cue.SpeakerFirst, speaker: "Tesmar police", content: one("906 attacks against shelters")}}, ""},
		{"The Kestrian fund reported spending $1.1 million on television ads.",
			[]frame{{cue: "reported", shape: cue.SpeakerFirst, speaker: "The Kestrian fund", content: one("spending $1.1 million on television ads")}}, ""},
		{"The Orlavian ministry reported its smallest quarterly profit in 17 years.",
			[]frame{{cue: "reported", shape: cue.SpeakerFirst, speaker: "The Orlavian ministry", content: one("its smallest quarterly profit")}}, ""},
		{"The Orlavia Herald reported the story on Monday.", nil, ""},
		{"Doctors in Kessgrad reported a case of measles.", nil, ""},
		// a compound noun, and a participle of quoting, make no figure
		{"Today the minister announced new actions, including: 12 regions now providing care through their programs, up from 60 days; a new HHS report showing the impact of the dam.",
			[]frame{{cue: "announced", shape: cue.SpeakerFirst, speaker: "the minister", content: one("new actions")}}, ""},
		{"The Orlavia Herald reports quoting three officials.", nil, ""},
		{"The Orlavia Herald reported that the dam had failed.",
			[]frame{{cue: "reported", shape: cue.SpeakerFirst, speaker: "The Orlavia Herald", content: one("the dam had failed")}}, ""},
	})
}
