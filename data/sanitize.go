package data

import (
	"strings"
	"unicode/utf8"
)

// Sanitize makes untrusted text safe to print on a terminal. Briefings come
// from files, feeds and web pages that anyone can write, and a terminal acts
// on control characters and escape sequences (moving the cursor, setting the
// clipboard with OSC 52, planting OSC 8 hyperlinks), while bidi and
// zero-width characters can make text read differently from what it is.
//
// It removes C0 controls (tab becomes a space, newline is kept), DEL, C1
// controls, whole escape sequences with their payload (CSI, OSC, DCS, SOS,
// PM, APC and two- or three-byte ESC sequences, in their 7-bit and C1
// forms), bidi controls and invisible format characters. Invalid UTF-8
// becomes U+FFFD. Clean text, the common case, is returned as is without
// allocating.
func Sanitize(s string) string {
	return sanitize(s, modeText)
}

// SanitizeLine is Sanitize for one-line fields (titles, names, labels):
// newlines become spaces too and the ends are trimmed.
func SanitizeLine(s string) string {
	return strings.TrimSpace(sanitize(s, modeLine))
}

// sanitizeMode is what sanitize keeps.
type sanitizeMode int

const (
	modeText   sanitizeMode = iota // newlines kept
	modeLine                       // newlines become spaces
	modeStyled                     // newlines and SGR sequences kept (PrintableScreen)
)

func sanitize(s string, mode sanitizeMode) string {
	i := cleanPrefix(s, mode)
	if i == len(s) {
		return s
	}
	// What needs no change is copied a run at a time, between the
	// pieces that do: a styled screen (PrintableScreen, every frame) is
	// mostly such runs, and copying it byte by byte was most of the gate's
	// cost.
	var b strings.Builder
	b.Grow(len(s))
	for {
		b.WriteString(s[:i])
		if i == len(s) {
			return b.String()
		}
		s = s[i+sanitizeOne(&b, s[i:], mode):]
		i = cleanPrefix(s, mode)
	}
}

// sanitizeOne writes what replaces the piece at the start of s, which
// cleanPrefix stopped at (a control, an escape sequence, a character
// dropped or replaced), and returns how many bytes it took.
func sanitizeOne(b *strings.Builder, s string, mode sanitizeMode) int {
	c := s[0]
	switch {
	case c == '\n':
		if mode == modeLine {
			b.WriteByte(' ')
		} else {
			b.WriteByte('\n')
		}
		return 1
	case c == '\t':
		b.WriteByte(' ')
		return 1
	case c == 0x1b:
		end := skipEscape(s, 0)
		if mode == modeStyled && isSGR(s[:end]) {
			b.WriteString(s[:end])
		}
		return end
	case c < 0x20 || c == 0x7f:
		return 1
	case c < utf8.RuneSelf:
		b.WriteByte(c)
		return 1
	}
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == utf8.RuneError && size == 1:
		b.WriteRune(utf8.RuneError)
		return 1
	case r >= 0x80 && r <= 0x9f:
		return skipC1(s, 0, r, size)
	case r == 0x2028 || r == 0x2029:
		// Line and paragraph separators would break lines behind
		// the layout's back.
		b.WriteByte(' ')
		return size
	case invisible(r):
		return size
	}
	b.WriteString(s[:size])
	return size
}

// cleanPrefix returns the length of the longest prefix of s that needs no
// change in this mode, so clean text costs one scan and no allocation. A
// styled screen's SGR sequences are clean: PrintableScreen keeps them.
func cleanPrefix(s string, mode sanitizeMode) int {
	oneLine := mode == modeLine
	i := 0
	for i < len(s) {
		// Eight bytes at a time while they are printable ASCII, the
		// bulk of any text.
		for i+8 <= len(s) && printableASCII8(s[i:i+8]) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != 0x7f || c == '\n' && !oneLine {
				i++
				continue
			}
			if c == 0x1b && mode == modeStyled {
				if end := skipEscape(s, i); isSGR(s[i:end]) {
					i = end
					continue
				}
			}
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r <= 0x9f || r == 0x2028 || r == 0x2029 || invisible(r) {
			return i
		}
		i += size
	}
	return i
}

// printableASCII8 reports whether the eight bytes at the start of b are
// all in 0x20–0x7E, testing them as one word: a byte below 0x20 borrows
// into its top bit when 0x20 is subtracted, 0x7F carries into it when 1
// is added, and a byte from 0x80 has it already.
func printableASCII8[T string | []byte](b T) bool {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	return ((w-0x20*ones)&^w|(w+ones)|w)&tops == 0
}

// invisible reports bidi controls and format characters that draw nothing
// but change how the text around them reads.
func invisible(r rune) bool {
	switch {
	case r < 0xad:
		return false
	case r == 0xad, r == 0x61c, r == 0x180e:
		return true
	case r >= 0x200b && r <= 0x200f: // zero-width space/joiners, LRM, RLM
		return true
	case r >= 0x202a && r <= 0x202e: // bidi embeddings and overrides
		return true
	case r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069: // word joiner…, bidi isolates
		return true
	case r == 0xfeff, r >= 0xfff9 && r <= 0xfffb:
		return true
	case r >= 0xe0000 && r <= 0xe007f: // tag characters
		return true
	}
	return false
}

// skipEscape returns the index just past the escape sequence starting at
// s[i] == ESC. An unterminated string sequence runs to the end, as it would
// on a terminal; a truncated CSI drops only what was read.
func skipEscape(s string, i int) int {
	i++ // ESC
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']':
		return skipString(s, i+1, true)
	case 'P', 'X', '^', '_': // DCS, SOS, PM, APC
		return skipString(s, i+1, false)
	}
	// nF sequences: intermediates 0x20–0x2F then one final byte
	// ("ESC ( B"); Fp/Fe/Fs: one byte 0x30–0x7E ("ESC 7", "ESC c").
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// isSGR reports whether seq is one whole Select Graphic Rendition
// sequence: ESC [ parameters m.
func isSGR(seq string) bool {
	if len(seq) < 3 || seq[1] != '[' || seq[len(seq)-1] != 'm' {
		return false
	}
	for i := 2; i < len(seq)-1; i++ {
		if c := seq[i]; (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}

// skipC1 handles a C1 control rune of the given size at s[i]: the 8-bit
// introducers of CSI, OSC, DCS, SOS, PM and APC take their payload with them.
func skipC1(s string, i int, r rune, size int) int {
	switch r {
	case 0x9b:
		return skipCSI(s, i+size)
	case 0x9d:
		return skipString(s, i+size, true)
	case 0x90, 0x98, 0x9e, 0x9f:
		return skipString(s, i+size, false)
	}
	return i + size
}

// skipCSI skips parameter bytes, intermediate bytes and the final byte.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips a control string up to and including its terminator:
// ST (ESC \ or U+009C), or BEL for OSC.
func skipString(s string, i int, bel bool) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07 && bel:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c:
			return i + 2
		}
		i++
	}
	return i
}

// Limits on one-line text read from outside. A title is a line on screen
// and a key in a file's front matter: a feed with a title of a megabyte
// would be stored, fail to load at every start, and fill a terminal with
// its error. A message (an error's reason) names a problem, which takes a
// line or two, however much of the input it quotes.
const (
	MaxTitle   = 1 << 10 // bytes
	MaxMessage = 4 << 10 // bytes
)

// CapLine cuts s to at most max bytes, at a character and, when one is
// near, a space, and marks the cut with "…".
func CapLine(s string, max int) string {
	if len(s) <= max {
		return s
	}
	const mark = "…"
	cut := max - len(mark)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut*3/4 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ") + mark
}
