package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestRelativeThat: a "that" after a noun and before a finite auxiliary is
// a relative pronoun on the noun. After an adjunct's noun its clause is no
// content; after the cue's object the noun and its clause are the content;
// after a noun of time the "that" is the subject of what was said.
func TestRelativeThat(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“We are in a grave situation,” Ana Velk told reporters after the meeting that was held in Tesmar.", []frame{{cue: "told", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("We are in a grave situation")}}, "told"},
		{"Jonas Vell responded with a phrase that could have come from Arno himself: “Do not lecture me.”", []frame{{cue: "responded", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("“Do not lecture me.”")}}, "responded"},
		{"Vell proposed a plan that would close the dam.", []frame{{cue: "proposed", shape: cue.SpeakerFirst, speaker: "Vell", content: one("a plan that would close the dam")}}, "proposed"},
		{"Velk said this morning that was not a phrase she used.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Velk", content: one("was not a phrase she used")}}, "said"},
		{"Velk said that the talks were over.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the talks were over")}}, "said"},
	})
}
