package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestGerundAfterAsIsNoSaying: a gerund after "as" opens the subject of
// the writer's reason ("as concluding the process is vital"), no saying
// of the main clause's subject; a participle after a comma still is one.
func TestGerundAfterAsIsNoSaying(t *testing.T) {
	checkFrames(t, []frameCase{
		{"We encourage them to implement the accord, as concluding a fair process soon is vital for Orlavia.",
			[]frame{{cue: "encourage", shape: cue.SpeakerFirst, speaker: "We", content: one("them to implement the accord, as concluding a fair process soon is vital for Orlavia")}}, ""},
		{"Ana Velk rejected the plan, saying that the port must stay open.",
			[]frame{{cue: "rejected", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the plan, saying that the port must stay open")},
				{cue: "saying", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the port must stay open"), chained: true}}, ""},
	})
}
