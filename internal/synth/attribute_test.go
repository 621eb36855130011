package synth_test

import (
	"strings"
	"testing"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/internal/synth"
)

func TestStatementsFoundInGeneratedBriefings(t *testing.T) {
	t.Parallel()
	attr, errs := data.NewAttributor("")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	probe := &data.Briefing{Paragraphs: []data.Paragraph{{Text: "“We are ready,” Foreign Minister Idrena Halvek said."}}}
	if attr.Attribute(probe); len(probe.Statements) == 0 {
		t.Skip("the attributor finds no statements yet")
	}

	g := synth.New(9)
	party := map[string]string{} // surname -> party
	for _, c := range g.World().Countries {
		for _, p := range c.Officials {
			party[p.Last] = c.Name
		}
	}
	var total, known int
	for _, f := range g.Briefings(60) {
		b, err := data.Parse(f.Name, f.Data)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		attr.Attribute(b)
		if len(b.Statements) < 5 {
			t.Errorf("%s: only %d statements", f.Name, len(b.Statements))
		}
		for _, s := range b.Statements {
			total++
			if s.Paragraph < 1 || int(s.Paragraph) > len(b.Paragraphs) {
				t.Fatalf("%s: statement in paragraph %d of %d", f.Name, s.Paragraph, len(b.Paragraphs))
			}
			text := b.Paragraphs[s.Paragraph-1].Text
			if s.Span.Start < 0 || s.Span.Start > s.Span.End || int(s.Span.End) > len(text) {
				t.Fatalf("%s: span %v outside paragraph of %d bytes", f.Name, s.Span, len(text))
			}
			name := s.Speaker[strings.LastIndexByte(s.Speaker, ' ')+1:]
			if p, ok := party[name]; ok {
				known++
				// Declared speakers carry their party; nobody may be
				// given the other side's.
				if f.Shape == synth.Markdown && s.Party != "" && s.Party != p {
					t.Errorf("%s: %s (%s) attributed to %s", f.Name, s.Speaker, p, s.Party)
				}
			}
		}
	}
	// Most statements in the generated prose are by named officials.
	if known*2 < total {
		t.Errorf("only %d of %d statements are by the world's officials", known, total)
	}
}
