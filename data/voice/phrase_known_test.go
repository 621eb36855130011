package voice

import (
	"strings"
	"testing"
)

// TestKnownAfterRemit: a known person after a title's remit ends the
// title, past the remit's capitalised words and [remit links] ("the",
// "and", "of"); another lower-case word is no remit's.
func TestKnownAfterRemit(t *testing.T) {
	r := testReader(t)
	for _, c := range []struct{ src, name, title string }{
		{"Deputy Adviser for the Court of Water and Roads Mira Holt", "Mira Holt", "Deputy Adviser for the Court of Water and Roads"},
		{"Deputy Adviser for Water Roads Mira Holt", "Mira Holt", "Deputy Adviser for Water Roads"},
		{"Deputy Adviser for Water near Mira Holt", "", "Deputy Adviser"},
	} {
		ws := r.words(c.src)
		m, _, _ := r.memberAt(c.src, ws, 0)
		if strings.Join(m.name, " ") != c.name || strings.Join(m.title, " ") != c.title {
			t.Errorf("%q: name %q title %q, want %q %q", c.src, m.name, m.title, c.name, c.title)
		}
	}
}
