package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestQuotationBeforeTold: a quotation that ends its sentence ("…?”")
// is the content of "X told Y" in the next one, past the addressee and
// the adjuncts after it, as it is of "X said".
func TestQuotationBeforeTold(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“Who knows?” Ana Velk told Tesmar Radio.",
			[]frame{{sentence: 1, cue: "told", shape: cue.ContentFirst, speaker: "Ana Velk", quoteBefore: true}}, "told"},
		{"“Who knows?” Ana Velk told Tesmar Radio in an interview aired on Monday when asked how ties would fare.",
			[]frame{{sentence: 1, cue: "told", shape: cue.ContentFirst, speaker: "Ana Velk", quoteBefore: true}}, "told"},
		// an addressee with a clause of its own is no adjunct: the clause is the content
		{"“Who knows?” Ana Velk told reporters the talks were over.",
			[]frame{{sentence: 1, cue: "told", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks were over")}}, "told"},
	})
}

// TestNameInAside: when the phrase opening the clause reads as no
// speaker ("One of his advisers", a phrase broken by "not"), the name
// set off before the verb speaks; a place and its region do not.
func TestNameInAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"One of his advisers, Tad Arno, told reporters that he would leave it to others.",
			[]frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Tad Arno", aside: "One of his advisers", content: one("he would leave it to others")}}, ""},
		{"One delegate not on the Kestria slate, Mara Vell, told Orlavia Radio she was leaning toward Kestria.",
			[]frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Mara Vell", aside: "One delegate not on the Kestria slate", content: one("she was leaning toward Kestria")}}, ""},
		{"After the debate, one of his advisers, Tad Arno, said the talks were over.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Tad Arno", aside: "one of his advisers", content: one("the talks were over")}}, ""},
		{"In the capital, Tad Arno, said the talks were over.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Tad Arno", content: one("the talks were over")}}, ""},
		{"The families of those killed at the school in Hollin, Kestria, have announced a lawsuit.", nil, ""},
		{"The ministers met Tesmar, Orlavia, said the talks were over.", nil, ""},
	})
}

// TestSpeakerAfterQuotation: words the tagger cut off the front of a
// speaker's phrase after a quotation still belong to the speaker's
// clause, so the quotation is the content; a preposition or a verb there
// opens a clause of the writer's.
func TestSpeakerAfterQuotation(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“There is some nagging concern,” super PAC spokeswoman Ana Velk said.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "PAC spokeswoman Ana Velk", content: one("There is some nagging concern")}}, ""},
		{"In a Tesmar poll, 73 percent said the plan was the “right direction” compared to only 24 percent who said otherwise.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "73 percent", content: one("the plan was the “right direction” compared to only 24 percent who said otherwise")}}, "said"},
	})
}
