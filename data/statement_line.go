package data

import (
	"strings"
	"unicode/utf8"
)

// paragraphBreakMark stands for a paragraph break inside a statement shown
// on one line, where the paragraph before ends on no sentence mark.
const paragraphBreakMark = "¶"

// StatementLine is a statement's text on one line, for a list entry or a
// line of output: runs of spaces and newlines become one space, and a
// paragraph break (a blank line: the engine joins the paragraphs a
// statement runs over with one) that no sentence mark ends shows as " ¶ ",
// so that "from the table" and "The border …" do not read as one sentence
// where the source had them in two paragraphs.
func StatementLine(text string) string {
	if !strings.Contains(text, "\n\n") {
		return strings.Join(strings.Fields(text), " ")
	}
	var sb strings.Builder
	for _, chunk := range strings.Split(text, "\n\n") {
		words := strings.Fields(chunk)
		if len(words) == 0 {
			continue
		}
		if sb.Len() > 0 {
			if endsSentence(sb.String()) {
				sb.WriteByte(' ')
			} else {
				sb.WriteString(" " + paragraphBreakMark + " ")
			}
		}
		sb.WriteString(strings.Join(words, " "))
	}
	return sb.String()
}

// endsSentence reports text that ends on a mark that ends or breaks off a
// sentence, perhaps inside closing quotation marks or brackets.
func endsSentence(text string) bool {
	for text != "" {
		r, size := utf8.DecodeLastRuneInString(text)
		switch r {
		case '"', '\'', '”', '’', ')', ']', '»':
			text = text[:len(text)-size]
			continue
		case '.', '?', '!', ':', ';', '…', '—', '–', '-':
			return true
		}
		return false
	}
	return false
}
