package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestInfinitiveSharesSubject: a cue in the infinitive after a word whose
// subject it shares ("seemed to mock", "refused to disclose", "was quick
// to add", "has yet to explain") is the subject's saying; after an
// intention, an attempt or a refusal to speak it is none.
func TestInfinitiveSharesSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk seemed to mock the minister's vague plan.",
			[]frame{{cue: "mock", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the minister's vague plan")}}, ""},
		{"Jonas Arno has steadfastly refused to disclose his tax returns.",
			[]frame{{cue: "disclose", shape: cue.SpeakerFirst, speaker: "Jonas Arno", content: one("his tax returns")}}, ""},
		{"Mara Vell was quick to add that the port would stay open.",
			[]frame{{cue: "add", shape: cue.SpeakerFirst, speaker: "Mara Vell", content: one("the port would stay open")}}, ""},
		{"The Tesmari premier has yet to explain why the ferries stopped.",
			[]frame{{cue: "explain", shape: cue.SpeakerFirst, speaker: "The Tesmari premier", content: one("why the ferries stopped")}}, ""},
		// an adverb inside the infinitive
		{"Velk was quick to publicly defend her record on the ferries.",
			[]frame{{cue: "defend", shape: cue.SpeakerFirst, speaker: "Velk", content: one("her record on the ferries")}}, "defend"},
		// "went on/RB to": the particle as the tagger may have it
		{"Arno went on to criticize the Kestrian board for its choice.",
			[]frame{{cue: "criticize", shape: cue.SpeakerFirst, speaker: "Arno", content: one("its choice")}}, ""},
		// an attempt, a capacity, an intention, a refusal to speak: no
		// saying
		{"The harbour crews are able to defend their own port.", nil, ""},
		{"The council tried to question several of the harbour officials.", nil, ""},
		{"Velk plans to announce the new ferry route.", nil, ""},
		{"Arno declined to comment on the report.", nil, ""},
	})
}
