package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestInvertedInside: an inverted cue set between a subject and its
// predicate, past the speaker's appositive, reports the subject and the
// predicate; a verb of describing there names the subject.
func TestInvertedInside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Any reading of Mr. Velk's actions, said Tad Arno, an expert on Orlavia at the Marrow Center, would read this as an admission.",
			[]frame{{cue: "said", shape: cue.Parenthetical, speaker: "Tad Arno", aside: "an expert on Orlavia at the Marrow Center",
				content: [2]string{"Any reading of Mr. Velk's actions", "would read this as an admission"}}}, ""},
		{"The paradox of the treaty, says Ana Velk, historian at the Tesmar Library, is that it was popular.",
			[]frame{{cue: "says", shape: cue.Parenthetical, speaker: "Ana Velk", aside: "historian at the Tesmar Library",
				content: [2]string{"The paradox of the treaty", "is that it was popular"}}}, ""},
		{"The contrast with Orlavia, said Arno and others, would be clear.",
			[]frame{{cue: "said", shape: cue.Parenthetical, speaker: "Arno and others", content: [2]string{"The contrast with Orlavia", "would be clear"}}}, ""},
		{"The programme, called Tesmar Invest, allows foreign investors to gain citizenship.", nil, ""},
	})
}
