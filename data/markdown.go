package data

import (
	"strconv"
	"strings"
)

// Markdown renders the briefing for the detail view: the title, one line
// of dateline · date · parties · the people who speak, then the paragraphs. Prose is
// escaped so that it is shown as written: a paragraph that starts with
// "#" or "1." or holds "*" or "<" is text, not markup.
func (b *Briefing) Markdown() string {
	return b.markdown(0, Span{})
}

// MarkdownHighlight is Markdown with the byte span of one paragraph
// (1-based, as Statement.Paragraph) in bold, to show where a statement is.
// An out-of-range paragraph or span highlights nothing.
func (b *Briefing) MarkdownHighlight(paragraph int, span Span) string {
	return b.markdown(paragraph, span)
}

func (b *Briefing) markdown(hlPara int, hl Span) string {
	var sb strings.Builder
	title := b.Title
	if title == "" {
		title = b.ID
	}
	sb.WriteString("# ")
	sb.WriteString(escapeInline(title))
	sb.WriteString("\n\n")
	if meta := b.metaLine(); meta != "" {
		sb.WriteString(escapeLine(meta))
		sb.WriteString("\n\n")
	}
	for i, p := range b.Paragraphs {
		span := Span{-1, -1}
		if i+1 == hlPara && hl.Start >= 0 && hl.Start < hl.End && int(hl.End) <= len(p.Text) {
			span = hl
		}
		writeParagraph(&sb, p, span)
	}
	return strings.TrimRight(sb.String(), "\n") + "\n"
}

// metaLine is "Moscow · 3 Mar 2025 · Russia, Ukraine · Yuri Ushakov".
func (b *Briefing) metaLine() string {
	var parts []string
	if b.Dateline != "" {
		parts = append(parts, b.Dateline)
	}
	if !b.Date.IsZero() {
		parts = append(parts, b.Date.Format("2 Jan 2006"))
	}
	if len(b.Parties) > 0 {
		parts = append(parts, strings.Join(b.Parties, ", "))
	}
	// Named people only: with every body and group ("observers", "the
	// Kremlin") the line would run to a paragraph.
	var names []string
	for _, s := range b.Speakers {
		if s.Person {
			names = append(names, s.Name)
		}
	}
	if len(names) > 0 {
		parts = append(parts, strings.Join(names, ", "))
	}
	return strings.Join(parts, " · ")
}

func writeParagraph(sb *strings.Builder, p Paragraph, hl Span) {
	if p.Style.Block == BlockCode {
		fence := "```"
		for strings.Contains(p.Text, fence) {
			fence += "`"
		}
		sb.WriteString(fence + "\n" + p.Text + "\n" + fence + "\n\n")
		return
	}
	// A transcript turn may run over several paragraphs, joined by blank
	// lines; each is rendered as its own Markdown paragraph.
	off := 0
	for k, chunk := range strings.Split(p.Text, "\n\n") {
		start, end := off, off+len(chunk)
		off = end + 2
		switch {
		case k == 0 && p.Label != "":
			sb.WriteString("**" + escapeInline(p.Label) + ":** ")
		case k == 0:
			sb.WriteString(blockPrefix(p.Style))
		case p.Style.Block == BlockQuote:
			sb.WriteString("> ")
		}
		s, e := max(int(hl.Start), start)-start, min(int(hl.End), end)-start
		if hl.Start < 0 || s >= e {
			sb.WriteString(escapeLine(chunk))
		} else {
			sb.WriteString(highlight(chunk, s, e))
		}
		sb.WriteString("\n\n")
	}
}

func blockPrefix(st Style) string {
	switch st.Block {
	case BlockHeading:
		// The title is the one level-1 heading.
		return strings.Repeat("#", min(max(int(st.Level), 2), 6)) + " "
	case BlockItem:
		indent := strings.Repeat("  ", min(int(st.Level), 4))
		if st.Number > 0 {
			return indent + strconv.Itoa(int(st.Number)) + ". "
		}
		return indent + "- "
	case BlockQuote:
		return "> "
	}
	return ""
}

// highlight bolds text[s:e], escaping the three pieces apart so no escape
// straddles a marker. Spaces at the edges go outside the markers, where
// they do not stop "**" from opening or closing.
func highlight(text string, s, e int) string {
	for s < e && text[s] == ' ' {
		s++
	}
	for e > s && text[e-1] == ' ' {
		e--
	}
	if s == e {
		return escapeLine(text)
	}
	return escapeLine(text[:s]) + "**" + escapeInline(text[s:e]) + "**" + escapeInline(text[e:])
}

// escapeLine escapes a line that starts a Markdown block: besides the
// inline escapes, a leading "#", "-", "+", "=", ">" or "1." would make it
// a heading, a list item or a quote.
func escapeLine(s string) string {
	s = strings.TrimLeft(s, " ") // four spaces would make code
	esc := escapeInline(s)
	if s == "" {
		return esc
	}
	switch s[0] {
	case '-', '+', '=':
		return `\` + esc
	}
	// "1. text" and "1) text": escape the delimiter after the digits.
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return esc[:i] + `\` + esc[i:]
	}
	return esc
}

// escapeInline backslash-escapes every character that inline Markdown or
// its extensions (tables, strikethrough, emoji shortcodes) would act on.
func escapeInline(s string) string {
	const special = "\\`*_[]<>#!|~&"
	if !strings.ContainsAny(s, special) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(special, s[i]) >= 0 {
			sb.WriteByte('\\')
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}
