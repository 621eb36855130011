package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// RunInHeading reports a short title-case line with no closing
// punctuation between turns, such as "Members of Congress – Senators" on a
// page that gathers statements: a heading, not more of the turn before.
func RunInHeading(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > 80 {
		return false
	}
	if strings.ContainsAny(t, ".?!:;,()[]\"“”") {
		return false // speech: "Hello, Wisconsin. (Applause.)"
	}
	if last, _ := utf8.DecodeLastRuneInString(t); last == '’' || last == '\'' {
		return false
	}
	n, caps := 0, 0
	for w := range strings.FieldsSeq(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			n++
		}
		if unicode.IsUpper(r) {
			caps++
		} else if unicode.IsLetter(r) && len(w) > 3 {
			return false // "of", "and", "the" may be lower-case in a heading
		}
	}
	return n >= 2 && n <= 8 && caps*2 > n // one word ("Absolutely") may be an answer
}
