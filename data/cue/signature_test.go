package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestSignature: a quotation signed with a dash is the signer's ("“…” —
// Minister Anna Verel"), a title after a comma is the signer's aside, a
// date is not; a dash that opens narration ("— Velk, who spoke first,
// left") or a phrase that names no one signs nothing.
func TestSignature(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“We will not retreat from the table.” — Minister Anna Verel",
			[]frame{{sentence: 1, cue: "—", shape: cue.ContentFirst, speaker: "Minister Anna Verel", quoteBefore: true}}, ""},
		{"“We will not retreat.” – Anna Verel, Foreign Minister of Tesmar",
			[]frame{{sentence: 1, cue: "–", shape: cue.ContentFirst, speaker: "Anna Verel", aside: "Foreign Minister of Tesmar", quoteBefore: true}}, ""},
		{"“We will not retreat.” – President Jonas Vell, May 28, 2021",
			[]frame{{sentence: 1, cue: "–", shape: cue.ContentFirst, speaker: "President Jonas Vell", quoteBefore: true}}, ""},
		{"“We will not retreat.” — Verel, who spoke first, left the hall.", nil, ""},
		{"“We will not retreat.” — Raise the minimum wage", nil, ""},
	})
}
