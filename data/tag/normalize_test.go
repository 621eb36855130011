package tag

import (
	"strings"
	"testing"
)

// TestFoldedASCIIAsRunes: the byte-by-byte path for short ASCII words
// folds as the rune-by-rune path does.
func TestFoldedASCIIAsRunes(t *testing.T) {
	t.Parallel()
	words := []string{"", "a", "Said", "U.S.", "don`t", "KESTRIA", "x-ray", "1,200", "don’t", "Ünïcödé", "O’Brien",
		strings.Repeat("Ab", 16), strings.Repeat("Ab", 16) + "c", strings.Repeat("é", 20), "ab\x80cd"}
	for _, w := range words {
		for _, prefix := range []string{"", "x", strings.Repeat("y", 31)} {
			got := string(appendFolded([]byte(prefix), w))
			want := string(appendFoldedRunes([]byte(prefix), w))
			if got != want {
				t.Errorf("%q after %q: %q, rune by rune %q", w, prefix, got, want)
			}
		}
	}
}
