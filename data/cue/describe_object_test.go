package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestDescribedObject: a verb of describing whose object no name follows
// says its object ("described the dire situation"); a verb of calling
// does not ("called a meeting"), nor a participle after its noun ("the
// steps described in section 2").
func TestDescribedObject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Jonas Arno described the dire situation Ana Velk is facing in Tuesday's primary.",
			[]frame{{cue: "described", shape: cue.SpeakerFirst, speaker: "Jonas Arno", content: one("the dire situation Ana Velk is facing in Tuesday's primary")}}, ""},
		{"Mara Vell described what happens on a video of the encounter.",
			[]frame{{cue: "described", shape: cue.SpeakerFirst, speaker: "Mara Vell", content: one("what happens on a video of the encounter")}}, ""},
		{"Female donors in Tesmar described cascading cultural changes that were driving their giving.",
			[]frame{{cue: "described", shape: cue.SpeakerFirst, speaker: "Female donors in Tesmar", content: one("cascading cultural changes that were driving their giving")}}, ""},
		// the name after the object is still said with it
		{"Velk described the plan as a disaster.",
			[]frame{{cue: "described", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the plan as a disaster")}}, ""},
		{"The Hollin council called an emergency session on Wednesday.", nil, ""},
		{"The ferry operators must follow the steps described in section 2 of this order.", nil, ""},
	})
}

// TestNameGivenBeforeAnotherVerb: the name a verb of calling gives ends
// where "and" joins the subject's next verb; a quotation after that verb
// is the second verb's, not the name.
func TestNameGivenBeforeAnotherVerb(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Senator Ana Velk called him divisive and accused him of keeping Kestrians from being able to “stand together.”",
			[]frame{
				{cue: "called", shape: cue.SpeakerFirst, speaker: "Senator Ana Velk", content: one("him divisive")},
				{cue: "accused", shape: cue.SpeakerFirst, speaker: "Senator Ana Velk", chained: true, content: one("keeping Kestrians from being able to “stand together.”")},
			}, ""},
		{"Arno went after Velk over her refusal to release her taxes, calling it “disqualifying” and asserting that the only explanation must be “a bombshell.”",
			[]frame{
				{cue: "calling", shape: cue.SpeakerFirst, speaker: "Arno", chained: true, content: one("it “disqualifying")},
				{cue: "asserting", shape: cue.SpeakerFirst, speaker: "Arno", chained: true, content: one("the only explanation must be “a bombshell.”")},
			}, ""},
		// a call that gives no name: the quotation is still what was said
		{"General Arno called him — he served under Arno — and said, “Put them on now.”",
			[]frame{
				{cue: "called", shape: cue.SpeakerFirst, speaker: "General Arno", content: one("“Put them on now")},
				{cue: "said", shape: cue.SpeakerFirst, speaker: "General Arno", chained: true, content: one("“Put them on now")},
			}, ""},
	})
}
