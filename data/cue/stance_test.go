package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestStanceAside: an attitude verb told after or inside what it would
// hold is the writer's account of what people think, no statement; its
// holder opening the clause before a that-clause still is one.
func TestStanceAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Such efforts, they believe, will fail.", nil, "believe"},
		{"The talks will go on, as some Kestrian diplomats hope.", nil, "hope"},
		{"The deal is dead, Velk fears.", nil, "fears"},
		{"Velk believes that the talks will fail.", []frame{{cue: "believes", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the talks will fail")}}, ""},
		{"The deal is dead, Velk said.", []frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: one("The deal is dead")}}, ""},
	})
}

// TestInvertedOnlySaying: only verbs of saying are inverted after their
// content; a verb that takes an object after a quotation has its
// subject before it.
func TestInvertedOnlySaying(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Vell summed up Arno as “weak,” denounced her record as minister and left.", nil, "denounced"},
		{"“We will win,” said Ana Velk.", []frame{{cue: "said", shape: cue.Inverted, speaker: "Ana Velk", content: one("We will win")}}, ""},
		{"“Go home,” urged the mayor.", []frame{{cue: "urged", shape: cue.Inverted, speaker: "the mayor", content: one("Go home")}}, ""},
	})
}
