package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestPronominalOfSubject: a determiner that stands alone before "of"
// ("many of her supporters", "several of them") or another preposition
// ("many in the party", "most/JJS in the party") opens the subject even
// where the tagger read it as an adjective, as "familiar with" does not. Syntax repairs the one
// before "of"; the speaker's slot keeps the others.
func TestPronominalOfSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Many of her Kestrian supporters say they empathize with her predicament.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "Many of her Kestrian supporters", content: one("they empathize with her predicament")}}, "say"},
		{"Many of his supporters said they would vote for Ana Velk.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Many of his supporters", content: one("they would vote for Ana Velk")}}, "said"},
		{"Many in the party said the vote was fair.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Many in the party", content: one("the vote was fair")}}, "said"},
		{"Several in the ministry said the port would reopen.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Several in the ministry", content: one("the port would reopen")}}, "said"},
		{"Most in the party said the vote was fair.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Most in the party", content: one("the vote was fair")}}, "said"},
		{"Most among the Kestrian delegates said the port would reopen.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Most among the Kestrian delegates", content: one("the port would reopen")}}, "said"},
		{"People familiar with the talks said the dam would reopen.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "People familiar with the talks", content: one("the dam would reopen")}}, "said"},
	})
}
