package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestPronominalOfSubject: a determiner that stands alone before "of"
// ("many of her supporters", "several of them") opens the subject even
// where the tagger read it as an adjective, as "familiar with" does not.
func TestPronominalOfSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Many of her Kestrian supporters say they empathize with her predicament.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "Many of her Kestrian supporters", content: one("they empathize with her predicament")}}, "say"},
		{"Many of his supporters said they would vote for Ana Velk.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Many of his supporters", content: one("they would vote for Ana Velk")}}, "said"},
		{"People familiar with the talks said the dam would reopen.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "People familiar with the talks", content: one("the dam would reopen")}}, "said"},
	})
}
