package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestParticipleAfterRelativeCue: a participle after a comma goes on
// with the main clause's subject, not with the speaker of a cue in a
// relative clause on the main verb's object; a relative clause on the
// subject itself still chains.
func TestParticipleAfterRelativeCue(t *testing.T) {
	checkFrames(t, []frameCase{
		{"President Kovar rebuked critics who say he should resign, saying the vote was fair.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "President Kovar", content: one("the vote was fair"), chained: true}}, "saying"},
		{"President Kovar rebuked critics who call him “a tyrant,” saying the vote was fair.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "President Kovar", content: one("the vote was fair"), chained: true}}, "saying"},
		{"Officials who said the deal was dead left the room, saying they would return.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "Officials", content: one("they would return"), chained: true}}, "saying"},
	})
}
