package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestAnsweredObjectIsNoSaying: the object of "answer" is what was
// answered; a question makes it a saying, a call or a demand an act, one
// who can speak the one answered. A clause or a quotation after it is
// what was said.
func TestAnsweredObjectIsNoSaying(t *testing.T) {
	checkFrames(t, []frameCase{
		{"As Orlavia’s leaders answer the widely expressed demands of Orlavians for better roads, the port stays open.", nil, ""},
		{"The reservists answered the call to serve.", nil, ""},
		{"The schools answered the Governor’s call to action by opening clinics.", nil, ""},
		{"The parties answered Kestrians’ demands for peace.", nil, ""},
		{"The schools answered the Governor’s Call to Action.", nil, ""},
		{"Minister Ana Velk answered questions about the port.",
			[]frame{{cue: "answered", shape: cue.SpeakerFirst, speaker: "Minister Ana Velk", content: one("questions about the port")}}, ""},
		{"Ana Velk answered reporters’ questions about the port.",
			[]frame{{cue: "answered", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("reporters’ questions about the port")}}, ""},
		{"Ana Velk answered critics of the plan.",
			[]frame{{cue: "answered", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("critics of the plan")}}, ""},
		{"Ana Velk answered her critics.",
			[]frame{{cue: "answered", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("her critics")}}, ""},
		{"Minister Ana Velk answered that the port is closed.",
			[]frame{{cue: "answered", shape: cue.SpeakerFirst, speaker: "Minister Ana Velk", content: one("the port is closed")}}, ""},
		{"“The port is closed,” Velk answered.",
			[]frame{{cue: "answered", shape: cue.ContentFirst, speaker: "Velk", content: one("The port is closed")}}, ""},
	})
}
