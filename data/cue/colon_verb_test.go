package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestColonVerb: any verb whose clause ends in a colon before a
// quotation introduces that quotation as its subject's words ("X gloated:
// “…”", "As X put it: “…”"), when the subject can speak; a sign or a
// document that "reads" says nothing, and a sentence with a cue of its
// own keeps that cue's frame.
func TestColonVerb(t *testing.T) {
	checkFrames(t, []frameCase{
		{"And Tomas Brel gloated: “I told you he would not be ready.”",
			[]frame{{cue: "gloated", shape: cue.SpeakerFirst, speaker: "Tomas Brel", content: one("“I told you he would not be ready")}}, ""},
		{"Anna Verel interjected: “So you are saying there will be some flexibility?”",
			[]frame{{cue: "interjected", shape: cue.SpeakerFirst, speaker: "Anna Verel", content: one("“So you are saying there will be some flexibility")}}, ""},
		{"As Professor Verel put it: “Orlavia does a better job.”",
			[]frame{{cue: "put", shape: cue.SpeakerFirst, speaker: "Professor Verel", content: one("“Orlavia does a better job")}}, ""},
		{"She then addressed the supporters again: “Here is what I regret.”",
			[]frame{{cue: "addressed", shape: cue.SpeakerFirst, speaker: "She", content: one("“Here is what I regret")}}, ""},
		{"The sign on the gate read: “No entry.”", nil, ""},
		{"The minister said: “We will not retreat.”",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "The minister", content: one("“We will not retreat")}}, ""},
		{"Tomas Brel did not gloat: “I told you so.”", nil, ""},
	})
}
