package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestRelativeAntecedent: the cue of a relative clause is the speaker's
// just before "who": the phrase runs left over a preposition to a noun
// that can speak ("a spokesman for the ministry"), not to a thing that
// cannot ("the support of a retired general") nor over a verb into the
// clause before ("The board heard from a former staff member").
func TestRelativeAntecedent(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The board heard from a former staff member who said she planned to protest.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "a former staff member", content: one("she planned to protest")}}, "said"},
		{"Kestria has the support of a retired general who suggested that Orlavia should be watched.",
			[]frame{{cue: "suggested", shape: cue.SpeakerFirst, speaker: "a retired general", content: one("Orlavia should be watched")}}, "suggested"},
		{"Tesmar heard from a spokesman for the ministry who said the ferries would sail.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "a spokesman for the ministry", content: one("the ferries would sail")}}, "said"},
		// "who" stands for a person: a named one before it, not the
		// thing that came from them; but a person of theirs speaks
		{"Kestria won the endorsement of former Sen. Ana Arno, who told reporters she will help.",
			[]frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "former Sen. Ana Arno", content: one("she will help")}}, "told"},
		{"The loss was steep for Jon Vell, who said he would rest.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jon Vell", content: one("he would rest")}}, "said"},
		{"Tesmar heard a lecture from the Orlavian president, who said the ferries would sail.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "the Orlavian president", content: one("the ferries would sail")}}, "said"},
		{"Tesmar heard from a spokesman for Jon Arno, who said the ferries would sail.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "a spokesman for Jon Arno", content: one("the ferries would sail")}}, "said"},
	})
}

// TestRelativeAfterAppositive: "who" after a named person's appositive is
// the person's: the name speaks, the appositive is about them.
func TestRelativeAfterAppositive(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The plan was backed by Sen. Ana Arno of Varn, the ranking member of the committee, who said the ferries would sail.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Sen. Ana Arno of Varn", aside: "the ranking member of the committee", content: one("the ferries would sail")}}, "said"},
		{"The plan was backed Friday by Jon Arno of Varn, the ranking member of the committee, who said the ferries would sail.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jon Arno of Varn", aside: "the ranking member of the committee", content: one("the ferries would sail")}}, "said"},
		{"The plan was backed by Jon Arno, Republican of Varn, who said the ferries would sail.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jon Arno", aside: "Republican of Varn", content: one("the ferries would sail")}}, "said"},
		{"The plan was backed by Jon Arno, 24, of Varn, who said the ferries would sail.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jon Arno", aside: "Varn", content: one("the ferries would sail")}}, "said"},
		// a list of names is no name and its appositive
		{"The plan was backed by Ana Arno, Jon Vell, who said the ferries would sail.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jon Vell", content: one("the ferries would sail")}}, "said"},
	})
}

// TestFloatingQuantifier: a quantifier after a plural pronoun is the
// pronoun's ("they all vowed" is they), not a speaker of its own.
func TestFloatingQuantifier(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Even as they all vowed to carry on, the count went ahead.",
			[]frame{{cue: "vowed", shape: cue.SpeakerFirst, speaker: "they", content: one("to carry on, the count went ahead")}}, "vowed"},
		{"The ministers both said the talks were over.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "The ministers both", content: one("the talks were over")}}, "said"},
		// names with parentheticals before it are its speakers too
		{"Jon Arno (D-Varn), Ana Vell (D-Ostra) and Tom Holt (D-Hollin) all said the talks were over.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jon Arno (D-Varn), Ana Vell (D-Ostra) and Tom Holt (D-Hollin) all", content: one("the talks were over")}}, "said"},
	})
}
