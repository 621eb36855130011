package text

import (
	"math/rand/v2"
	"testing"
)

// TestCaseFlagsASCIIAsRunes: the byte-by-byte reading of an ASCII word
// gives the flags the rune-by-rune one gives.
func TestCaseFlagsASCIIAsRunes(t *testing.T) {
	const alphabet = "aZbY09zA-.'_x"
	rng := rand.New(rand.NewPCG(3, 9))
	words := []string{"", "a", "A", "US", "U.S.", "McKay", "iPhone", "9/11", "1990s", "K5", "ABC1", "x-RAY"}
	for range 20000 {
		b := make([]byte, 1+rng.IntN(6))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		if got, want := caseFlags(w), caseFlagsRunes(w); got != want {
			t.Fatalf("%q: %v byte by byte, %v rune by rune", w, got, want)
		}
	}
}
