package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestObjectEndsBeforeWritersAsClause: after content that is an object,
// "as" and a clause with a named or pronoun subject tell what happened
// meanwhile, in the writer's words; after a clause, or as a role or a
// comparison, "as" goes on with what was said.
func TestObjectEndsBeforeWritersAsClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The council condemned the latest missile launch as Orlavia fired three missiles into the sea.",
			[]frame{{cue: "condemned", shape: cue.SpeakerFirst, speaker: "The council", content: one("the latest missile launch")}}, "condemned"},
		{"The poll indicates a tightening race as Velk consolidates the support of his party.",
			[]frame{{cue: "indicates", shape: cue.SpeakerFirst, speaker: "The poll", content: one("a tightening race")}}, "indicates"},
		// a clause's own as-clause, a pronoun's, an aside, a role, a comparison
		{"Ana Velk congratulated the people of Tesmar as they celebrate their national day.",
			[]frame{{cue: "congratulated", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the people of Tesmar as they celebrate their national day")}}, "congratulated"},
		{"Ana Velk raised concerns in private – as Tesmar has in public – about the arrests.",
			[]frame{{cue: "raised", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("concerns in private – as Tesmar has in public – about the arrests")}}, "raised"},
		{"Jonas Vell said the envoys found the documents as they searched the archive.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the envoys found the documents as they searched the archive")}}, "said"},
		{"The council condemned the decision to name Velk as the envoy for the talks.",
			[]frame{{cue: "condemned", shape: cue.SpeakerFirst, speaker: "The council", content: one("the decision to name Velk as the envoy for the talks")}}, "condemned"},
		{"The council condemned a levy as high as Orlavia has ever imposed.",
			[]frame{{cue: "condemned", shape: cue.SpeakerFirst, speaker: "The council", content: one("a levy as high as Orlavia has ever imposed")}}, "condemned"},
	})
}

// TestObjectEndsBeforeSpeakersOwnAsClause: after an object, "as" and
// "he" or "she" standing for the speaker tell what the speaker did
// meanwhile, the writer's narration; a pronoun of someone else's, or an
// as-clause after a clause, stays in the content.
func TestObjectEndsBeforeSpeakersOwnAsClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Lena Velk shouted insults as she hurried toward the gate.",
			[]frame{{cue: "shouted", shape: cue.SpeakerFirst, speaker: "Lena Velk", content: one("insults")}}, "shouted"},
		{"She shouted insults as she hurried toward the gate.",
			[]frame{{cue: "shouted", shape: cue.SpeakerFirst, speaker: "She", content: one("insults")}}, "shouted"},
		{"Jonas Vell praised the minister as she left the hall.",
			[]frame{{cue: "praised", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the minister as she left the hall")}}, "praised"},
		{"Lena Velk said the envoys had left as she arrived.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Lena Velk", content: one("the envoys had left as she arrived")}}, "said"},
	})
}
