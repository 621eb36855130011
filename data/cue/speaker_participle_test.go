package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestTimeOfParticipleInSpeaker: a phrase of time after a participle
// that follows its noun belongs to the participle, inside the speaker
// ("a report published on Wednesday said"); after a name it is when the
// speaker spoke ("Jonas Vell on Tuesday said").
func TestTimeOfParticipleInSpeaker(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The talks are over, a report published on Wednesday said.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "a report published on Wednesday", content: one("The talks are over")}}, ""},
		{"The harbour will close, documents filed on Sunday night revealed.",
			[]frame{{cue: "revealed", shape: cue.ContentFirst, speaker: "documents filed on Sunday night", content: one("The harbour will close")}}, ""},
		{"Jonas Vell on Tuesday said the talks had failed.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the talks had failed")}}, ""},
	})
}

// TestTimeAfterNameBeforeVerb: words of time that a name or a speaker's
// noun runs into, with no preposition ("Vice President Ana Velk last
// month announced"), are when, and the name before them speaks; a name
// whose last word is a time is all speaker.
func TestTimeAfterNameBeforeVerb(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Jonas Vell last week said the talks had failed.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the talks had failed")}}, ""},
		{"In her role on migration with Tesmar, Orlavia, and Kestria, as well as with Varanda, Vice President Ana Velk last month announced a Call to Action.",
			[]frame{{cue: "announced", shape: cue.SpeakerFirst, speaker: "Vice President Ana Velk", content: one("a Call to Action")}}, ""},
		{"The minister last month announced a plan for the port.",
			[]frame{{cue: "announced", shape: cue.SpeakerFirst, speaker: "The minister", content: one("a plan for the port")}}, ""},
		{"Last month announced a plan for the port.", nil, "announced"},
	})
}

// TestRelativeClauseThenAside: a relative clause after the subject,
// closed by a comma, then a short aside before the verb ("The judges who
// ruled …, for instance, said"): the relative clause is the aside about
// the speaker.
func TestRelativeClauseThenAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The judges who ruled that Kestria could not close the port, for instance, said the problem was the fee.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "The judges", aside: "who ruled that Kestria could not close the port", content: one("the problem was the fee")}}, "said"},
	})
}

// TestWithPhraseParticiplePastAside: ", with X — an aside — V-ing …"
// is X's saying as ", with X V-ing …" is; the aside is about X. Without
// the comma "with X" is a noun's ("conversations with X") and says
// nothing.
func TestWithPhraseParticiplePastAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The tax has become a major issue in the campaign, with Ana Velk — who has called for higher rates — lambasting the Kestrian plan.",
			[]frame{{cue: "lambasting", shape: cue.SpeakerFirst, speaker: "Ana Velk", aside: "who has called for higher rates", content: one("the Kestrian plan")}}, ""},
		{"The tax has become a major issue in the campaign, with Ana Velk lambasting the Kestrian plan.",
			[]frame{{cue: "lambasting", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the Kestrian plan")}}, ""},
		{"We have conversations with the Government of Tesmar – a member of the council – urging them to stop the raids.",
			nil, ""},
	})
}

// TestParticipleAfterPerceiving: "X can be heard yelling that …", "X was
// heard on a microphone saying: …": the one perceived says what the
// participle of saying reports; a picture of X doing something to an
// object ("is shown discussing his plan") says nothing of its own.
func TestParticipleAfterPerceiving(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk can be heard yelling to the officers that her husband was unarmed.",
			[]frame{{cue: "yelling", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("her husband was unarmed"), chained: true}}, ""},
		{"Tad Arno was overheard on a microphone saying that the talks were over.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "Tad Arno", content: one("the talks were over"), chained: true}}, ""},
		{"The Kestrian candidate is shown discussing his plan to close the border.", nil, "discussing"},
	})
}

// TestGerundAfterPossessedGerund: a gerund joined by "and" to a gerund
// with its own possessive subject ("includes her pleading with … and
// begging …") is that subject's, not the clause's; without one it goes on
// with the clause's subject.
func TestGerundAfterPossessedGerund(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The Kestrian recording includes her pleading with the officers and begging her husband to stay in the car.",
			[]frame{{cue: "begging", shape: cue.SpeakerFirst, speaker: "her", content: one("her husband to stay in the car"), chained: true}}, "begging"},
		{"Ana Velk spent the day visiting farms and telling voters that taxes would fall.",
			[]frame{{cue: "telling", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("taxes would fall"), chained: true}}, "telling"},
	})
}
