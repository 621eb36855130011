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

// TestQuotationFirstAdjunctsAfter: after a quotation that opens the
// sentence, what follows "X said" is where, when and to whom, however
// long, and a quotation there is a name; "that" or a clause right after
// the cue still opens content, and a topic after the verb is content.
func TestQuotationFirstAdjunctsAfter(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“This vote is about the harbour,” Ana Velk said at the outset of a debate dominated by questions about leadership and willingness to take on what has become the largest port.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("This vote is about the harbour")}}, "said"},
		{"“They're all accurate,” he said after the prosecutor read a summary of the facts.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "he", content: one("They're all accurate")}}, "said"},
		{"“I love the ferries,” Velk said in August after Kestria announced it was closing the port.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: one("I love the ferries")}}, "said"},
		{"“Being a mayor, that’s my job,” Velk said in May on the podcast “Harbour Talk.”",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: one("Being a mayor, that’s my job")}}, ""},
		{"“We are ready,” Velk said, “and we will sail.”",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: [2]string{"We are ready", "“and we will sail"}}}, ""},
		{"Walking in to chants of “Velk!,” the senator said his campaign was strong.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "the senator", content: one("his campaign was strong")}}, ""},
		// the next sentence: phrases of audience and setting only
		{"“Sometimes we need our fix!” Velk said to the Tesmar Times.",
			[]frame{{sentence: 1, cue: "said", shape: cue.ContentFirst, speaker: "Velk", quoteBefore: true}}, ""},
		{"“How do you control the banks?” Velk said to a crowd of about 500.",
			[]frame{{sentence: 1, cue: "said", shape: cue.ContentFirst, speaker: "Velk", quoteBefore: true}}, ""},
		{"Harbour Tech disclosed to the ministry the alleged violations.",
			[]frame{{cue: "disclosed", shape: cue.SpeakerFirst, speaker: "Harbour Tech", content: one("the alleged violations")}}, ""},
		{"Ana Velk admitted to deceiving about 100 voters.",
			[]frame{{cue: "admitted", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("to deceiving about 100 voters")}}, ""},
	})
}

// TestTimePhraseAfterCue: a phrase of time after the cue ("last month",
// "this week") is no content, before a second quotation, "that" or the
// clause of an as-clause; an object of time and a subject of time are
// still content.
func TestTimePhraseAfterCue(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“Word is,” Velk said last month on Kestria Radio, “that the port will close.”",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: [2]string{"Word is", "“that the port will close"}}}, ""},
		{"Ana Velk said this week that the plans run only to 2030.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the plans run only to 2030")}}, ""},
		{"And as the Secretary said this week, there is a low likelihood of success.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "the Secretary", content: one("there is a low likelihood of success")}}, ""},
		{"Velk said the days when the nation had one story are gone.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the days when the nation had one story are gone")}}, ""},
	})
}

// TestClauseSubject: a subject that opens its sentence is the speaker
// however the tagger reads its post-modifiers (a participle's phrase, an
// infinitive, "like X", a relative clause), as long as no clause of its
// own comes between it and the verb; not after "to", nor a common noun
// whose modifier holds a name the resolver would take for the speaker.
func TestClauseSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Democrats trying to regain control of the Assembly say they have a new weapon.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "Democrats trying to regain control of the Assembly", content: one("they have a new weapon")}}, "say"},
		{"The last man to mount a major third-party race says he does not think Velk will take it.",
			[]frame{{cue: "says", shape: cue.SpeakerFirst, speaker: "The last man to mount a major third-party race", content: one("he does not think Velk will take it")}}, "says"},
		{"Critics like the mayor say it would help the port.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "Critics like the mayor", content: one("it would help the port")}}, ""},
		{"Activists clamoring to block Ana Velk from the nomination say they are gaining ground.", nil, "say"},
		{"The ministry plans to propose next month that the form will change.", nil, "propose"},
	})
}

// TestSourceAndAppositiveChain: "according to" a source the tagger read
// as no noun phrase, and an inverted speaker followed by a chain of
// appositives that ends in a relative clause.
func TestSourceAndAppositiveChain(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The talks are over, according to election lawyer Ana Velk.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "election lawyer Ana Velk", content: one("The talks are over")}}, ""},
		{"The talks went well, said Ana Velk, director of Tesmar Nurses, a union that has endorsed Arno.",
			[]frame{{cue: "said", shape: cue.Inverted, speaker: "Ana Velk", aside: "director of Tesmar Nurses", content: one("The talks went well")}}, ""},
	})
}
