package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestDashedNameAfterCueIsTheSpeakers: a name set off by dashes between
// the cue and what was said names the speaker, as an appositive does; it
// is no part of the content. A clause after it with a cue of its own
// says the words again, and is left alone.
func TestDashedNameAfterCueIsTheSpeakers(t *testing.T) {
	checkFrames(t, []frameCase{
		{"We remain open to talks, though, as the Minister has made clear — Minister Jon Arno — this offer will not stay on the table.",
			[]frame{{cue: "made clear", shape: cue.SpeakerFirst, speaker: "the Minister", aside: "Minister Jon Arno", content: one("this offer will not stay on the table")}}, ""},
		{"The envoy said — Ana Velk — that the port will reopen.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "The envoy", aside: "Ana Velk", content: one("the port will reopen")}}, ""},
		// a dash that opens no name stays in the content
		{"The envoy said the port — the one in Varn — will reopen.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "The envoy", content: one("the port — the one in Varn — will reopen")}}, ""},
	})
}
