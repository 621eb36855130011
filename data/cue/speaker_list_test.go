package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestCoordinatedSpeakerList: a list of speakers is taken whole, with
// modifiers that share one head ("current and former"), plural common
// nouns as items, and a list of places joined to the head before it; a
// list that is a verb's object, or cut short at a comma, speaks for no
// one beyond its last item.
func TestCoordinatedSpeakerList(t *testing.T) {
	said := func(speaker string) []frame {
		return []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: speaker, content: one("the talks had failed")}}
	}
	checkFrames(t, []frameCase{
		{"Current and former officials said the talks had failed.", said("Current and former officials"), "said"},
		{"Kestria's president and foreign and defense ministers said the talks had failed.", said("Kestria's president and foreign and defense ministers"), "said"},
		{"Labor unions, environmental groups, and many Orlavian lawmakers said the talks had failed.", said("Labor unions, environmental groups, and many Orlavian lawmakers"), "said"},
		{"A group of 67 Orlavian artists, writers, actors and scientists said the talks had failed.", said("A group of 67 Orlavian artists, writers, actors and scientists"), "said"},
		{"Most Kestrian voters in Ambra, Velsk and Hollin said the talks had failed.", said("Kestrian voters in Ambra, Velsk and Hollin"), "said"},
		// where, not who: a phrase that opens the clause is no list item
		{"In Ambra, Velsk and Hollin said the talks had failed.", said("Velsk and Hollin"), "said"},
		{"In the framework of the partnership, Tesmar and Orlavia said the talks had failed.", said("Tesmar and Orlavia"), "said"},
		// a name's parenthetical does not end the list
		{"Sen. Jon Arno (R-Varn) and Sen. Ana Vell (R-Ostra) said the talks had failed.", said("Sen. Jon Arno (R-Varn) and Sen. Ana Vell"), "said"},
		{"Jon Arno (Varn), Ana Vell (Ostra) and Tom Holt (Hollin) said the talks had failed.", said("Jon Arno (Varn), Ana Vell (Ostra) and Tom Holt"), "said"},
		// a vocative before a list calls on it
		{"Folks, Democrats and Republicans said the talks had failed.", said("Democrats and Republicans"), "said"},
		// a list after a verb is what was done, whatever its last item does
		{"Tesmar helped advance resolutions, joint statements, and interventions responding to the crisis.", nil, "responding"},
	})
}

// TestNameSuffixSpeaker: a suffix after a comma is the name's, not an
// aside that names a role.
func TestNameSuffixSpeaker(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“We will win,” said Jonas R. Vell, Jr., the president.",
			[]frame{{cue: "said", shape: cue.Inverted, speaker: "Jonas R. Vell, Jr.", aside: "the president", content: one("We will win")}}, "said"},
		{"“We will win,” Jonas R. Vell, Jr., the president, said.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Jonas R. Vell, Jr.", aside: "the president", content: one("We will win")}}, "said"},
		{"“We will win,” said Jonas R. Vell, Jr.",
			[]frame{{cue: "said", shape: cue.Inverted, speaker: "Jonas R. Vell, Jr.", content: one("We will win")}}, "said"},
	})
}
