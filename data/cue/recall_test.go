package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestSubjectPastMarks: a subject is found past a typed dash, a short
// parenthesis and its appositive, and a newspaper named after a word of
// time still speaks.
func TestSubjectPastMarks(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Inside the hall - which looks like a church - Ana Velk said the vote would go ahead.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the vote would go ahead")}}, "said"},
		{"Rep. Jonas Arno (D-Kes.), chair of the harbour committee, said that the port would reopen.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Rep. Jonas Arno", aside: "chair of the harbour committee", content: one("the port would reopen")}}, ""},
		{"The Tesmar Times says the ministers were given an advance copy.",
			[]frame{{cue: "says", shape: cue.SpeakerFirst, speaker: "The Tesmar Times", content: one("the ministers were given an advance copy")}}, ""},
		{"The ferries are late, the Orlavia Times said.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "the Orlavia Times", content: one("The ferries are late")}}, ""},
		// an appositive holds no verb right after its comma: this is a
		// list of what a subject will do, not an aside
		{"The harbour fund (HF), two leading groups, will provide doctors who will raise awareness, answer questions among parents, and encourage calm.", nil, "answer"},
		{"Mara Vell of the port board, the chair — the director, I should say — announced a new ferry.",
			[]frame{{cue: "announced", shape: cue.SpeakerFirst, speaker: "Mara Vell of the port board", aside: "the chair — the director, I should say", content: one("a new ferry")}}, ""},
		// a participle's phrase inside the subject
		{"Another intelligence source speaking to Kestrian radio said the agents were investigating.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Another intelligence source speaking to Kestrian radio", content: one("the agents were investigating")}}, ""},
		// but not past a that-clause's "that"
		{"They put out a statement saying that Tesmari officials have told them they need to make more noise.",
			[]frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Tesmari officials", content: one("they need to make more noise")}}, "told"},
		// a date is no subject before its aside
		{"After the notice published on September 30, 2021 (86 FR 54279), pursuant to section 12, the council finds that the measure continues to be needed.", nil, "continues"},
		// a time that belongs to a participle: the report speaks
		{"A news report published Wednesday said Velk used a personal email account.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "A news report published Wednesday", content: one("Velk used a personal email account")}}, ""},
	})
}

// TestInvertedParticiple: the tagger's participle right after a closing
// mark is an inverted verb; after a possessive's apostrophe it is not.
func TestInvertedParticiple(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“Asking a delegate to get rid of themselves?” asked Sen. Mara Vell of Kestria, who wants a commission.",
			[]frame{{cue: "asked", shape: cue.Inverted, speaker: "Sen. Mara Vell of Kestria", aside: "who wants a commission", content: one("Asking a delegate to get rid of themselves")}}, ""},
		{"Finalizing the Tesmar “Income Averaging” proposed rule.", nil, ""},
		{"Ana Velk expressed the Orlavians’ continued appreciation for Tesmar’s response.",
			[]frame{{cue: "expressed", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the Orlavians’ continued appreciation for Tesmar’s response")}}, ""},
	})
}

// TestParentheticalAfterAdverb: "Recently, X said, …" takes the clause
// after the cue, the adverb with it; "told" takes its addressee first.
func TestParentheticalAfterAdverb(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Recently, Ana Velk said, she has found the port less welcoming.",
			[]frame{{cue: "said", shape: cue.Parenthetical, speaker: "Ana Velk", content: [2]string{"Recently", "she has found the port less welcoming"}}}, ""},
		{"In 2008, Velk said, the fund's donation had made his father a sponsor.",
			[]frame{{cue: "said", shape: cue.Parenthetical, speaker: "Velk", content: [2]string{"In 2008", "the fund's donation had made his father a sponsor"}}}, ""},
		{"Instead, Velk told Orlavian radio, his policy would be to wait.",
			[]frame{{cue: "told", shape: cue.Parenthetical, speaker: "Velk", content: [2]string{"Instead", "his policy would be to wait"}}}, ""},
		// no clause after the cue: nothing is reported
		{"Recently, Ana Velk said, with a smile.", nil, ""},
	})
}

