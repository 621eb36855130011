package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestContentFirstCueClosesClause: the clause before a cue is its
// content only when the cue ends its own clause; a verb with an object or
// a complement of its own narrates, and reports nothing before it.
func TestContentFirstCueClosesClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{"In the 2010 election in Tesmar, Pate supported Anna Verel.", nil, ""},
		{"The talks failed, Velk felt slighted.", nil, ""},
		{"Despite the vote, Velk continued to press the council.", nil, "continued"},
		{"The talks will go on, Velk said Thursday.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: one("The talks will go on")}}, ""},
		{"The talks will go on, Velk said of the plan.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: one("The talks will go on")}}, ""},
		{"The records are stored in Tesmar, Velk wrote Arno.",
			[]frame{{cue: "wrote", shape: cue.ContentFirst, speaker: "Velk", content: one("The records are stored in Tesmar")}}, ""},
		{"The question remains open, Anna Verel, a law professor, wrote last week after the court's ruling.",
			[]frame{{cue: "wrote", shape: cue.ContentFirst, speaker: "Anna Verel", aside: "a law professor", content: one("The question remains open")}}, ""},
		{"Voters found the plan offensive, Velk said in posing the question to Arno.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: one("Voters found the plan offensive")}}, ""},
		{"The talks will go on, Velk told reporters in Orlavia on Monday.",
			[]frame{{cue: "told", shape: cue.ContentFirst, speaker: "Velk", content: one("The talks will go on")}}, ""},
	})
}
