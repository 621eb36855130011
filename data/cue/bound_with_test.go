package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestWithPhraseAfterContent: ", with …" goes on with what was said
// ("…, with his weight down"), unless someone in it goes on to speak or,
// named, to act ("…, with Jonas Vell describing …", "…, with Jonas Vell
// taking to the radio …"), or it names whom a topic was discussed with.
func TestWithPhraseAfterContent(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk said most of the plans run only to 2030, with countries still offering no hint of a cut.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("most of the plans run only to 2030, with countries still offering no hint of a cut")}}, ""},
		{"Jonas Vell said he has never been healthier, with his weight down.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("he has never been healthier, with his weight down")}}, ""},
		{"Ana Velk denied it happened, with Jonas Vell taking to the radio to call the report a lie.",
			[]frame{{cue: "denied", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("it happened")}}, ""},
		{"Ana Velk said the talks had failed, with Jonas Vell describing them as a farce.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks had failed")}}, "said"},
		{"They discussed coordination on defense, with Mr. Vell expressing thanks for Orlavia's support.",
			[]frame{{cue: "discussed", shape: cue.SpeakerFirst, speaker: "They", content: one("coordination on defense")}}, "discussed"},
		{"Ana Velk discussed the border, with President Orlo.",
			[]frame{{cue: "discussed", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the border")}}, ""},
	})
}
