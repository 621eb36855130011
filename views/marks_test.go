package views

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/brief-reader/brief/data"
)

// saidStory is a story whose paragraphs hold the statements given as
// "text" with the speaker's words between « and », one per paragraph.
func saidStory(paras ...string) *data.Briefing {
	b := &data.Briefing{ID: "said", Title: "Tesmar and Orlavia Talk", Source: "https://news.example/said"}
	for i, p := range paras {
		start, end := strings.Index(p, "«"), strings.Index(p, "»")
		text := strings.Replace(strings.Replace(p, "«", "", 1), "»", "", 1)
		b.Paragraphs = append(b.Paragraphs, data.Paragraph{Text: text})
		if start < 0 {
			continue
		}
		end -= len("«")
		b.Statements = append(b.Statements, data.Statement{
			Speaker: "Anna Verel", Party: "Orlavia", Text: text[start:end],
			Paragraph: int32(i + 1), Span: data.Span{Start: int32(start), End: int32(end)},
		})
	}
	return b
}

// marked is, per statement placed (each in paragraphs of its own), the
// text of its tag and of its words as the marks restyle them.
func marked(d *Doc) (tags, words []string) {
	join := func(parts []string) string { return strings.Join(strings.Fields(strings.Join(parts, " ")), " ") }
	for _, p := range d.Places {
		var tag, said []string
		for i := p.First; i <= p.Last; i++ {
			plain := ansi.Strip(d.Lines[i])
			for _, s := range d.marks[i] {
				if s.tag {
					tag = append(tag, ansi.Cut(plain, s.from, s.to))
				} else {
					said = append(said, ansi.Cut(plain, s.from, s.to))
				}
			}
		}
		tags, words = append(tags, join(tag)), append(words, join(said))
	}
	return tags, words
}

func TestMarksSurviveWrapping(t *testing.T) {
	t.Parallel()
	b := saidStory(
		"Orlavia's envoy said «the patrols would leave the islands before the winter, and that the fishing boats of both countries could then return to the Ambra estuary» on Friday.",
		"«“We keep our word,”» Verel told reporters.",
		"Nobody said anything here.",
	)
	for _, width := range []int{14, 20, 33, 40, 60, 80, 100} {
		d, _ := NewRenderer("dark", termenv.ANSI256).Doc(b, width)
		if len(d.Places) != 2 || d.Places[0].Index != 0 || d.Places[1].Index != 1 {
			t.Fatalf("at %d: places %+v", width, d.Places)
		}
		text := strings.Join(d.Lines, "\n")
		if strings.ContainsAny(text, "\uE000\uE001\uE002") {
			t.Errorf("at %d: a mark is left in the lines", width)
		}
		for i, l := range d.Lines {
			if w := ansi.StringWidth(l); w > width {
				t.Errorf("at %d: line %d is %d wide", width, i, w)
			}
		}
		tags, words := marked(d)
		if len(tags) != 2 || tags[0] != "[Anna Verel · Orlavia]" || tags[1] != tags[0] {
			t.Errorf("at %d: tags %q", width, tags)
		}
		want := []string{
			"the patrols would leave the islands before the winter, and that the fishing boats of both countries could then return to the Ambra estuary",
			"“We keep our word,”",
		}
		if len(words) != 2 || words[0] != want[0] || words[1] != want[1] {
			t.Errorf("at %d: marked words %q", width, words)
		}
		// Each place spans the lines that hold its tag and its last word.
		first := ansi.Strip(d.Lines[d.Places[0].First])
		last := ansi.Strip(d.Lines[d.Places[0].Last])
		if !strings.Contains(first, "[") || !strings.Contains(last, "estuary") {
			t.Errorf("at %d: statement 1 on %q to %q", width, first, last)
		}
	}
}

