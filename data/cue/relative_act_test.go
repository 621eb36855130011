package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestRelativeAct: a relative clause that tells what its antecedent did
// to an object ("who has welcomed support", "that pledged loyalty",
// "who accused him of fraud") is background, no statement; one that
// reports words (a verb of saying, a that-clause, a quotation) is one.
func TestRelativeAct(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Jonas Vell, who has welcomed support from the unions, left the party.", nil, "welcomed"},
		{"Kestria fought a militant group that has pledged loyalty to the Front.", nil, "pledged"},
		{"Two of the women who accused Vell of fraud spoke on Monday.", nil, "accused"},
		{"Ana Velk, who once praised the accord, voted against it.", nil, "praised"},
		{"Vell, who said the talks were over, left Tesmar.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Vell", content: one("the talks were over")}}, "said"},
		{"Velk met activists who have demanded that the dam be closed.", []frame{{cue: "demanded", shape: cue.SpeakerFirst, speaker: "activists", content: one("the dam be closed")}}, "demanded"},
		{"Velk accused Arno of fraud.", []frame{{cue: "accused", shape: cue.SpeakerFirst, speaker: "Velk", content: one("fraud")}}, ""},
	})
}