// TestAttributionAfterQuotation: "“….” X said, clutching the lectern."
// is the quotation's attribution; the manner of saying adds no content.
func TestAttributionAfterQuotation(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“We will not retreat.” Jonas Vell said, clutching the lectern with two hands.",
			[]frame{{sentence: 1, cue: "said", shape: cue.ContentFirst, speaker: "Jonas Vell", quoteBefore: true}}, ""},
		{`"We will not retreat, " Jonas Vell said.`,
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Jonas Vell", content: one("We will not retreat")}}, ""},
		{"“Tesmar is proud to cast its votes!” Senator Jonas Vell said as he opened the roll call.",
			[]frame{{sentence: 1, cue: "said", shape: cue.ContentFirst, speaker: "Senator Jonas Vell", quoteBefore: true}}, ""},
	})
}

// TestPseudoCleft: "What X said is that …" is a free relative standing as
// the subject of "is"; "what X said: that …" still reports.
func TestPseudoCleft(t *testing.T) {
	checkFrames(t, []frameCase{
		{"What the Minister said is that he, of course, won't comment.", nil, "said"},
	})
}

// TestPrepositionalFreeRelative: "what X said," that a preposition takes
// names what the speaker answers; the clause after the comma is the
// speaker's. After a colon or "that" it goes on with X's words.
func TestPrepositionalFreeRelative(t *testing.T) {
	checkFrames(t, []frameCase{
		{"I think, in terms of what President Arno said, again, I will leave it to the Tesmari side to describe.", nil, "said"},
		{"In response to what the Minister said yesterday, we will keep the border open.", nil, "said"},
		{"It is consistent with what the Minister said yesterday: we are not circling a date.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "the Minister", content: one("we are not circling a date")}}, ""},
		{"I agree with what Governor Vell said last week that the first threat is inflation.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Governor Vell", content: one("the first threat is inflation")}}, ""},
		{"Here is what the Minister said: the port will reopen.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "the Minister", content: one("the port will reopen")}}, ""},
	})
}

// TestLabelledQuotation: "Velk: “…”" opening a sentence is the name's
// speech; a form's label or a phrase that is no name is not.
func TestLabelledQuotation(t *testing.T) {
	checkFrames(t, []frameCase{
		{`Ana Velk: "Our goal is to reopen the port."`,
			[]frame{{cue: ":", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one(`"Our goal is to reopen the port`)}}, ""},
		{`Rep. Jonas Arno (D-Kes.):"I have not heard anyone cite that figure."`,
			[]frame{{cue: ":", shape: cue.SpeakerFirst, speaker: "Rep. Jonas Arno", content: one(`"I have not heard anyone cite that figure`)}}, ""},
		{`Note: "The figures are provisional."`, nil, ""},
		{`The result: "a disaster for the port."`, nil, ""},
	})
}

// TestDescribedByQuotation: "called him “…” amidst …": the content is
// the object and the quotation that names it, before any adjunct.
func TestDescribedByQuotation(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Many commentators called him “the grownup on the stage” amidst the food fight.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Many commentators", content: one("him “the grownup on the stage")}}, ""},
		{"Velk called the protesters “illegals” and “thugs” without proof.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the protesters “illegals” and “thugs”")}}, ""},
		{"The message called it “critical” that she make such a speech.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "The message", content: one("it “critical” that she make such a speech")}}, ""},
		// a determiner before the quotation; an infinitive after it is
		// what was called so; a noun after it is what it modifies
		{"Tad Arno called Ana Velk a “clown” on his radio show when commenting on her speech.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Tad Arno", content: one("Ana Velk a “clown")}}, ""},
		{"Jonas Vell called it a “no-brainer” to reopen the port.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("it a “no-brainer” to reopen the port")}}, ""},
		{"Orlavia called it an “unacceptable” violation of its sovereignty.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Orlavia", content: one("it an “unacceptable” violation of its sovereignty")}}, ""},
	})
}
