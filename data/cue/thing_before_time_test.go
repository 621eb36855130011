package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestTimeAfterIssuedDocument: a word of time that ends the object of
// "issued a statement" does not hide the document, so the issuer says
// what the document's participle says; a phrase of time after a
// preposition between a subject and its verb is passed whole.
func TestTimeAfterIssuedDocument(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The Arno campaign sent an email Wednesday saying that the results show Arno is ahead.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "The Arno campaign", content: one("the results show Arno is ahead"), chained: true}}, ""},
		{"The Kestrian ministry released a statement Thursday night saying the border would stay closed.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "The Kestrian ministry", content: one("the border would stay closed"), chained: true}}, ""},
		{"Ambassador Tad Arno at the nomination hearing yesterday said the treaty was dead.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ambassador Tad Arno", content: one("the treaty was dead")}}, ""},
	})
}
