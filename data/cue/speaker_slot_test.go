package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestReflexiveSubject: a reflexive after the subject only stresses it;
// the subject speaks, not "herself".
func TestReflexiveSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk herself has proposed a modest tax on ferries.", []frame{{cue: "proposed", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("a modest tax on ferries")}}, ""},
		{"Jonas Vell himself acknowledged that the vote would be close.", []frame{{cue: "acknowledged", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the vote would be close")}}, ""},
		{"The Tesmari ministry itself said the ferries would sail.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "The Tesmari ministry", content: one("the ferries would sail")}}, ""},
	})
}

// TestChainedPastDependentClause: a participle after a comma goes on
// with the main clause's subject, past a relative or a that-clause in
// between; an adverbial clause's verb is as near as it goes.
func TestChainedPastDependentClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Jonas Vell rose to the defence of Tom Arno, the head of the league, who is under investigation, saying Arno should be praised.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("Arno should be praised"), chained: true}}, "saying"},
		{"Ana Velk came close to an admission that Tesmari soldiers had fought in Orlavia, saying the war was over.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the war was over"), chained: true}}, "saying"},
		{"Jonas Vell smiled when Ana Velk ended the debate, remarking that the talks were over.",
			[]frame{{cue: "remarking", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks were over"), chained: true}}, "remarking"},
	})
}

// TestObjectRelativeCue: a cue in a relative clause whose pronoun is its
// object says the noun before it, not what follows (a verb of describing
// says the pronoun and the name it gives); a gap before a verb is
// content, and a "that" before a quotation opened no relative clause.
func TestObjectRelativeCue(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Asked whether the business, which friends described as miserable, had failed, Jonas Vell said: “I hope not.”",
			[]frame{{cue: "described", shape: cue.SpeakerFirst, speaker: "friends", content: [2]string{"which", "miserable"}}}, "described"},
		{"The ferry plan, which Ana Velk said would fail, was signed.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("would fail")}}, "said"},
		{"The debate grew so heated over the bill that Jonas Vell said, “I need a translator.”",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("“I need a translator")}}, "said"},
	})
}

// TestThatClauseSubject: the subject of a verb inside a that-clause
// starts after "that", even when the noun before the verb could be a
// document ("post").
func TestThatClauseSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The Varn Post reported that Tom Arno said he was gathering material.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Tom Arno", content: one("he was gathering material")}}, "said"},
	})
}

// TestSubjectWithComplementBeforeAside: a subject grown over "familiar
// with"-style complements and prepositions runs from the sentence's start
// to its first comma, the participle after it its aside; a place set off
// by commas inside it is not the subject, and a subject that the
// rightwards reading already ends at the comma keeps its reading.
func TestSubjectWithComplementBeforeAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Officials familiar with the case, speaking on condition of anonymity because they were not allowed to discuss it, said that the server was old.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Officials familiar with the case", aside: "speaking on condition of anonymity because they were not allowed to discuss it", content: one("the server was old")}}, ""},
		{"Officials familiar with the server taken from the house in Ruvo, Kestria, speaking on condition of anonymity, said that it was old.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Officials familiar with the server taken from the house in Ruvo", aside: "Kestria, speaking on condition of anonymity", content: one("it was old")}}, ""},
		{"Ana Velk, the envoy, said that the port would open.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", aside: "the envoy", content: one("the port would open")}}, ""},
	})
}

// TestFocusedSubjectBeforeAside: an adverb that opens the sentence and
// focuses the name after it ("Even Kestria, …, said") leaves the name
// the subject, its appositive the aside.
func TestFocusedSubjectBeforeAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Even Kestria, the only ally of Varanda and its lifeline, said it was opposed to the test.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Kestria", aside: "the only ally of Varanda and its lifeline", content: one("it was opposed to the test")}}, ""},
	})
}

// TestProgressiveAfterAside: a gerund with its auxiliary after a subject's
// aside ("X, the candidate, is promising to …") is the subject's verb,
// not a participle chained to a clause before the comma ("rejected the
// plan, saying …").
func TestProgressiveAfterAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk, the candidate, is promising to build a new dam.",
			[]frame{{cue: "promising", shape: cue.SpeakerFirst, speaker: "Ana Velk", aside: "the candidate", content: one("to build a new dam")}}, ""},
		{"Tad Arno, the envoy, is saying that the ferry will run.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "Tad Arno", aside: "the envoy", content: one("the ferry will run")}}, ""},
		{"Tad Arno left the talks, saying that the ferry will run.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "Tad Arno", chained: true, content: one("the ferry will run")}}, ""},
	})
}

// TestOpeningWordOfSubject: the first word of a sentence that the tagger
// misread stays with the subject it opens: a number, a determiner, a
// negation. A conjunction stays out.
func TestOpeningWordOfSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Thirty-one percent of those surveyed say the dam is safe.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "Thirty-one percent of those surveyed", content: one("the dam is safe")}}, ""},
		{"Those over 60 say the dam is safe.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "Those over 60", content: one("the dam is safe")}}, ""},
		{"Not everyone was claiming success.",
			[]frame{{cue: "claiming", shape: cue.SpeakerFirst, speaker: "Not everyone", content: one("success")}}, ""},
		{"But officials say the dam is safe.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "officials", content: one("the dam is safe")}}, ""},
	})
}

// TestGerundOnAThing: a gerund on a noun that names a thing, with no
// verb before it to take the saying, tells what the thing does or means;
// no one says it. A text carries words, and a number of people speaks.
func TestGerundOnAThing(t *testing.T) {
	checkFrames(t, []frameCase{
		{"A project advocating river safety held a party in Port Selin.", nil, "advocating"},
		{"Guests are given timed tickets telling them when to join the queue.", nil, "telling"},
		{"A letter urging Velk to resign reached the Council on Monday.",
			[]frame{{cue: "urging", shape: cue.SpeakerFirst, speaker: "A letter", content: one("Velk to resign reached the Council")}}, "urging"},
		{"Three in 10 saying they would not vote is a warning sign.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "Three in 10", content: one("they would not vote is a warning sign")}}, "saying"},
	})
}
