package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestContentGoesOnPastAsideInsideIt: an aside between commas that the
// content's own clause goes on after is part of what was said: a
// participle or a concession on the subject before its verb, a
// subordinator with no verb of its own, "as" and a gerund giving the object its role. A participle
// or a clause of the writer's after the clause is whole still ends it.
func TestContentGoesOnPastAsideInsideIt(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The census office says Varandans, numbering 75 million, surpassed the Kestrians in 2015.",
			[]frame{{cue: "says", shape: cue.SpeakerFirst, speaker: "The census office", content: one("Varandans, numbering 75 million, surpassed the Kestrians in 2015")}}, ""},
		{"Ana Velk said the pact was a step toward a country that, once an enemy, is now a partner.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the pact was a step toward a country that, once an enemy, is now a partner")}}, ""},
		{"Ana Velk said she holds Tad Arno, during his tenure as envoy, as being responsible for the crisis.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("she holds Tad Arno, during his tenure as envoy, as being responsible for the crisis")}}, ""},
		{"A pollster said Arno, despite his wealth, is better placed to win the farm vote.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "A pollster", content: one("Arno, despite his wealth, is better placed to win the farm vote")}}, ""},
		// the writer's additions after a whole clause
		{"Ana Velk said the West had provoked the war, despite evidence to the contrary.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the West had provoked the war")}}, ""},
		{"Ana Velk said the talks failed, prompting fears of war in Port Selin.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks failed")}}, ""},
		{"Ana Velk said the talks failed, as Orlavia sent more troops.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks failed")}}, ""},
		{"Ana Velk said the talks failed, once again.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks failed, once again")}}, ""},
	})
}

// TestContentAfterPrepositionOfTime: a subordinator that is a
// preposition here ("after the convention") is a phrase of time before
// the clause said.
func TestContentAfterPrepositionOfTime(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk said after the convention she would not accept the post.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("she would not accept the post")}}, ""},
		{"Ana Velk said before the vote the talks had failed.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks had failed")}}, ""},
	})
}

// TestCueInsideRelativeClause: a cue set between a relative pronoun and
// its verb says the relative clause, not the writer's clause before it.
func TestCueInsideRelativeClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The ferry runs to Port Selin, which, Ana Velk said, is now closed to traders.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", content: [2]string{"which", "is now closed to traders"}}}, ""},
		{"The talks, Ana Velk said, are over.",
			[]frame{{cue: "said", shape: cue.Parenthetical, speaker: "Ana Velk", content: [2]string{"The talks", "are over"}}}, ""},
	})
}

// TestContentEndsWithWhClause: a cue in a clause a wh-word opens inside
// a larger one says only that clause; the finite verb after it with no
// subject of its own is the larger clause's. A participle the tagger
// took for a past ("people appointed/VBD to …") is no such verb, and a
// wh-clause after the sentence's verb is its object, not its subject.
func TestContentEndsWithWhClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The gap between the plan and how experts say it would shape the law has endured for years.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "experts", content: one("it would shape the law")}}, ""},
		{"The jams were unknown until months later, when emails revealed the delays were inflicted by people appointed to their jobs by Ana Velk.",
			[]frame{{cue: "revealed", shape: cue.SpeakerFirst, speaker: "emails", content: one("the delays were inflicted by people appointed to their jobs by Ana Velk")}}, ""},
		// a wh-clause that is a verb's object goes on to the end
		{"Tad Arno agreed with what Ana Velk said that she thinks the ferries the council chose are too old.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("she thinks the ferries the council chose are too old")}}, "said"},
	})
}
