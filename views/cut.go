package views

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// cut is ansi.Truncate(s, width, "…"), sooner for the lines a frame is
// made of. Fit and the list's entries cut every line of every frame, and
// ansi.Truncate measures a line grapheme by grapheme even when it fits:
// under the race detector that was much of a frame's work (issue #13).
// A line that plainCells can measure and that fits is returned as it is,
// as ansi.Truncate returns it.
func cut(s string, width int) string {
	n, ok := plainCells(s)
	switch {
	case !ok:
		return ansi.Truncate(s, width, "…")
	case n <= width:
		return s
	}
	return cutPlain(s, width-1)
}

// cutPlain is ansi.Truncate(s, length+1, "…") for a line plainCells
// measured wider than that: its first length cells, "…", and every
// escape sequence after them, which ansi keeps too, so that the styling
// a line closes is closed. A wide character that would end past length
// cells is cut with what follows, as ansi cuts it. A frame at a narrow
// width cuts most of its lines, and ansi walked each grapheme by
// grapheme (issue #13).
func cutPlain(s string, length int) string {
	if length < 0 {
		return ""
	}
	b := make([]byte, 0, min(len(s), 4*length+64))
	cells, cut := 0, false
	for i := 0; i < len(s); {
		if s[i] == 0x1b { // a whole CSI sequence: plainCells checked
			j := i + 2
			for s[j] >= 0x30 && s[j] <= 0x3f {
				j++
			}
			for s[j] >= 0x20 && s[j] <= 0x2f {
				j++
			}
			b = append(b, s[i:j+1]...)
			i = j + 1
			continue
		}
		size, w := 1, 1
		if s[i] >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if twoCells(r) {
				w = 2
			}
		}
		switch {
		case cut:
		case cells+w <= length:
			b = append(b, s[i:i+size]...)
			cells += w
		default:
			b = append(b, "…"...)
			cut = true
		}
		i += size
	}
	return string(b)
}

// plainCells is the cells s takes when it holds only CSI escape
// sequences and characters that join no neighbour into one grapheme
// (ok), which is then what ansi.StringWidth says: printable ASCII and
// the runes of oneCell, one cell each, and of twoCells, two. Anything
// else (another escape, a control character, another wide rune or a
// combining one, a CSI sequence cut short) is not ok, and ansi measures
// it.
func plainCells(s string) (cells int, ok bool) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			cells++
			i++
		case c == 0x1b && i+1 < len(s) && s[i+1] == '[':
			// ESC [, parameter bytes, then intermediate bytes, then a
			// final byte (ECMA-48 5.4): a parameter byte after an
			// intermediate one ends the sequence for ansi's parser,
			// which then counts what follows ("\x1b[ 0A" is one cell).
			j := i + 2
			for j < len(s) && s[j] >= 0x30 && s[j] <= 0x3f {
				j++
			}
			for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
				j++
			}
			if j == len(s) || s[j] < 0x40 || s[j] > 0x7e {
				return 0, false
			}
			i = j + 1
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case oneCell(r):
				cells++
			case twoCells(r):
				cells += 2
			default:
				return 0, false
			}
			i += size
		default:
			return 0, false
		}
	}
	return cells, true
}

// oneCell reports the runes beyond ASCII that brief's own lines are
// made of (letters with accents, dashes, quotation marks, bullets,
// arrows, box drawing and blocks, the spinner's braille, ✓ ✗ ★) whose
// width is one cell and which join no neighbour: TestOneCellIsOneCell
// checks every one against ansi.StringWidth.
func oneCell(r rune) bool {
	switch {
	case r >= 0xa0 && r <= 0x17f: // Latin-1 and Latin Extended-A
		return r != 0xad // soft hyphen: no cell
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205e: // punctuation
		return true
	case r >= 0x2190 && r <= 0x21ff: // arrows
		return true
	case r >= 0x2500 && r <= 0x25fc: // box drawing, blocks, shapes (◽◾ are wide)
		return true
	case r >= 0x2800 && r <= 0x28ff: // braille
		return true
	case r == 0x2605, r == 0x2606, r >= 0x2713 && r <= 0x2718: // ★ ☆ ✓ ✔ ✕ ✖ ✗ ✘
		return true
	}
	return false
}

// twoCells reports the wide runes that join no neighbour of plainCells'
// into one grapheme: the CJK ideographs and the emoticons (none of the
// emoji modifiers, selectors or joiners that would join them is plain).
// A story of the Asia desk, or a name written in Han, was measured by
// ansi grapheme by grapheme in every frame (issue #13). TestTwoCellsIsTwoCells
// checks every one against ansi.StringWidth.
func twoCells(r rune) bool {
	return r >= 0x4e00 && r <= 0x9fff || r >= 0x1f600 && r <= 0x1f64f
}
