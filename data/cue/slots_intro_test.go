package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestIntroductoryPhraseBeforeSubject: a phrase that opens the sentence
// before the subject and its aside is no subject itself: a dateline, a
// subordinator's object ("until the election"), a phrase whose
// "appositive" is joined by "and". A subordinate clause's subject with
// an aside keeps its place.
func TestIntroductoryPhraseBeforeSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"VARN -- President Tom Arno, opening the new museum on Saturday, said it would tell a Tesmari story.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "President Tom Arno", aside: "opening the new museum on Saturday", content: one("it would tell a Tesmari story")}}, "said"},
		{"VARN, March 3 (Wire) - Tesmar's foreign minister, Tom Arno, said on Tuesday that Varn would not sign.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Tesmar's foreign minister", aside: "Tom Arno", content: one("Varn would not sign")}}, "said"},
		{"VARN, Nov. 12, 2026 (Wire Press) — President Tom Arno said the ferries would sail.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "President Tom Arno", content: one("the ferries would sail")}}, "said"},
		{"With 50 days until the election, Lena Velk, a senior adviser to the campaign, said the count would go ahead.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Lena Velk", aside: "a senior adviser to the campaign", content: one("the count would go ahead")}}, "said"},
		{"In an article posted on the party website, the Varn Paper, and widely read online, Jon Pors, a student at Varn University, urged voters to wait.",
			[]frame{{cue: "urged", shape: cue.SpeakerFirst, speaker: "Jon Pors", aside: "a student at Varn University", content: one("voters to wait")}}, "urged"},
		{"Tom Arno, the envoy, said the talks were over.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Tom Arno", aside: "the envoy", content: one("the talks were over")}}, "said"},
	})
}

// TestIssuerOfNewDocument: a document brought in as the object of its
// issuer's verb speaks for the issuer through a restrictive relative
// clause; a document a verb of saying talks about speaks for itself.
func TestIssuerOfNewDocument(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Sen. Tom Arno has released a video that accuses Lena Velk of fraud.",
			[]frame{{cue: "accuses", shape: cue.SpeakerFirst, speaker: "Sen. Tom Arno", content: one("fraud"), chained: true}}, "accuses"},
		{"The ministry issued a statement that says the ferries will sail.",
			[]frame{{cue: "says", shape: cue.SpeakerFirst, speaker: "The ministry", content: one("the ferries will sail"), chained: true}}, "says"},
		{"Lena Velk criticised a report that said the talks had failed.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "a report", content: one("the talks had failed")}}, "said"},
		{"Lena Velk read the report that said the talks had failed.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "the report", content: one("the talks had failed")}}, "said"},
	})
}

// TestNameAfterACount: "a third, NAME," before the verb is one of a
// count the story keeps; the name speaks.
func TestNameAfterACount(t *testing.T) {
	checkFrames(t, []frameCase{
		{"And a third, Daniel Pors, said that he backed Arno.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Daniel Pors", aside: "a third", content: one("he backed Arno")}}, "said"},
		{"In Newtown, Kestria, officials said the ferries would sail.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "officials", content: one("the ferries would sail")}}, "said"},
	})
}

// TestSubjectJoinedBetweenDashes: "X — and Y — say" is one subject, not
// an introductory phrase.
func TestSubjectJoinedBetweenDashes(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Tesmari officials — and some Orlavians — say the ferries will sail.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "Tesmari officials", aside: "and some Orlavians", content: one("the ferries will sail")}}, "say"},
	})
}

// TestNumberedTitleIsNoCount: a number after a noun is part of a title,
// not one of a count; its aside is no speaker.
func TestNumberedTitleIsNoCount(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Volume II, Money Laundering, highlights the nature of money laundering in 80 countries.", nil, "highlights"},
	})
}

// TestNominalAgentWithAside: the agent of a noun of saying may have its
// appositive before "that": "complaints by the minister, Jonas Vell,
// that …".
func TestNominalAgentWithAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The talks followed complaints by the Tesmari finance minister, Jonas Vell, that the surpluses were distorting the economy.",
			[]frame{{cue: "complaints", shape: cue.Nominal, speaker: "the Tesmari finance minister", aside: "Jonas Vell", content: one("the surpluses were distorting the economy")}}, "complaints"},
		{"The talks followed a warning by Anna Velk that the ferries would stop.",
			[]frame{{cue: "warning", shape: cue.Nominal, speaker: "Anna Velk", content: one("the ferries would stop")}}, "warning"},
	})
}
