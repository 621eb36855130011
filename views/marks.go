package views

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
)

// The detail view marks each statement where it stands in the story: a
// tag, "[speaker · party]", before its words, and the words in their own
// style. glamour decides where lines wrap, so the marks go into the
// Markdown as private-use characters, which glamour passes through as
// letters of one cell. After wrapping they are found, taken out (the
// tag's two become its brackets) and kept as cell ranges that View
// restyles on the lines on screen, as search does its matches: the
// rendered lines keep glamour's styling, and search sees the plain text.
const (
	tagOpen  = '\uE000' // shown as "["
	tagClose = '\uE001' // shown as "]"
	saidEnd  = '\uE002' // taken out
)

// unmarks takes out the three characters where a story holds them, so
// that no text can open or close a mark.
var unmarks = strings.NewReplacer(string(tagOpen), "\uFFFD", string(tagClose), "\uFFFD", string(saidEnd), "\uFFFD")

// shown turns the marks of a rendered line into what is shown.
var shown = strings.NewReplacer(string(tagOpen), "[", string(tagClose), "]", string(saidEnd), "")

// markPrefix is the first two bytes of each mark in UTF-8: looking for
// it is a byte search, where looking for any of three runes is not, and
// a 1 MB story is looked through twice.
const markPrefix = "\xee\x80"

func unmark(s string) string {
	if !strings.Contains(s, markPrefix) {
		return s
	}
	return unmarks.Replace(s)
}

// markSeg is a run of marked cells on one line: a tag, or words.
type markSeg struct {
	from, to int
	tag      bool
}

// StatementPlace is where one statement of a story is in its rendering.
type StatementPlace struct {
	Index       int // in the story's Statements
	First, Last int // its first and last line
}

// markedMarkdown is the story's Markdown with its source under the
// headline and its statements marked, and the statements marked, in the
// order they come in it.
func markedMarkdown(b *data.Briefing) (string, []int) {
	order := placeable(b)
	c := *b
	c.ID, c.Title, c.Dateline = unmark(b.ID), unmark(b.Title), unmark(b.Dateline)
	c.Parties = make([]string, len(b.Parties))
	for i, p := range b.Parties {
		c.Parties[i] = unmark(p)
	}
	c.Speakers = append([]data.Speaker(nil), b.Speakers...)
	for i := range c.Speakers {
		c.Speakers[i].Name = unmark(c.Speakers[i].Name)
	}
	c.Paragraphs = make([]data.Paragraph, 0, len(b.Paragraphs)+1)
	if src := sourceLine(b); src != "" {
		c.Paragraphs = append(c.Paragraphs, data.Paragraph{Text: src})
	}
	next := 0
	for pi, p := range b.Paragraphs {
		q := p
		q.Label = unmark(p.Label)
		var sb strings.Builder
		at := 0
		for ; next < len(order) && int(b.Statements[order[next]].Paragraph) == pi+1; next++ {
			s := b.Statements[order[next]]
			start, end := widen(p.Text, int(s.Span.Start), int(s.Span.End))
			sb.WriteString(unmark(p.Text[at:start]))
			sb.WriteRune(tagOpen)
			sb.WriteString(unmark(Tag(s)))
			sb.WriteRune(tagClose)
			sb.WriteByte(' ')
			sb.WriteString(unmark(p.Text[start:end]))
			sb.WriteRune(saidEnd)
			at = end
		}
		if at > 0 {
			sb.WriteString(unmark(p.Text[at:]))
			q.Text = sb.String()
		} else {
			q.Text = unmark(p.Text)
		}
		c.Paragraphs = append(c.Paragraphs, q)
	}
	return c.Markdown(), order
}

// Tag is who made a statement, as its tag shows it: "Anna Verel ·
// Orlavia", the party left out when it is the speaker; on one line, as
// a name with a line break in it would end the paragraph.
func Tag(s data.Statement) string {
	who, party := strings.Join(strings.Fields(s.Speaker), " "), strings.Join(strings.Fields(s.Party), " ")
	if party == "" || strings.EqualFold(party, who) {
		return who
	}
	return who + " · " + party
}

