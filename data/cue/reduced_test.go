package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestReducedRelativeParticiple: a cue's participle that modifies the
// noun before it, with its own phrases of place and time, before the
// clause's own verb, says nothing; a relative clause that reports, or a
// content whose subject stands between, still says.
func TestReducedRelativeParticiple(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The Kestrian Statistics Bureau cited in the minister's post does not exist.", nil, "cited"},
		{"A $160 billion merger announced Monday would turn Orlavia Steel into a Tesmari company.", nil, "announced"},
		{"Most refugees admitted to Tesmar from all destinations are farmers.", nil, "admitted"},
		{"Ana Velk said on Monday the talks were over.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks were over")}}, ""},
		{"Jonas Vell said in May it was the only chance to pass the budget.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("it was the only chance to pass the budget")}}, ""},
		{"It is a tax that Ana Velk said would ruin the farmers.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("would ruin the farmers")}}, ""},
	})
}

// TestAccusedMissing: a verb of accusing with a preposition where the
// accused would be is a passive whose noun is the accused, even where
// the tagger reads a past tense; nobody accuses. A relative clause that
// moved the accused before its subject still accuses, and so does a
// verb with a phrase of time before its that-clause.
func TestAccusedMissing(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Tesmar freed seven Orlavian men charged with smuggling grain across the border.", nil, "charged"},
		{"The river pact was signed by Jonas Vell, a former envoy now charged with fraud.", nil, "charged"},
		{"The flood was blamed on the broken dam for weeks.", nil, "blamed"},
		{"Ana Velk is the senator whom Jonas Vell accused of lying about the dam.",
			[]frame{{cue: "accused", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("of lying about the dam")}}, ""},
		{"Jonas Vell charged on Monday that the dam was unsafe.",
			[]frame{{cue: "charged", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the dam was unsafe")}}, ""},
		{"Varnia accused Ana Velk of lying about the dam.",
			[]frame{{cue: "accused", shape: cue.SpeakerFirst, speaker: "Varnia", content: one("lying about the dam")}}, ""},
	})
}

// TestPossessiveAddressee: an addressee or a phrase of setting in the
// possessive takes what it possesses ("told Tesmar Radio's “Morning
// Hour” that …"); the content does not open on the clitic.
func TestPossessiveAddressee(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk told Tesmar Radio’s “Morning Hour” that the talks were over.",
			[]frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks were over")}}, ""},
		{"Jonas Vell told KTV's This Week that the border would open.",
			[]frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the border would open")}}, ""},
		{"Ana Velk told Tesmar Radio’s “Morning Hour” on Monday the tone was cordial.",
			[]frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the tone was cordial")}}, ""},
	})
}

// TestQuotedShowAddressee: a quotation right after "told" names the show
// told, and the content is the quotation before the cue.
func TestQuotedShowAddressee(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“We will reopen the border,” Ana Velk told “Morning Hour” after she was asked about the dam.",
			[]frame{{cue: "told", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("We will reopen the border")}}, "told"},
		{"“The truce will hold,” Jonas Vell told “Tesmar Today,” reminding the hosts of the vote.",
			[]frame{{cue: "told", shape: cue.ContentFirst, speaker: "Jonas Vell", content: one("The truce will hold")}}, "told"},
	})
}

// TestCommaAfterAdjunctBeforeThat: a comma that closes a phrase of time or
// setting before "that" leaves the that-clause the content.
func TestCommaAfterAdjunctBeforeThat(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk said last week, that the dam would open.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the dam would open")}}, ""},
		{"Jonas Vell conveyed a day earlier, that the talks had failed.",
			[]frame{{cue: "conveyed", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the talks had failed")}}, ""},
	})
}
