package views

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

func TestSearchFindsAndHighlights(t *testing.T) {
	t.Parallel()
	red := "\x1b[31m"
	doc := &Doc{Lines: []string{
		red + "The Varanda delegation" + ansi.ResetStyle + " met the varanda press.",
		"東京 talks with Varanda 😀 and Kestria",
		"nothing here",
	}, Complete: true}
	st := NewStyles(ThemeDark)
	// Upper case shows where the highlight goes without colours.
	st.Match = lipgloss.NewStyle().Transform(strings.ToUpper)
	st.Current = lipgloss.NewStyle().Transform(func(s string) string { return "<" + strings.ToUpper(s) + ">" })
	s := newSearch(&st)
	s.run(doc, "VARANDA")
	if len(s.matches) != 3 {
		t.Fatalf("%d matches, want 3: %v", len(s.matches), s.matches)
	}
	tests := []struct {
		line int
		want string
	}{
		{0, "The <VARANDA> delegation met the VARANDA press."},
		{1, "東京 talks with VARANDA 😀 and Kestria"},
		{2, "nothing here"},
	}
	for _, tt := range tests {
		if got := ansi.Strip(s.decorate(tt.line, doc.Lines[tt.line])); got != tt.want {
			t.Errorf("line %d: %q, want %q", tt.line, got, tt.want)
		}
	}
	// The text after a match on the first line keeps its own colour.
	if got := s.decorate(0, doc.Lines[0]); !strings.Contains(got, red) || !strings.Contains(got, ansi.ResetStyle) {
		t.Errorf("styling lost: %q", got)
	}
	if line, ok := s.step(1); !ok || line != 0 || s.cur != 1 {
		t.Errorf("step to %d (cur %d)", line, s.cur)
	}
	if line, _ := s.step(1); line != 1 {
		t.Errorf("second step to line %d", line)
	}
	if line, _ := s.step(1); line != 0 || s.cur != 0 {
		t.Errorf("third step wraps to line %d, cur %d", line, s.cur)
	}
}

func TestSearchHighlightsWideRunesInPlace(t *testing.T) {
	t.Parallel()
	doc := &Doc{Lines: []string{"東京 and 東京"}}
	st := NewStyles(ThemeDark)
	st.Current = lipgloss.NewStyle().Reverse(true)
	s := newSearch(&st)
	s.run(doc, "東京")
	got := s.decorate(0, doc.Lines[0])
	if ansi.Strip(got) != "東京 and 東京" {
		t.Errorf("text changed: %q", ansi.Strip(got))
	}
	if ansi.StringWidth(got) != ansi.StringWidth(doc.Lines[0]) {
		t.Errorf("width %d, want %d", ansi.StringWidth(got), ansi.StringWidth(doc.Lines[0]))
	}
}

// The lines decorate keeps are the lines highlighted afresh, whatever the
// query, the current match and the line's own styling: a kept line is
// found by the line, the query and which of its matches is current.
func TestDecoratedLinesFollowTheSearch(t *testing.T) {
	t.Parallel()
	red := "\x1b[31m"
	doc := &Doc{Lines: []string{
		"Varanda and Kestria, then varanda again",
		red + "Varanda" + ansi.ResetStyle + " and Kestria, then varanda again",
		"nothing here",
		"東京: Kestria for Varanda",
	}, Complete: true}
	st := NewStyles(ThemeDark)
	st.Match = lipgloss.NewStyle().Transform(strings.ToUpper)
	st.Current = lipgloss.NewStyle().Transform(func(s string) string { return "<" + strings.ToUpper(s) + ">" })
	s := newSearch(&st)
	for _, query := range []string{"varanda", "kestria", "a", "varanda"} {
		s.run(doc, query)
		s.cur = 0
		for range len(s.matches) + 1 {
			for i, l := range doc.Lines {
				fresh := newSearch(&st)
				fresh.run(doc, query)
				fresh.cur = s.cur
				if got, want := s.decorate(i, l), fresh.decorate(i, l); got != want {
					t.Errorf("%q, match %d, line %d: kept %q, afresh %q", query, s.cur, i, got, want)
				}
			}
			s.step(1)
		}
	}
}
