package data

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// sanitizeByteByByte is sanitize as it was written first, one piece at a
// time from the start: the reference for the copy by runs.
func sanitizeByteByByte(s string, mode sanitizeMode) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\n' && mode == modeLine, c == '\t':
			b.WriteByte(' ')
			i++
		case c == '\n':
			b.WriteByte('\n')
			i++
		case c == 0x1b:
			end := skipEscape(s, i)
			if mode == modeStyled && isSGR(s[i:end]) {
				b.WriteString(s[i:end])
			}
			i = end
		case c < 0x20 || c == 0x7f:
			i++
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				b.WriteRune(utf8.RuneError)
				i++
			case r >= 0x80 && r <= 0x9f:
				i = skipC1(s, i, r, size)
			case r == 0x2028 || r == 0x2029:
				b.WriteByte(' ')
				i += size
			case invisible(r):
				i += size
			default:
				b.WriteString(s[i : i+size])
				i += size
			}
		}
	}
	return b.String()
}

// TestSanitizeByRunsIsByteByByte: sanitize copies what needs no change a
// run at a time, and a styled screen's SGR sequences count as such runs;
// its output in every mode is still the reference's, piece by piece, for
// strings of every piece the gate knows, clean and hostile, in random
// order and at random cuts.
func TestSanitizeByRunsIsByteByByte(t *testing.T) {
	t.Parallel()
	pieces := []string{
		"Port Selin", " ", "said", ".", "“", "—", "東京", "😀", "\n", "\t", "\r", "\x00", "\x7f",
		"\x1b[1;38;5;196m", "\x1b[0m", "\x1b[m", "\x1b[38:2::1:2:3m", "\x1b[2J", "\x1b[?25l", "\x1b[1;31",
		"\x1b]0;owned\x07", "\x1b]8;;http://x\x1b\\", "\x1bPq\x1b\\", "\x1b_apc\x1b\\", "\x1b7", "\x1b(B", "\x1b",
		"\u0085", "\u009b2J", "\u009d0;t\u009c", "\u009fapc\u009c", "\u202e", "\u2066", "\u200b", "\ufeff",
		"\u00ad", "\U000E0041", "\u2028", "\xff", "\xe6\x9d", "http://ana:secret@host/feed",
	}
	var inputs []string
	for _, p := range pieces {
		inputs = append(inputs, p, "a"+p+"b", p+p)
	}
	rng := rand.New(rand.NewPCG(13, 11))
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		inputs = append(inputs, s, s[:rng.IntN(len(s)+1)], s[rng.IntN(len(s)+1):])
	}
	for _, in := range inputs {
		for _, mode := range []sanitizeMode{modeText, modeLine, modeStyled} {
			if got, want := sanitize(in, mode), sanitizeByteByByte(in, mode); got != want {
				t.Fatalf("sanitize(%q, %d) = %q, want %q", in, mode, got, want)
			}
		}
	}
}

// A styled screen with nothing to take out is handed back as it is:
// PrintableScreen gates every frame.
func TestPrintableScreenOfACleanScreenDoesNotAllocate(t *testing.T) {
	line := "\x1b[1;38;5;252mTalks in Port Selin\x1b[0m \x1b[38;5;241m3 of 12 · 東京\x1b[0m  “Quiet progress,” Ilse Marrow said."
	screen := strings.Repeat(line+"\n", 23) + line
	allocs := testing.AllocsPerRun(100, func() {
		if PrintableScreen(screen) != screen {
			t.Fatal("a clean screen changed")
		}
	})
	if allocs != 0 {
		t.Errorf("PrintableScreen of a clean screen allocated %v times", allocs)
	}
}
