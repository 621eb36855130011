package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestWhereClauseAfterContent: ", where …" after the reported clause is
// the writer's when it tells a fact of the place, and goes on with what
// the speaker foresees when its verb is a modal's.
func TestWhereClauseAfterContent(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The ministry has said it believes the law could result in reprisals, where other states would change their own laws.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "The ministry", content: one("it believes the law could result in reprisals, where other states would change their own laws")}}, "said"},
		{"Velk's campaign said it would seek a recount in the Kestria primary, where he trailed Arno by 2,000 votes.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Velk's campaign", content: one("it would seek a recount in the Kestria primary")}}, "said"},
		{"Ana Velk said the talks would resume in Port Selin, when the envoys return.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks would resume in Port Selin, when the envoys return")}}, "said"},
	})
}

// TestPlaceInsideObject: "Tulsa, Okla., police officer" is one noun
// phrase, whose commas end no object; after the place, a preposition
// ends it as before.
func TestPlaceInsideObject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk criticized Tulsa, Okla., police officer Jonas Vell for arresting the reporters.",
			[]frame{{cue: "criticized", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("Tulsa, Okla., police officer Jonas Vell for arresting the reporters")}}, "criticized"},
	})
}

// TestNamesInsideObject: names in apposition to an object ("two
// developers, Ana Velk and Jonas Vell, with fraud") end no object; a
// place's abbreviation is no name.
func TestNamesInsideObject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Prosecutors charged two Orlavian developers, Ana Velk and Jonas Vell, with defrauding investors.",
			[]frame{{cue: "charged", shape: cue.SpeakerFirst, speaker: "Prosecutors", content: one("two Orlavian developers, Ana Velk and Jonas Vell, with defrauding investors")}}, "charged"},
		{"Ana Velk thanked her good friend, Minister Jonas Vell, for hosting the talks.",
			[]frame{{cue: "thanked", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("her good friend, Minister Jonas Vell, for hosting the talks")}}, "thanked"},
	})
}

// TestChargeOfPossessedThing: "of" after a thing a possessor owns
// completes it ("the party's lack of awareness") and charges nobody; after
// a person, or a pronoun's possession, it opens the charge.
func TestChargeOfPossessedThing(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk criticized the party's lack of interest in the coast.",
			[]frame{{cue: "criticized", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the party's lack of interest in the coast")}}, "criticized"},
		{"Ana Velk blamed Orlavia's invasion of Kestria for higher grain prices.",
			[]frame{{cue: "blamed", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("Orlavia's invasion of Kestria for higher grain prices")}}, "blamed"},
		{"Ana Velk accused his predecessor of lying about the harbour.",
			[]frame{{cue: "accused", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("lying about the harbour")}}, "accused"},
	})
}

// TestNameAndItsReason: "called Y “X” for Z" says what earned the name
// with it; an adjunct after a comma or another preposition stays out.
func TestNameAndItsReason(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk called him “a genius” for his handling of the harbour.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("him “a genius” for his handling of the harbour")}}, "called"},
		{"Ana Velk called them “thugs” without proof.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("them “thugs")}}, "called"},
	})
}
