package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestPhraseAfterAdverbs: an adverb between a verb and the rest of its
// phrase ("spoke emotionally of", "called again for") joins no noun, so
// the phrase is still the cue; a negation there says nothing was said.
func TestPhraseAfterAdverbs(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk spoke emotionally of her years at the Tesmar embassy.",
			[]frame{{cue: "spoke emotionally of", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("her years at the Tesmar embassy")}}, ""},
		{"Jonas Arno called again for the minister to resign.",
			[]frame{{cue: "called again for", shape: cue.SpeakerFirst, speaker: "Jonas Arno", content: one("the minister to resign")}}, ""},
		{"The Orlavian envoy pointed out that the port was closed.",
			[]frame{{cue: "pointed out", shape: cue.SpeakerFirst, speaker: "The Orlavian envoy", content: one("the port was closed")}}, ""},
		// a preposition after a noun is the noun's: no phrase
		{"Ana Velk spoke to reporters of the Tesmar Journal.", nil, "spoke"},
	})
}

// TestToutAndPointTo: "touted X" and "pointed to X" report what their
// subject put forward, as "cited X" does.
func TestToutAndPointTo(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk touted her record on ferries.",
			[]frame{{cue: "touted", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("her record on ferries")}}, ""},
		{"Jonas Arno pointed to the new harbour as proof of progress.",
			[]frame{{cue: "pointed to", shape: cue.SpeakerFirst, speaker: "Jonas Arno", content: one("the new harbour as proof of progress")}}, ""},
	})
}

// TestDescribeTwoObjects: a verb of describing may name two objects
// joined by "and" at once; both and the name are the content.
func TestDescribeTwoObjects(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Orlavian senators called the citation and the demand for Velk's appearance a transparent ploy.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Orlavian senators", content: one("the citation and the demand for Velk's appearance a transparent ploy")}}, ""},
		{"Orlavian senators called the citation a ploy.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Orlavian senators", content: one("the citation a ploy")}}, ""},
	})
}

// TestSecondVerbPastRelative: a finite verb after ", and" goes on with
// the main clause's subject, past a relative clause set off by commas;
// a gerund there may be a list's item and is left to its own reading.
func TestSecondVerbPastRelative(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Mr. Arno generally supported Democrats during his time at Tesmar Radio, which let him go in 2015, and said he did not support Velk.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Mr. Arno", content: one("he did not support Velk"), chained: true}}, "said"},
		// a "who" clause goes on with its person's next verb
		{"The first was at the airport, where he had a briefing from the Orlavian minister, Ana Velk, who walked him through the harbour system, and also talked to him about a new technology.",
			[]frame{{cue: "talked", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("a new technology"), chained: true}}, "talked"},
		// inside a that-clause the second verb is the clause's own
		{"Today Velk learned that the Tesmar port has recovered all of the jobs lost during the storm, and added jobs on top of that.",
			[]frame{{cue: "added", shape: cue.SpeakerFirst, speaker: "the Tesmar port", content: one("jobs on top of that"), chained: true}}, "added"},
	})
}

// TestAspectWithParticle: a verb of aspect with its particle ("went on
// to explain") reports what the infinitive says, as "continues to" does.
func TestAspectWithParticle(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Velk went on to explain how cuts to ferry spending left the port without crews.",
			[]frame{{cue: "explain", shape: cue.SpeakerFirst, speaker: "Velk", content: one("how cuts to ferry spending left the port without crews")}}, "explain"},
		{"Velk declined to explain how the cuts were made.", nil, "explain"},
	})
}

// TestTimeBeforeTime: "said Monday morning" ends the clause as "said
// Monday" does: a time word before another is no noun's modifier.
func TestTimeBeforeTime(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The ferries will sail again soon, a spokesman said Monday morning.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "a spokesman", content: one("The ferries will sail again soon")}}, ""},
		{"The ferries will sail again soon, Velk said Tuesday night.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: one("The ferries will sail again soon")}}, ""},
	})
}

// TestTimeThenComma: a comma after the time of a saying closes it, and a
// clause after it is what was said; a clause of "as" is the writer's.
func TestTimeThenComma(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Velk said earlier today, the President needs to be more vocal on the issue.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the President needs to be more vocal on the issue")}}, ""},
		{"The plan is an insult, top lawmakers said Friday afternoon, as they bristled at the questions.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "top lawmakers", content: one("The plan is an insult")}}, ""},
		{"As President Velk said yesterday, we’d welcome that, but we haven’t seen it on the ground.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "President Velk", content: one("we’d welcome that, but we haven’t seen it on the ground")}}, ""},
		{"I said this yesterday, the Minister said this in her statement, that Tesmar is an important ally.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "the Minister", content: one("Tesmar is an important ally")}}, "said"},
		{"Velk discussed next month’s harbour summit with Arno.",
			[]frame{{cue: "discussed", shape: cue.SpeakerFirst, speaker: "Velk", content: one("next month’s harbour summit with Arno")}}, ""},
	})
}

// TestNameAfterOpeningPhrase: a name that ends an opening prepositional
// phrase after a common noun, with no comma, is the verb's subject.
func TestNameAfterOpeningPhrase(t *testing.T) {
	checkFrames(t, []frameCase{
		{"In a Tesmar Radio interview Velk declared “I think the pact may be obsolete.”",
			[]frame{{cue: "declared", shape: cue.SpeakerFirst, speaker: "Velk", content: one("“I think the pact may be obsolete")}}, ""},
		{"In a harbour speech Ana Velk declared that the pact was dead.",
			[]frame{{cue: "declared", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the pact was dead")}}, ""},
	})
}
