package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestNounContentEndsBeforeItsSetting: content that is a noun phrase
// ends before the setting or medium it was given in ("in a tweet", "in an
// appearance on …"); a partner ("with Orla Magazine"), a destination ("to
// a meeting") and a clause's own setting go on.
func TestNounContentEndsBeforeItsSetting(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk claimed victory in a tweet.",
			[]frame{{cue: "claimed", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("victory")}}, ""},
		{"Jonas Vell explained his reasoning in an appearance on Tesmari television.",
			[]frame{{cue: "explained", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("his reasoning")}}, ""},
		{"Jonas Vell mocked Ana Velk in the last two debates.",
			[]frame{{cue: "mocked", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("Ana Velk")}}, ""},
		{"The candidates disclosed personal notes with Orla Magazine for a special issue.",
			[]frame{{cue: "disclosed", shape: cue.SpeakerFirst, speaker: "The candidates", content: one("personal notes with Orla Magazine for a special issue")}}, ""},
		{"Ana Velk invited Jonas Vell to a meeting in Port Selin to discuss the border.",
			[]frame{{cue: "invited", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("Jonas Vell to a meeting in Port Selin to discuss the border")}}, ""},
		{"Ana Velk said the deal was signed in a meeting in Port Selin.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the deal was signed in a meeting in Port Selin")}}, ""},
	})
}
