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

// RunInLead finds the run-in heading that opens a paragraph of a list
// ("Roads: The ministry announced …", "Clean Water and Ports: …"): a
// short phrase before a colon whose words are capitalised, bar short
// joining words ("of", "and", "&"). It returns the phrase. A speaker's
// label has the same shape ("Foreign Minister Velk: …"); telling the two
// apart takes who the phrase names, which the caller knows.
func RunInLead(p string) (string, bool) {
	colon := strings.IndexByte(p, ':')
	if colon < 1 || colon > 64 || colon+2 >= len(p) || p[colon+1] != ' ' {
		return "", false
	}
	head := strings.TrimSpace(p[:colon])
	n := 0
	for w := range strings.FieldsSeq(head) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "&" || w == "-" || w == "–":
			continue
		case strings.ContainsAny(w, ".?!;,()[]\"“”"):
			return "", false // a sentence: "He said, in short:"
		case !unicode.IsUpper(r) && !unicode.IsDigit(r) && len(w) > 3:
			return "", false // "The minister told reporters:"
		}
		n++
	}
	if n == 0 || n > 8 {
		return "", false
	}
	return head, true
}
