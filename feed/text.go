package feed

import (
	"strings"

	"github.com/brief-reader/brief/data"
)

// clean makes one line of text from a feed or page safe for the screen:
// the one-line fields of a briefing (title, author, publisher, source) go
// through it; paragraphs are sanitised by data.Parse.
func clean(s string) string {
	return collapseSpace(data.SanitizeLine(s))
}

// inlineText is the plain text of a short piece of possibly-HTML text such
// as a title or an author: tags dropped, entities decoded, one line.
func inlineText(s string) string {
	if strings.ContainsAny(s, "<&") {
		var parts []string
		for _, b := range htmlBlocks(s) {
			parts = append(parts, b.text)
		}
		s = strings.Join(parts, " ")
	}
	return clean(s)
}

// Slug makes an ID from a title: lower-case ASCII letters and digits
// separated by single hyphens, at most 60 bytes, cut at a hyphen.
func Slug(title string) string { return slugMax(title, 60) }

func slugMax(s string, max int) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
		case r == '\'' || r == '’':
			// "Ukraine's" reads better as "ukraines" than "ukraine-s".
		default:
			hyphen = true
		}
	}
	out := b.String()
	if len(out) > max {
		out = out[:max]
		if i := strings.LastIndexByte(out, '-'); i > max/2 {
			out = out[:i]
		}
		out = strings.TrimRight(out, "-")
	}
	return out
}

// firstWords is a title for an item that has none: the start of its text.
func firstWords(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut < max/2 {
		cut = max
		for cut > 0 && !utf8RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
