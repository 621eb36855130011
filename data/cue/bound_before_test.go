package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestContentBeforeStartsAfterColon: a source named after its content
// ("…, according to X", "…, X said", "…, as X noted") vouches for the clause after a colon;
// the words before it set that clause up. A quotation is taken whole, and
// clauses a semicolon joins stay one content.
func TestContentBeforeStartsAfterColon(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The levy has not hurt trade in Port Selin: the city was the busiest port in Tesmar in 2019, according to the Harbour Board.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "the Harbour Board", content: one("the city was the busiest port in Tesmar in 2019")}}, ""},
		{"The audit had one surprise: Orlavia spent more on roads than on schools, Ana Velk said.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("Orlavia spent more on roads than on schools")}}, ""},
		// no clause after the colon: the whole sentence
		{"Among the findings: a deficit of $4 million, according to the Harbour Board.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "the Harbour Board", content: one("Among the findings: a deficit of $4 million")}}, ""},
		{"Orlavia was paid $5 million; Kestria was paid $7 million, according to the Harbour Board.",
			[]frame{{cue: "according to", shape: cue.According, speaker: "the Harbour Board", content: one("Orlavia was paid $5 million; Kestria was paid $7 million")}}, ""},
		{"“There is one answer: we reopen the border,” Ana Velk said.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("There is one answer: we reopen the border")}}, ""},
		// an as-clause after its content reads it the same way
		{"The levy has not hurt trade: the city was the busiest port in 2019, as the Harbour Board noted.",
			[]frame{{cue: "noted", shape: cue.ContentFirst, speaker: "the Harbour Board", content: one("the city was the busiest port in 2019")}}, ""},
		{"Orlavia was paid $5 million; Kestria was paid $7 million, as the Harbour Board noted.",
			[]frame{{cue: "noted", shape: cue.ContentFirst, speaker: "the Harbour Board", content: one("Orlavia was paid $5 million; Kestria was paid $7 million")}}, ""},
		{"Among the findings: a deficit of $4 million, as reported by the Harbour Board.",
			[]frame{}, "reported"},
	})
}

// TestContentEndsAtPerfectsSecondVerb: after a perfect ("has promised"),
// a second participle joined by "and" is the subject's next act, not
// what was promised, as a second past is after "promised".
func TestContentEndsAtPerfectsSecondVerb(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The Kestrian government has promised a veto and attempted to persuade lawmakers that the bill is flawed.",
			[]frame{{cue: "promised", shape: cue.SpeakerFirst, speaker: "The Kestrian government", content: one("a veto")}}, "promised"},
		{"Ana Velk has promised a veto and worked to persuade lawmakers.",
			[]frame{{cue: "promised", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("a veto")}}, "promised"},
		{"The minister has raised these concerns with the envoys and we will continue to do so.",
			[]frame{{cue: "raised", shape: cue.SpeakerFirst, speaker: "The minister", content: one("these concerns with the envoys")}}, "raised"},
		// an adjective or a list's last word is no verb of the subject's
		{"The council has confirmed more than 200 casualties, including dead and wounded.",
			[]frame{{cue: "confirmed", shape: cue.SpeakerFirst, speaker: "The council", content: one("more than 200 casualties, including dead and wounded")}}, "confirmed"},
		{"The assembly has confirmed a seasoned and experienced group of envoys.",
			[]frame{{cue: "confirmed", shape: cue.SpeakerFirst, speaker: "The assembly", content: one("a seasoned and experienced group of envoys")}}, "confirmed"},
		// the content's own verbs of that form go on
		{"Ana Velk has promised the roads would be rebuilt and widened.",
			[]frame{{cue: "promised", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the roads would be rebuilt and widened")}}, "promised"},
	})
}

// TestSubordinateClauseAfterConjunction: a subordinate clause that opens
// after "and" ends where the main clause begins, as after a comma.
func TestSubordinateClauseAfterConjunction(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Velk has few interests, and once he has said his piece, he is ready to move on.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "he", content: one("his piece")}}, "said"},
		{"The talks stalled, and when Ana Velk said the border would stay closed, the envoys walked out.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the border would stay closed")}}, "said"},
	})
}
