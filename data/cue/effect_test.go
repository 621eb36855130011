package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/text"
)

// TestEffectOfThing: a thing that raises, underscores, highlights, adds
// to or threatens something has an effect, and no one speaks; a person,
// a body, a text or what follows "that" or a colon still says.
func TestEffectOfThing(t *testing.T) {
	fd := newFinder(t)
	cases := []struct {
		sentence string
		effect   bool
	}{
		{"The clash raised serious doubts about the dam.", true},
		{"The latest hiccup adds new fuel to the dispute over the dam.", true},
		{"Velk's visit underscores the partnership between Tesmar and Orlavia.", true},
		{"A pending ballot initiative threatened to raise the wage.", true},
		{"The new findings reinforce the need for a second dam.", true},
		{"Anna Verel raised concerns about the dam.", false},
		{"The ministry highlighted the risk of floods.", false},
		{"The report highlights the risk of floods.", false},
		{"The airline added that flights to Kestria would resume.", false},
		{"Flights will resume, the airline added.", false},
		{"Her visit underscores the partnership.", false},
	}
	for _, c := range cases {
		d := text.Analyze([]string{c.sentence}, fd.lex)
		s := fd.b.Build(d, 0, d.Paragraphs[0].Sentences[0])
		frames := fd.f.Find(&s, 0)
		if len(frames) == 0 {
			t.Errorf("%q: no frame", c.sentence)
			continue
		}
		if got := cue.EffectOfThing(&s, &frames[0]); got != c.effect {
			t.Errorf("%q: EffectOfThing %v, want %v", c.sentence, got, c.effect)
		}
	}
}
