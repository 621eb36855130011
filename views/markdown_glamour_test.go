package views

import (
	"strings"
	"testing"

	"github.com/charmbracelet/glamour"

	"github.com/brief-reader/brief/data"
)

// The data package's test of its Markdown through glamour lives here,
// where glamour is linked anyway: in data's tests it was the one use of
// glamour (and chroma), which made data's race test binary half as
// large again to link (issue #13).

// TestMarkdownGlamourLiteral renders escaped prose with glamour: text that
// looks like markup must come out as the same text.
func TestMarkdownGlamourLiteral(t *testing.T) {
	t.Parallel()
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("notty"), glamour.WithWordWrap(80))
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{
		"# not a heading",
		"1. not a list",
		"- not a bullet",
		"> not a quote",
		"a *star* and _under_ and `tick` and [bracket](x) and <tag> and :smile:",
	}
	b := &data.Briefing{Title: "T"}
	for _, l := range lines {
		b.Paragraphs = append(b.Paragraphs, data.Paragraph{Text: l})
	}
	out, err := r.Render(b.Markdown())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lines {
		if !strings.Contains(out, l) {
			t.Errorf("glamour output lost %q:\n%s", l, out)
		}
	}
	hl, err := r.Render(b.MarkdownHighlight(5, data.Span{Start: 2, End: 8}))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(hl, "star") || !strings.Contains(hl, "_under_ and `tick`") {
		t.Errorf("highlighted render lost the text:\n%s", hl)
	}
}
