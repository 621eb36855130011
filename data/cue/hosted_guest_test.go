package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestHostedGuest: "welcomed" with someone and then a place tells of a
// guest received; a text, an act or a deal welcomed is still said.
func TestHostedGuest(t *testing.T) {
	checkFrames(t, []frameCase{
		{"President Arno welcomed him to Varn for talks on trade.", nil, ""},
		{"The minister welcomed Ana Velk in Tesmar on Monday.", nil, ""},
		{"Arno welcomed the Orlavian delegation to the palace.", nil, ""},
		{"The minister welcomed Velk's visit to Varn.", []frame{{cue: "welcomed", shape: cue.SpeakerFirst, speaker: "The minister", content: one("Velk's visit to Varn")}}, ""},
		{"The minister welcomed the statement in support of the talks.", []frame{{cue: "welcomed", shape: cue.SpeakerFirst, speaker: "The minister", content: one("the statement in support of the talks")}}, ""},
		{"Orlavia welcomes Tesmar's leadership in building a safer region.", []frame{{cue: "welcomes", shape: cue.SpeakerFirst, speaker: "Orlavia", content: one("Tesmar's leadership in building a safer region")}}, ""},
		{"Orlavia welcomes Tesmar's leadership in accelerating action on the river.", []frame{{cue: "welcomes", shape: cue.SpeakerFirst, speaker: "Orlavia", content: one("Tesmar's leadership in accelerating action on the river")}}, ""},
		{"The leaders welcomed the agreement.", []frame{{cue: "welcomed", shape: cue.SpeakerFirst, speaker: "The leaders", content: one("the agreement")}}, ""},
	})
}
