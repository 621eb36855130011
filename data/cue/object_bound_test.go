package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestObjectEndsBeforeWritersWords: an object or a name given ends where
// the writer's words begin, however the marks and the tagger place them.
func TestObjectEndsBeforeWritersWords(t *testing.T) {
	checkFrames(t, []frameCase{
		// the comma inside the marks closes the name before a participle
		// of the writer's, as one outside them would
		{"In another post, Velk called Arno the “ultimate hypocrite,” linking to a story about his harbour deal.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Velk", content: one("Arno the “ultimate hypocrite,”")}}, ""},
		// a participle with its agent that the tagger reads as a past is
		// no clause: the setting after the object is still the writer's
		{"Velk and Arno cited the figure at last week's Harbour Forum viewed by 14.7 million people.",
			[]frame{{cue: "cited", shape: cue.SpeakerFirst, speaker: "Velk and Arno", content: one("the figure")}}, ""},
		// a name given ends as an object does: before the writer's
		// clause of when, and before the writer's comment on it
		{"Governor Velk described Jonas Arno as a “disgrace” after he attacked the harbour police.",
			[]frame{{cue: "described", shape: cue.SpeakerFirst, speaker: "Governor Velk", content: one("Jonas Arno as a “disgrace”")}}, ""},
		{"In the past, Arno called himself pro-choice, stances that he has since disavowed.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Arno", content: one("himself pro-choice")}}, ""},
	})
}
