package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestGerundInOpeningPhrase: a gerund of saying in a phrase that opens
// the sentence ("After blasting …, X …", "Noting that …, X …") or stands
// between the subject and its verb ("X, after saying …, …") is said by
// the main clause's subject, and its content ends with the phrase; a
// clause whose subject cannot speak gives it no speaker.
func TestGerundInOpeningPhrase(t *testing.T) {
	checkFrames(t, []frameCase{
		{"After blasting the Orlavian plan for its cost, Anna Verel doubled down on her criticism.",
			[]frame{{cue: "blasting", shape: cue.SpeakerFirst, speaker: "Anna Verel", content: one("the Orlavian plan for its cost"), chained: true}}, ""},
		{"Since announcing in October that she would not run, Anna Verel has been a loyal ally of the president.",
			[]frame{{cue: "announcing", shape: cue.SpeakerFirst, speaker: "Anna Verel", content: one("she would not run"), chained: true}}, ""},
		{"In describing the plan as reckless, the Kestrian ministers missed the point.",
			[]frame{{cue: "describing", shape: cue.SpeakerFirst, speaker: "the Kestrian ministers", content: one("the plan as reckless"), chained: true}}, ""},
		{"Noting that the border was closed, Anna Verel put her finger on the problem.",
			[]frame{{cue: "Noting", shape: cue.SpeakerFirst, speaker: "Anna Verel", content: one("the border was closed"), chained: true}}, ""},
		{"Tomas Brel, after initially saying he would not advertise in Kestria, changed his mind.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "Tomas Brel", content: one("he would not advertise in Kestria"), chained: true}}, ""},
		{"After announcing the truce, the markets in Orlavia rallied.", nil, ""},
		{"Writing for a panel that met in Tesmar, Anna Verel noted the cost.", nil, "Writing"},
	})
}

// TestGerundAfterPreposition: "in" and "upon" hang a gerund of saying on
// the subject of their clause, as "by" does.
func TestGerundAfterPreposition(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Tomas Brel has been the most aggressive in denouncing the Tesmar media.",
			[]frame{{cue: "denouncing", shape: cue.SpeakerFirst, speaker: "Tomas Brel", content: one("the Tesmar media"), chained: true}}, ""},
		{"The minister shut the talks down by rejecting the Orlavian offer.",
			[]frame{{cue: "rejecting", shape: cue.SpeakerFirst, speaker: "The minister", content: one("the Orlavian offer"), chained: true}}, ""},
	})
}

// TestGerundInConcession: a concession that opens the sentence with a
// noun after its gerund is the writer's background, and only the main
// clause's cue speaks; one whose gerund reports a clause is the main
// clause's subject's saying.
func TestGerundInConcession(t *testing.T) {
	checkFrames(t, []frameCase{
		{"While acknowledging the complexity of the talks, Kestrian envoys conveyed that the truce could hold.",
			[]frame{{cue: "conveyed", shape: cue.SpeakerFirst, speaker: "Kestrian envoys", content: one("the truce could hold")}}, ""},
		{"While saying that he respects Anna Verel, Tomas Brel kept his distance from her.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "Tomas Brel", content: one("he respects Anna Verel"), chained: true}}, ""},
		{"While noting that the door remains open, the Kestrian envoy urged Orlavia to return to the talks.",
			[]frame{
				{cue: "noting", shape: cue.SpeakerFirst, speaker: "the Kestrian envoy", content: one("the door remains open"), chained: true},
				{cue: "urged", shape: cue.SpeakerFirst, speaker: "the Kestrian envoy", content: one("Orlavia to return to the talks")},
			}, ""},
	})
}

// TestGerundOpenerNotACue: a gerund that is no verb of saying opens a
// sentence whose cue is a noun: the noun's frame is read as before (the
// opener's rule once read the gerund's lexicon entry, which it has none).
func TestGerundOpenerNotACue(t *testing.T) {
	fd := newFinder(t)
	fd.frames("Just revisiting the warning that you had made last month that Kestria could see floods.")
}

// TestGerundAfterNoun: after a noun the gerund is the noun's part, and
// inside what a cue reports it is that content's: no frame of its own.
func TestGerundAfterNoun(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Anna Verel expressed appreciation for Kestria's role in countering Orlavian aggression.", nil, "countering"},
		{"Tomas Brel praised the Kestrian people for their courage in celebrating this occasion.", nil, "celebrating"},
		{"I urge my fellow Kestrians to join us in celebrating the harvest.", nil, "celebrating"},
	})
}

// TestGerundAfterPartner: the partner a verb of joining takes shares the
// subject's saying: "X joined Y in calling for …" is X's.
func TestGerundAfterPartner(t *testing.T) {
	checkFrames(t, []frameCase{
		{"President Anna Verel joined President Tomas Brel in urging Orlavia to cease its military activities.",
			[]frame{{cue: "urging", shape: cue.SpeakerFirst, speaker: "President Anna Verel", content: one("Orlavia to cease its military activities"), chained: true}}, ""},
		{"Kestria joins the international community in condemning the attack on the Tesmar embassy.",
			[]frame{{cue: "condemning", shape: cue.SpeakerFirst, speaker: "Kestria", content: one("the attack on the Tesmar embassy"), chained: true}}, ""},
		{"Minister Anna Verel then joined other countries in calling for the release of the prisoners.",
			[]frame{{cue: "calling for", shape: cue.SpeakerFirst, speaker: "Minister Anna Verel", content: one("the release of the prisoners"), chained: true}}, ""},
	})
}

// TestGerundInsideContent: a gerund after "in" inside what an earlier cue
// reports stays in that content.
func TestGerundInsideContent(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Anna Verel told Kestria Radio that she was wrong in predicting that prices would fall.",
			[]frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Anna Verel", content: one("she was wrong in predicting that prices would fall")}}, ""},
	})
}
