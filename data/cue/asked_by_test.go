package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestAskedByAgent: the agent of an opening "Asked by X" put the question
// that follows it, when the text gives one (a whether-, if- or wh-clause,
// an infinitive); the main clause's answer is a frame of its own.
func TestAskedByAgent(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Asked by Tam Orvel whether the ferry would run, Velk said it would not.",
			[]frame{{cue: "Asked", shape: cue.Inverted, speaker: "Tam Orvel", content: one("whether the ferry would run")}}, "Asked"},
		{"When asked by a reporter if the port was open, Velk said, “You tell me.”",
			[]frame{{cue: "asked", shape: cue.Inverted, speaker: "a reporter", content: one("if the port was open")}}, "asked"},
		{"Asked by Orvel to respond to the criticism, Velk said, “We stand by the plan.”",
			[]frame{{cue: "Asked", shape: cue.Inverted, speaker: "Orvel", content: one("to respond to the criticism")}}, "Asked"},
		// no question after the agent, or an agent who asks nothing
		{"Asked by Orvel about the ferry, Velk said it would not run.", nil, "Asked"},
		{"Asked by the crisis to act, Velk said the port would stay shut.", nil, "Asked"},
		// not an opener: the participle of a passive
		{"Velk was asked by Orvel whether the ferry would run.", nil, "asked"},
	})
}
