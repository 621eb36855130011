package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestContentAfterDateline: a wire story's dateline before a quotation
// is the writer's filing place, not the start of what the speaker said;
// a sentence that only opens with capitals keeps its words.
func TestContentAfterDateline(t *testing.T) {
	checkFrames(t, []frameCase{
		{`VARN — "We will not retreat from the table," said Anna Verel, the foreign minister.`,
			[]frame{{cue: "said", shape: cue.Inverted, speaker: "Anna Verel", aside: "the foreign minister", content: one("We will not retreat from the table")}}, "said"},
		{`PORT SELIN, Tesmar (AP) — "The border stays open," Tom Arno said.`,
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Tom Arno", content: one("The border stays open")}}, "said"},
		{`PORT SELIN, March 3, 2026 (Wire) - "The border stays open," Tom Arno said.`,
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Tom Arno", content: one("The border stays open")}}, "said"},
		{`"The border stays open," Tom Arno said.`,
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Tom Arno", content: one("The border stays open")}}, "said"},
		{`VARN, March 3 (Wire) - President Tom Arno will visit Ostra, according to a readout from his office.`,
			[]frame{{cue: "according to", shape: cue.According, speaker: "a readout from his office", content: one("President Tom Arno will visit Ostra")}}, "according to"},
		{`VARN (Wire) — According to the ministry, the border stays open.`,
			[]frame{{cue: "According to", shape: cue.According, speaker: "the ministry", content: one("the border stays open")}}, "According to"},
		{`NATO — the alliance — will meet again, Tom Arno said.`,
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Tom Arno", content: one("NATO — the alliance — will meet again")}}, "said"},
	})
}
