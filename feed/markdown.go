package feed

import (
	"strings"
)

// markdown writes extracted blocks as a Markdown body: headings, list items
// and block quotes keep their structure, and the prose itself is escaped so
// that data.Parse, which every briefing goes through, reads it back as the
// same literal text. Inline emphasis and links are not carried over:
// paragraphs are plain prose, because attribution reads them and
// statement spans index into them.
func markdown(blocks []block) string {
	var b strings.Builder
	for _, bl := range blocks {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		switch bl.kind {
		case blockHeading:
			b.WriteString(strings.Repeat("#", max(1, min(bl.level, 6))))
			b.WriteByte(' ')
		case blockItem:
			b.WriteString("- ")
		case blockQuote:
			b.WriteString("> ")
		}
		escape(&b, bl.text)
	}
	b.WriteByte('\n')
	return b.String()
}

// escape writes one line of prose so that no Markdown construct can start
// in it: every character that opens inline markup is backslash-escaped,
// and so is whatever would make the line a heading, list, quote, fence,
// table or thematic break.
func escape(b *strings.Builder, s string) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\n", " "))
	lead := -1 // a character that is markup only at the start of a line
	if n := leadingDigits(s); n > 0 && n < len(s) && (s[n] == '.' || s[n] == ')') {
		lead = n
	} else if s != "" && strings.IndexByte("-+=:", s[0]) >= 0 {
		lead = 0
	}
	for i := 0; i < len(s); i++ {
		if i == lead || strings.IndexByte("\\`*_{}[]<>()#!~&|", s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
}

func leadingDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
