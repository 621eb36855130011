package views

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/brief-reader/brief/data"
)

func TestSplitChunks(t *testing.T) {
	t.Parallel()
	para := strings.Repeat("word ", 20) + "\n\n"
	fence := "```\ncode\n\nmore code\n```\n\n"
	tests := []struct {
		name string
		md   string
		size int
		min  int // chunks at least
	}{
		{"small stays whole", para, 1000, 1},
		{"cut at paragraphs", strings.Repeat(para, 50), 500, 5},
		{"never inside a fence", strings.Repeat(fence, 40), 30, 2},
		{"no blank line: whole", strings.Repeat("x", 5000), 100, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chunks := splitChunks(tt.md, tt.size)
			if strings.Join(chunks, "") != tt.md {
				t.Fatal("the chunks do not add up to the Markdown")
			}
			if len(chunks) < tt.min {
				t.Errorf("%d chunks, want at least %d", len(chunks), tt.min)
			}
			for i, c := range chunks {
				if strings.Count(c, "```")%2 != 0 {
					t.Errorf("chunk %d cuts a fence: %q", i, c)
				}
				if i < len(chunks)-1 && !strings.HasSuffix(c, "\n\n") {
					t.Errorf("chunk %d does not end at a paragraph: %q", i, c[len(c)-20:])
				}
			}
		})
	}
}

func bigStory(paragraphs int) *data.Briefing {
	b := &data.Briefing{ID: "big", Title: "The Long Session of the Meridian Council"}
	for i := 0; i < paragraphs; i++ {
		b.Paragraphs = append(b.Paragraphs, data.Paragraph{Text: "Delegate Ilsa Moor of Varanda said the council would sit again tomorrow, and the Kestrian envoy agreed that the agenda was long."})
	}
	return b
}

func TestRendererCachesPerStoryAndWidth(t *testing.T) {
	t.Parallel()
	r := NewRenderer("dark", termenv.ANSI256)
	b := bigStory(3)
	d1, _ := r.Doc(b, 60)
	d2, _ := r.Doc(b, 60)
	if d1 != d2 {
		t.Error("the same story at the same width was rendered twice")
	}
	d3, _ := r.Doc(b, 40)
	if d3 == d1 {
		t.Error("a new width reused the old rendering")
	}
	if len(r.glam) != 2 {
		t.Errorf("%d glamour renderers for 2 widths", len(r.glam))
	}
	for _, d := range []*Doc{d1, d3} {
		w := 60
		if d == d3 {
			w = 40
		}
		for _, l := range d.Lines {
			if ansi.StringWidth(l) > w {
				t.Errorf("line wider than %d: %q", w, ansi.Strip(l))
			}
		}
	}
}

// A long story opens with its first part and a command for the rest,
// which Finish joins to it: every paragraph is there, and the complete
// story is cached.
func TestALongStoryOpensWithItsStartAndGetsTheRest(t *testing.T) {
	t.Parallel() // glamour under -race takes seconds: the rendering is shared (issue #13)
	l := longStory()
	if l.firstComplete || !l.hadCommand {
		t.Fatal("a long story was rendered all at once")
	}
	if _, ok := l.msg.(DocRenderedMsg); !ok {
		t.Fatalf("the command brought %T", l.msg)
	}
	d := l.doc
	if !l.finished || !d.Complete {
		t.Fatal("the rest was not taken")
	}
	text := strings.Join(strings.Fields(ansi.Strip(strings.Join(d.Lines, "\n"))), " ")
	if got := strings.Count(text, "the agenda was long."); got != l.agenda {
		t.Errorf("%d paragraphs rendered of %d (first part had %d lines)", got, l.agenda, l.firstLines)
	}
	if again, cmd := l.r.Doc(l.story, 80); again != d || cmd != nil {
		t.Error("the complete story was not cached")
	}
}

// TestWrappedHeadlineLinesStartTogether: every line of a headline that
// wraps starts in the same column, in each style.
func TestWrappedHeadlineLinesStartTogether(t *testing.T) {
	t.Parallel()
	b := &data.Briefing{ID: "h", Title: "Varanda and Kestria Agree to Resume Border Talks After a Long Pause",
		Paragraphs: []data.Paragraph{{Text: "Talks resume."}}}
	for _, style := range []string{"dark", "light"} {
		for _, width := range []int{30, 40, 60} {
			d, _ := NewRenderer(style, termenv.ANSI256).Doc(b, width)
			var starts []int
			for _, l := range d.Lines {
				plain := ansi.Strip(l)
				if strings.TrimSpace(plain) == "" {
					break // the headline ends at the first blank line
				}
				starts = append(starts, len(plain)-len(strings.TrimLeft(plain, " ")))
			}
			if len(starts) < 2 {
				t.Fatalf("%s at %d: the headline does not wrap: %q", style, width, d.Lines)
			}
			for i, s := range starts {
				if s != starts[0] {
					t.Errorf("%s at %d: headline line %d starts at %d, the first at %d: %q", style, width, i+1, s, starts[0], d.Lines[:len(starts)])
				}
			}
		}
	}
}

// A code block is shown as written in the theme's code colour: one
// colour for the whole line, not a highlighter's colour per token (brief
// links no highlighter; see go.mod).
func TestACodeBlockIsShownAsWrittenInOneColour(t *testing.T) {
	t.Parallel()
	// A shell script, which a highlighter recognises by its first line.
	code := "#!/bin/sh\nexport DELEGATES=3 # Tesmar and Orlavia\necho \"$DELEGATES\""
	b := &data.Briefing{ID: "code", Title: "Annex", Paragraphs: []data.Paragraph{
		{Text: "The annex lists the figures."},
		{Text: code, Style: data.Style{Block: data.BlockCode}},
	}}
	d, _ := NewRenderer("dark", termenv.ANSI256).Doc(b, 80)
	var line string
	for _, l := range d.Lines {
		if strings.Contains(ansi.Strip(l), "export") {
			line = l
		}
	}
	if !strings.Contains(ansi.Strip(line), "export DELEGATES=3 # Tesmar and Orlavia") {
		t.Fatalf("the code is not shown as written:\n%s", strings.Join(d.Lines, "\n"))
	}
	// The style each visible character of the line is drawn in.
	colours := map[string]bool{}
	sgr := regexp.MustCompile(`^\x1b\[[0-9;]*m`)
	current := ""
	for rest := line; rest != ""; {
		if m := sgr.FindString(rest); m != "" {
			current, rest = m, rest[len(m):]
			continue
		}
		if rest[0] != ' ' {
			colours[current] = true
		}
		rest = rest[1:]
	}
	if len(colours) > 1 {
		t.Errorf("the code line has %d styles, want one: %q", len(colours), line)
	}
}
