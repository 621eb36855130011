package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestSubordinateClauseIsNoContent: an unquoted subordinate clause before
// the speaker tells when or why, not what was said; with its main clause
// after a comma, or after the cue, it is content; so is it before a cue
// set off by commas. Before a cue that "that" follows, nothing is the
// content.
func TestSubordinateClauseIsNoContent(t *testing.T) {
	checkFrames(t, []frameCase{
		{"As the results rolled in, Velk continued delivering an extended version of his speech.", nil, ""},
		{"When the talks in Port Selin ended, Ana Velk said.", nil, ""},
		{"Though that transition was seamless, he said, replacing Velk would be much harder.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "he", content: [2]string{"Though that transition was seamless", "replacing Velk would be much harder"}}}, ""},
		{"After the court approved the law six years ago, Arno said, most laws requiring an ID were thought to be safe.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Arno", content: one("After the court approved the law six years ago")}}, ""},
		{"Besides attacking the former president, while the audience booed loudly, Mr. Velk asserted that, abortion aside, the group did good.", nil, "asserted"},
		{"If the talks fail, the army moves, Velk said.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: one("If the talks fail, the army moves")}}, ""},
	})
}