// sourceLine is the story's source as its header shows it: the
// publisher and the address, on one sanitised line.
func sourceLine(b *data.Briefing) string {
	var parts []string
	for _, p := range []string{b.Publisher, b.Source} {
		p = strings.TrimSpace(data.PrintableLine(p))
		if p != "" && (len(parts) == 0 || parts[0] != p) {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Source: " + strings.Join(parts, " · ")
}

// placeable is the statements whose spans can be marked, in the order
// of the text: a span out of its paragraph, cut through a character or
// overlapping the one before is left unmarked.
func placeable(b *data.Briefing) []int {
	var order []int
	for i, s := range b.Statements {
		p := int(s.Paragraph) - 1
		if p < 0 || p >= len(b.Paragraphs) {
			continue
		}
		text := b.Paragraphs[p].Text
		start, end := int(s.Span.Start), int(s.Span.End)
		if start < 0 || start >= end || end > len(text) || !boundary(text, start) || !boundary(text, end) {
			continue
		}
		order = append(order, i)
	}
	sort.SliceStable(order, func(x, y int) bool {
		a, b := b.Statements[order[x]], b.Statements[order[y]]
		if a.Paragraph != b.Paragraph {
			return a.Paragraph < b.Paragraph
		}
		return a.Span.Start < b.Span.Start
	})
	kept := order[:0]
	end, para := -1, int32(0)
	for _, i := range order {
		s := b.Statements[i]
		start, _ := widen(b.Paragraphs[s.Paragraph-1].Text, int(s.Span.Start), int(s.Span.End))
		if s.Paragraph == para && start < end {
			continue
		}
		_, end = widen(b.Paragraphs[s.Paragraph-1].Text, int(s.Span.Start), int(s.Span.End))
		para = s.Paragraph
		kept = append(kept, i)
	}
	return kept
}

// closing is the quotation marks that end a quote.
const closing = "”’»\"'"

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// widen takes in the quotation marks around a span, so that the tag
// stands before a quote's opening mark, not inside it, with the
// punctuation before the closing mark (“…word,”), and takes out the
// spaces at its edges.
func widen(text string, start, end int) (int, int) {
	for start < end && text[start] == ' ' {
		start++
	}
	for end > start && text[end-1] == ' ' {
		end--
	}
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !strings.ContainsRune("“‘«\"'", r) {
			break
		}
		start -= n
	}
	if end < len(text) && strings.IndexByte(",.!?;:", text[end]) >= 0 {
		if r, _ := utf8.DecodeRuneInString(text[end+1:]); strings.ContainsRune(closing, r) {
			end++
		}
	}
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !strings.ContainsRune(closing, r) {
			break
		}
		end += n
	}
	return start, end
}

// marker finds the marks in rendered lines, which run on from one line
// to the next; the lines of a long story come in parts, in order.
type marker struct {
	order  []int // the statements marked, in order
	opened int   // how many tags were met
	tag    bool  // within a tag
	said   bool  // within a statement's words
}

// take replaces the marks of lines, which start at line from of the
// story, with what is shown, and returns the runs to restyle, per line,
// and the places of the statements that start in them.
func (mk *marker) take(lines []string, from int) (marks [][]markSeg, places []StatementPlace) {
	marks = make([][]markSeg, len(lines))
	for i, line := range lines {
		if !mk.tag && !mk.said && !strings.Contains(line, markPrefix) {
			continue
		}
		plain := ansi.Strip(line)
		var out strings.Builder
		var segs []markSeg
		at := -1 // where the open run began, in cells; -1 for none
		if mk.tag || mk.said {
			at = 0
		}
		close := func(tag bool) {
			if at >= 0 {
				if s, ok := trimSeg(out.String(), at, ansi.StringWidth(out.String()), tag); ok {
					segs = append(segs, s)
				}
			}
			at = -1
		}
		for _, r := range plain {
			switch r {
			case tagOpen:
				close(false)
				at, mk.tag, mk.said = ansi.StringWidth(out.String()), true, false
				out.WriteByte('[')
				if mk.opened < len(mk.order) {
					places = append(places, StatementPlace{Index: mk.order[mk.opened], First: from + i, Last: from + i})
				}
				mk.opened++
			case tagClose:
				out.WriteByte(']')
				close(true)
				at, mk.tag, mk.said = ansi.StringWidth(out.String()), false, true
			case saidEnd:
				close(false)
				mk.said = false
				mk.setLast(places, from+i)
			default:
				out.WriteRune(r)
			}
		}
		if mk.tag || mk.said {
			close(mk.tag)
			mk.setLast(places, from+i)
		}
		marks[i] = segs
		lines[i] = shown.Replace(line)
	}
	return marks, places
}

// setLast notes that the statement open runs to line.
func (mk *marker) setLast(places []StatementPlace, line int) {
	if mk.opened == 0 || mk.opened > len(mk.order) {
		return
	}
	if n := len(places); n > 0 && places[n-1].Index == mk.order[mk.opened-1] {
		places[n-1].Last = line
	}
}

// trimSeg is the run from cell from to cell to of a line's plain text,
// without the spaces at its ends, nor, when it runs on from the line
// before, the bar glamour draws down the left of a block quote; false
// when nothing is left.
func trimSeg(plain string, from, to int, tag bool) (markSeg, bool) {
	cells := []rune(ansi.Cut(plain, from, to))
	lead, trail := 0, 0
	for lead < len(cells) && (cells[lead] == ' ' || from == 0 && cells[lead] == '│') {
		lead++
	}
	for trail < len(cells)-lead && cells[len(cells)-1-trail] == ' ' {
		trail++
	}
	if lead+trail >= len(cells) {
		return markSeg{}, false
	}
	// Spaces and the bar are one cell each.
	return markSeg{from: from + lead, to: to - trail, tag: tag}, true
}

// decorateMarks is line with its marked runs restyled.
func decorateMarks(st *Styles, line string, segs []markSeg) string {
	if len(segs) == 0 {
		return line
	}
	var b strings.Builder
	col := 0
	for _, s := range segs {
		b.WriteString(ansi.Cut(line, col, s.from))
		b.WriteString(ansi.ResetStyle)
		style := st.Said
		if s.tag {
			style = st.SaidTag
		}
		b.WriteString(style.Render(ansi.Strip(ansi.Cut(line, s.from, s.to))))
		col = s.to
	}
	// Cut keeps the escape codes before its start: the rest of the line
	// gets back its own styling.
	b.WriteString(ansi.Cut(line, col, ansi.StringWidth(line)))
	return b.String()
}
