package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestConjunctionOpensNoContent: a cue whose slot caught only the writer's
// next predicate, joined by "and" or "or", says nothing; a subject that
// opens with the first word of a pair ("both", "neither") is content, and
// so is a second addressee before "that".
func TestConjunctionOpensNoContent(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Jonas Vell, a lawyer who has been advising Ana Velk and is thought to be her likely deputy, left on Monday.", nil, "advising"},
		{"The protester yelled and held up a banner that was quickly ripped away.", nil, "yelled"},
		{"Ana Velk said both Tesmar and Orlavia had kept the truce.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("both Tesmar and Orlavia had kept the truce")}}, ""},
		{"Jonas Vell told Velk and others that she should step aside.",
			[]frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("she should step aside")}}, ""},
	})
}

// TestEmptyObjectSaysNothing: "said little", "revealed nothing" and a
// reflexive alone tell that nothing was said; a clause after "little"
// is content again.
func TestEmptyObjectSaysNothing(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk said little about how the dam would be paid for.", nil, "said"},
		{"The audit revealed nothing new about the ministry.", nil, "revealed"},
		{"The bond between the two cities soon revealed itself.", nil, "revealed"},
		{"Jonas Vell said little had changed since the truce.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("little had changed since the truce")}}, ""},
	})
}

// TestTimeOnlySaysNothing: when something was said is not what was
// said; a phrase of time that opens with a number ("two days earlier")
// is passed to the content after it.
func TestTimeOnlySaysNothing(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk spoke 30 minutes.", nil, "spoke"},
		{"The board announced two days earlier that it would name a new director.",
			[]frame{{cue: "announced", shape: cue.SpeakerFirst, speaker: "The board", content: one("it would name a new director")}}, ""},
		{"Jonas Vell proposed two months ago a plan for the dam.",
			[]frame{{cue: "proposed", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("a plan for the dam")}}, ""},
	})
}

// TestObjectBeforeConjunctionAndAdverb: "… an object but then announced"
// is the first verb's subject speaking, not the object with the adverb;
// "Countries in Tesmar and beyond have urged" keeps its subject.
func TestObjectBeforeConjunctionAndAdverb(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Jonas Vell laid out a record of misconduct by the minister but then announced that he would not charge her.",
			[]frame{{cue: "announced", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("he would not charge her"), chained: true}}, ""},
		{"Farmers in Orlavia are wary of the tariff and generally agree that the border should stay open.",
			[]frame{{cue: "agree", shape: cue.SpeakerFirst, speaker: "Farmers in Orlavia", content: one("the border should stay open"), chained: true}}, ""},
		{"Countries in Tesmar and beyond have urged the council to act.",
			[]frame{{cue: "urged", shape: cue.SpeakerFirst, speaker: "Countries in Tesmar and beyond", content: one("the council to act")}}, ""},
	})
}

// TestObjectListEndsAtNewSubject: an object joined by "and" to a name
// before a finite cue is no list: the name opens a clause of its own
// ("… mishandled the inquiry and Orlavians accused …"), and the clause
// before ends at it; a participle after such a list ("saw boats and
// families mourning …") and a list after a preposition stay as they are.
func TestObjectListEndsAtNewSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Tesmari officials said the ministry mishandled the inquiry and Orlavians accused the council of stalling the talks.",
			[]frame{
				{cue: "said", shape: cue.SpeakerFirst, speaker: "Tesmari officials", content: one("the ministry mishandled the inquiry and Orlavians accused the council of stalling the talks")},
				{cue: "accused", shape: cue.SpeakerFirst, speaker: "Orlavians", content: one("stalling the talks")},
			}, ""},
		{"The Secretary and the Minister discussed the talks and the Secretary emphasized the importance of the port.",
			[]frame{
				{cue: "discussed", shape: cue.SpeakerFirst, speaker: "The Secretary and the Minister", content: one("the talks and the Secretary emphasized the importance of the port")},
				{cue: "emphasized", shape: cue.SpeakerFirst, speaker: "the Secretary", content: one("the importance of the port")},
			}, ""},
	})
}
