package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestReflexiveSubject: a reflexive after the subject only stresses it;
// the subject speaks, not "herself".
func TestReflexiveSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk herself has proposed a modest tax on ferries.", []frame{{cue: "proposed", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("a modest tax on ferries")}}, ""},
		{"Jonas Vell himself acknowledged that the vote would be close.", []frame{{cue: "acknowledged", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the vote would be close")}}, ""},
		{"The Tesmari ministry itself said the ferries would sail.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "The Tesmari ministry", content: one("the ferries would sail")}}, ""},
	})
}
