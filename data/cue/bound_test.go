package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestContentEndsAtSecondPredicate: a verb joined by "and" with the cue's
// own form is the subject's next act, not what was said; a verb of the
// content's own form, or a clause inside a relative clause, goes on.
func TestContentEndsAtSecondPredicate(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk denies the shelling was a crime and goes to great lengths to suppress research on it.",
			[]frame{{cue: "denies", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the shelling was a crime")}}, ""},
		{"Velk and Arno echoed similar themes and took the stage together in Port Selin.",
			[]frame{{cue: "echoed", shape: cue.SpeakerFirst, speaker: "Velk and Arno", content: one("similar themes")}}, ""},
		{"Jonas Vell defended his mother and refused to repudiate the Orlavian ministers.",
			[]frame{{cue: "defended", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("his mother")}}, ""},
		{"Prosecutors charged the officer with murder and the mayor fired his police chief.",
			[]frame{{cue: "charged", shape: cue.SpeakerFirst, speaker: "Prosecutors", content: one("the officer with murder")}}, ""},
		// the content's own verbs
		{"Ana Velk said the army shelled the town and killed ten people.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the army shelled the town and killed ten people")}}, ""},
		{"Ana Velk said Tesmar and its allies will seek new sanctions.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("Tesmar and its allies will seek new sanctions")}}, ""},
		{"The two leaders met in Port Selin, underscoring the importance of sharing costs equitably and ensuring the alliance is ready.",
			[]frame{{cue: "underscoring", shape: cue.SpeakerFirst, speaker: "The two leaders", content: one("the importance of sharing costs equitably and ensuring the alliance is ready"), chained: true}}, "underscoring"},
		{"Tesmar reaffirmed its commitment to the accord and looked forward to deeper cooperation.",
			[]frame{{cue: "reaffirmed", shape: cue.SpeakerFirst, speaker: "Tesmar", content: one("its commitment to the accord and looked forward to deeper cooperation")}}, ""},
		{"Dozens of deputies condemned the raids in which adults and children were detained.",
			[]frame{{cue: "condemned", shape: cue.SpeakerFirst, speaker: "Dozens of deputies", content: one("the raids in which adults and children were detained")}}, ""},
	})
}
