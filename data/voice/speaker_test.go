package voice

import (
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/lexicon"
)

// TestSameOffice: two titles name one office when their title words and
// [office links] agree up to the second's end, and what the held title
// adds after that goes on with "of".
func TestSameOffice(t *testing.T) {
	l, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		held, title string
		want        bool
	}{
		{"Secretary of State", "the Secretary", true},
		{"Kestrian Foreign Minister", "the Foreign Minister", true},
		{"Vice President", "President", false},
		{"Secretary", "Secretary of State", false},
		{"Minister of Trade and Ports", "Minister of Trade", false},
	} {
		if got := sameOffice(l, strings.Fields(c.held), strings.Fields(c.title)); got != c.want {
			t.Errorf("sameOffice(%q, %q) = %v, want %v", c.held, c.title, got, c.want)
		}
	}
}
