package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCellsAtMostBoundsTheWidth: fits and assertFits take a line within
// cellsAtMost's count for one that fits without measuring it, so the
// count must never be below the width ansi measures, whatever the line.
func TestCellsAtMostBoundsTheWidth(t *testing.T) {
	lines := []string{
		"", "plain", "東京 Talks", "😀😀 and 👩‍👩‍👧 and 🇹🇼", "e\u0301 combining", "\u200bzero width",
		"\x1b[1;38;5;212m▌\x1b[0m Tesmar", "\x1b[38;2;1;2;3mtrue colour\x1b[m",
		"\x1b]8;;https://example.org\x07link\x1b]8;;\x07", "\x1b]0;title\x1b\\after",
		"\x1b[ hello", "\x1b[é malformed", "\x1b[", "\x1b", "\x1b[12", "\x9b31mC1", "tab\there",
		"\x1b[?25l\x1b[2Jcleared", strings.Repeat("東", 40) + "\x1b[0m",
	}
	for _, l := range lines {
		if bound, cells := cellsAtMost(l), ansi.StringWidth(l); bound < cells {
			t.Errorf("%q: counted at most %d cells, ansi measures %d", l, bound, cells)
		}
	}
	// Each character counted one cell at most, alone and as the line's
	// last, after a plain one.
	for r := rune(0x80); r <= 0x28ff; r++ {
		if runeCellsAtMost(r) != 1 {
			continue
		}
		for _, l := range []string{string(r), "a" + string(r)} {
			if bound, cells := cellsAtMost(l), ansi.StringWidth(l); bound < cells {
				t.Errorf("%q (U+%04X): counted at most %d cells, ansi measures %d", l, r, bound, cells)
			}
		}
	}
}
