package lexicon

import (
	"slices"
	"testing"
)

// TestClosedWordSections: the small closed classes that the engine once
// spelled out in Go read exactly these words from the files. A word added
// to one changes how sentences are read, so it must be added here too.
func TestClosedWordSections(t *testing.T) {
	l := mustDefault(t)
	cases := []struct {
		section string
		flag    func(*Entry) bool
		words   []string
	}{
		{"coordinators", func(e *Entry) bool { return e.Coordinator }, []string{"and", "but", "nor", "or", "yet"}},
		{"alternative conjunctions", func(e *Entry) bool { return e.Alternative }, []string{"nor", "or"}},
		{"quantifier prepositions", func(e *Entry) bool { return e.InQuantifier }, []string{"than"}},
		{"quantifiers after at", func(e *Entry) bool { return e.AfterAt }, []string{"least"}},
	}
	for _, c := range cases {
		var got []string
		for w, e := range l.words {
			if c.flag(e) {
				got = append(got, w)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, c.words) {
			t.Errorf("[%s] = %q, want %q", c.section, got, c.words)
		}
	}
}
