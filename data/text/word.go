package text

// Where a word ends, which periods belong to it, and the case of its
// letters: the readings of a word's own characters that Tokenize uses.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordEnd finds where the word at i ends: letters and digits, inner
// apostrophes ("O’Brien"), hyphens between letters ("Jean-Marc"), and the
// separators of numbers and dates ("3.8", "2,000", "9/11"). A clitic that
// follows ("’s", "n’t") is not part of the word; its length is returned.
func wordEnd(s string, i int) (end, clitic int) {
	start := i
	for i < len(s) {
		if asciiAlnum[s[i]] {
			i++ // most of a word is ASCII letters: no rune to decode
			continue
		}
		r, n := runeAt(s, i)
		switch {
		case isWordRune(r):
			i += n
			continue
		case isApostrophe(r):
			if c := cliticAt(s, i, n); c > 0 {
				return i, c
			}
			if next, _ := runeAt(s, i+n); isWordRune(next) && i > start {
				// n’t: "don’t" → "do" "n’t"
				if (s[i-1] == 'n' || s[i-1] == 'N') && (next == 't' || next == 'T') && !followsWord(s, i+n+1) && i-1 > start {
					return i - 1, n + 2
				}
				i += n
				continue
			}
		case r == '-' && i > start:
			if next, _ := runeAt(s, i+1); isWordRune(next) {
				i++
				continue
			}
		case (r == '.' || r == ',' || r == ':' || r == '/') && i > start && isDigit(s, i-1) && isDigit(s, i+1):
			i++
			continue
		case r == '.' && i > start && i+1 < len(s) && (s[i+1] >= 'a' && s[i+1] <= 'z' || isDigit(s, i+1)) && isASCIIAlnum(s[i-1]):
			// "Breitbart.com", "state.gov", "BA.5": a period with a
			// lower-case letter or a digit right after it is inside a
			// name, as no sentence starts that way without a space
			i++
			continue
		case r == '+' && i > start && hasUpperASCII(s[start:i]):
			// "K5+", "LGBTQ+": a name's plus sign is part of it (a group
			// wider than the K5), not a symbol after it
			if next, _ := runeAt(s, i+1); !isWordRune(next) {
				i++
			}
		}
		break
	}
	return i, 0
}

func hasUpperASCII(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' {
			return true
		}
	}
	return false
}

func cliticAt(s string, i, n int) int {
	for _, c := range clitics {
		j := i + n
		if j+len(c) > len(s) || !equalFoldASCII(s[j:j+len(c)], c) || followsWord(s, j+len(c)) {
			continue
		}
		return n + len(c)
	}
	return 0
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		c := a[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != b[i] {
			return false
		}
	}
	return true
}

func followsWord(s string, i int) bool {
	r, _ := runeAt(s, i)
	return r != 0 && isWordRune(r)
}

func isDigit(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

// keepsPeriod returns the end of the word [i, j) with the period at j
// when the period belongs to it by its form alone: a dotted acronym
// ("U.S.", "a.m.", "U.S.A.") or an initial ("J."). ok is false otherwise.
// hyphenAbbreviation is where a hyphenated word [i, j) ends when its last
// part is an abbreviation that keeps its period: "D-N.Y.", "R-Fla.".
func hyphenAbbreviation(s string, i, j int, abbr Words) (end int, ok bool) {
	if j >= len(s) || s[j] != '.' {
		return j, false
	}
	h := strings.LastIndexByte(s[i:j], '-')
	if h <= 0 || i+h+1 >= j {
		return j, false
	}
	from := i + h + 1
	if e, ok := keepsPeriod(s, from, j); ok {
		return e, true
	}
	if abbr == nil {
		return j, false
	}
	if keeps, _ := abbr.Abbreviation(strings.ToLower(s[from : j+1])); keeps {
		return j + 1, true
	}
	return j, false
}

func keepsPeriod(s string, i, j int) (end int, ok bool) {
	w := s[i:j]
	if len(w) > 2 || !isASCIILetters(w) {
		return j, false
	}
	end = j + 1
	for {
		k := end
		for k < len(s) && k-end < 2 && isASCIILetter(s[k]) {
			k++
		}
		if k > end && k < len(s) && s[k] == '.' {
			end = k + 1
			continue
		}
		break
	}
	if end > j+1 {
		return end, true
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return end, true // an initial
	}
	return j, false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return s != ""
}

// numberAfter reports a number after the spaces at i: "No. 10".
func numberAfter(s string, i int) bool {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return isDigit(s, i)
}

func countByte(s string, b byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			n++
		}
	}
	return n
}

func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

func caseFlags(w string) Flags {
	var f Flags
	upper, lower := 0, 0
	for k := 0; k < len(w); k++ {
		// most words are ASCII: read them byte by byte, with no rune
		// decoded and no table looked up
		c := w[k]
		switch {
		case c >= utf8.RuneSelf:
			return caseFlagsRunes(w)
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			if upper+lower == 0 {
				f |= Cap
			}
			upper++
		case k == 0 && c >= '0' && c <= '9':
			f |= Digit
		}
	}
	if upper >= 2 && lower == 0 {
		f |= Upper
	}
	return f
}

// caseFlagsRunes is caseFlags for any word, rune by rune.
func caseFlagsRunes(w string) Flags {
	var f Flags
	upper, lower, letters := 0, 0, 0
	for k, r := range w {
		if k == 0 && r >= '0' && r <= '9' {
			f |= Digit
		}
		switch {
		case r < utf8.RuneSelf && r >= 'a' && r <= 'z':
			lower++ // the common case, without a table look-up
			letters++
		case unicode.IsUpper(r):
			upper++
			letters++
			if letters == 1 {
				f |= Cap
			}
		case unicode.IsLetter(r):
			lower++
			letters++
		}
	}
	if upper >= 2 && lower == 0 {
		f |= Upper
	}
	return f
}

// Lower lower-cases the ASCII letters of a word, the form the lexicon's
// entries are keyed by, and allocates only when there is a capital to
// change: most words of running text have none.
func Lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' }

// asciiAlnum is isASCIIAlnum as a table, for the tokeniser's inner loop.
var asciiAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = isASCIIAlnum(byte(c))
	}
	return t
}()

// IsYear reports a four-digit number from 1000 to 2999.
func IsYear(t string) bool {
	if len(t) != 4 || t[0] != '1' && t[0] != '2' {
		return false
	}
	for i := 1; i < 4; i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}
