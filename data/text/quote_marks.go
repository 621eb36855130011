package text

import (
	"unicode"
	"unicode/utf8"
)

// The marks that look like quotation marks but are not, or that a
// publishing system typed the wrong way round.

// elidesCentury says whether a decade's two digits and "s" start at i
// ("the ’90s"), so that the mark before them is an apostrophe.
func elidesCentury(s string, i int) bool {
	if !isDigit(s, i) || !isDigit(s, i+1) || i+2 >= len(s) || s[i+2] != 's' {
		return false
	}
	r, _ := runeAt(s, i+3)
	return !isWordRune(r)
}

// closesNestedPair says whether the mark at i is the first of three
// typewriter marks after a word ("say, 'What then?”' Velk said"): the
// first closes the single quotation inside, the other two the double
// one, so it stays a single mark.
func closesNestedPair(s string, i, pair int, r rune) bool {
	third, _ := runeAt(s, i+pair)
	if third != r || i == 0 {
		return false
	}
	return !isSpace(runeBefore(s, i))
}

// isFormatMark says whether r is an invisible formatting character (a
// direction mark such as U+202A) that a copied paragraph may open with.
func isFormatMark(r rune) bool { return r >= utf8.RuneSelf && unicode.Is(unicode.Cf, r) }

func onlyFormatMarks(s string) bool {
	for _, r := range s {
		if !isFormatMark(r) && !isSpace(r) {
			return false
		}
	}
	return true
}
