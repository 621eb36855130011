package mention

import (
	"testing"

	"github.com/brief-reader/brief/data/syntax"
)

// TestQuantityOpensOnlyBeforeANumber: "about", "over", "under" open a
// speaker's phrase as a quantity only before a number; before anything
// else they are the preposition of the clause before.
func TestQuantityOpensOnlyBeforeANumber(t *testing.T) {
	f := testFinder(t)
	cases := []struct{ sentence, phrase, text string }{
		{"About 300 protesters said the talks were over.", "300 protesters", "About 300 protesters"},
		{"A young woman asked Velk about several women in the hall.", "several women", "several women"},
		{"More than a dozen firms committed to the plan.", "a dozen firms", "More than a dozen firms"},
		{"Over 40 officials resigned, and over several weeks officials met.", "several weeks", "several weeks"},
	}
	for _, c := range cases {
		s := sentence(t, f, c.sentence)
		m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), syntax.Phrase{})
		if m.Text != c.text {
			t.Errorf("%q: text %q, want %q", c.sentence, m.Text, c.text)
		}
	}
}
