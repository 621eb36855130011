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

// SectionHeading reports a line that heads a section of a release rather
// than saying anything: a run-in heading, or a line of a few words that
// opens on a capital and does not end as a sentence ("Background", "Notes
// to editors", "Further information"). Speech a colon introduces ends
// there; a paragraph of speech ends as a sentence does.
func SectionHeading(t string) bool {
	if RunInHeading(t) {
		return true
	}
	t = strings.TrimSpace(t)
	if t == "" || strings.ContainsAny(t, ".?!:;,()[]\"“”") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(t) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
			return false // "2024", "£10 million": a figure, not a heading
		}
		n++
	}
	return n <= maxSectionHeading
}

// maxSectionHeading is the most words of a heading that need not be in
// title case ("Notes to editors").
const maxSectionHeading = 4

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
