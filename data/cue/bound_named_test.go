package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestContentEndsBeforeDescribedName: a name that ends a clause or an
// object, then a definite phrase and a relative clause, is the writer
// saying who the name is; a described subject goes on with its verb.
func TestContentEndsBeforeDescribedName(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Critics say the money could be better spent in partnership with Kestria, the old ally that shares a border with Tesmar.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "Critics", content: one("the money could be better spent in partnership with Kestria")}}, "say"},
		// the subject's description: the clause goes on after it
		{"Officials say Jonas Vell, the envoy who led the talks, held two posts.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "Officials", content: one("Jonas Vell, the envoy who led the talks, held two posts")}}, "say"},
		{"Ana Velk discussed the levies that already exist in Tesmar, the levies that the new law would add, and the path forward.",
			// the last item of the list after ", and" goes on too
			[]frame{{cue: "discussed", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the levies that already exist in Tesmar, the levies that the new law would add, and the path forward")}}, "discussed"},
		// an indefinite phrase, a name without a relative clause
		{"Critics say the money went to Kestria, the old ally of Tesmar.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "Critics", content: one("the money went to Kestria, the old ally of Tesmar")}}, "say"},
	})
}