func TestStatementsThatCannotBeMarkedAreLeftOut(t *testing.T) {
	t.Parallel()
	b := saidStory("Verel said «the talks» would go on.", "Café «société».")
	text := b.Paragraphs[0].Text
	b.Statements = append(b.Statements,
		data.Statement{Speaker: "Out", Text: "x", Paragraph: 9, Span: data.Span{Start: 0, End: 1}},                     // no such paragraph
		data.Statement{Speaker: "Long", Text: "x", Paragraph: 1, Span: data.Span{Start: 0, End: int32(len(text) + 5)}}, // past its end
		data.Statement{Speaker: "Cut", Text: "x", Paragraph: 2, Span: data.Span{Start: 4, End: 7}},                     // inside "é"
		// Over the first: the one that starts first in the text wins.
		data.Statement{Speaker: "Overlap", Text: "x", Paragraph: 1, Span: data.Span{Start: int32(len("Verel said the t")), End: int32(len(text))}},
	)
	src, order := markedMarkdown(b)
	if len(order) != 2 || order[0] != 0 || order[1] != 1 {
		t.Fatalf("marked %v, want the two that fit", order)
	}
	for _, who := range []string{"Out", "Long", "Cut", "Overlap"} {
		if strings.Contains(src, who) {
			t.Errorf("%s is tagged:\n%s", who, src)
		}
	}
	d, _ := NewRenderer("notty", termenv.Ascii).Doc(b, 60)
	if len(d.Places) != 2 {
		t.Errorf("places %+v", d.Places)
	}
}

func TestATagStandsBeforeTheOpeningQuotationMark(t *testing.T) {
	t.Parallel()
	text := "He said: “We keep our word,” and left, “or try to”."
	for _, tt := range []struct{ span, want string }{
		{"We keep our word,", "“We keep our word,”"},
		{"We keep our word", "“We keep our word,”"}, // the comma, then the mark
		{"or try to", "“or try to”"},                // not the full stop after it
		{"and left", "and left"},                    // no marks, no comma
	} {
		start := strings.Index(text, tt.span)
		s, e := widen(text, start, start+len(tt.span))
		if got := text[s:e]; got != tt.want {
			t.Errorf("%q widened to %q, want %q", tt.span, got, tt.want)
		}
	}
}

// A long story is rendered in parts; the statements of the later parts
// are placed on their lines once the rest arrives.
func TestMarksInTheRestOfALongStory(t *testing.T) {
	t.Parallel() // glamour under -race takes seconds: the rendering is shared (issue #13)
	l := longStory()
	if l.firstComplete || !l.hadCommand {
		t.Fatal("rendered at once")
	}
	if len(l.firstPlaces) != 1 || len(l.firstOrder) != 2 {
		t.Fatalf("first part: places %+v, order %v", l.firstPlaces, l.firstOrder)
	}
	d := l.doc
	if !l.finished || len(d.Places) != 2 || len(d.marks) != len(d.Lines) {
		t.Fatalf("places %+v; %d marks for %d lines", d.Places, len(d.marks), len(d.Lines))
	}
	last := d.Places[1]
	if line := ansi.Strip(d.Lines[last.First]); !strings.Contains(line, "[Anna Verel · Orlavia] the last session closed") {
		t.Errorf("the last statement is placed on %q", line)
	}
	// The lines of the first part were styled before the rest arrived
	// (see longStory): the lines kept styled are the lines styled anew.
	for _, p := range d.Places {
		for i := p.First; i <= p.Last; i++ {
			kept, fresh := d.decoratedLine(l.st, i), decorateMarks(l.st, d.Lines[i], d.marks[i])
			if kept != fresh || kept == d.Lines[i] {
				t.Errorf("line %d kept as %q, styled anew %q (unstyled %q)", i, kept, fresh, d.Lines[i])
			}
		}
	}
}

// A statement in a block quote that wraps is marked from its words on
// each line, not from the quote's bar.
func TestMarksInABlockQuoteLeaveItsBar(t *testing.T) {
	t.Parallel()
	b := saidStory("«the patrols would leave the islands before the winter, and the boats could then return to the estuary»")
	b.Paragraphs[0].Style.Block = data.BlockQuote
	d, _ := NewRenderer("dark", termenv.ANSI256).Doc(b, 40)
	p := d.Places[0]
	if p.Last == p.First {
		t.Fatal("the quote does not wrap")
	}
	for i := p.First + 1; i <= p.Last; i++ {
		plain := ansi.Strip(d.Lines[i])
		if len(d.marks[i]) == 0 {
			t.Fatalf("line %q is not marked", plain)
		}
		if got := ansi.Cut(plain, d.marks[i][0].from, d.marks[i][0].from+1); got == "│" || got == " " {
			t.Errorf("line %q is marked from %q", plain, got)
		}
	}
}
