package views

import (
	"slices"
	"testing"

	"github.com/muesli/termenv"

	"github.com/brief-reader/brief/data"
)

// TestNarrowWidthsRenderAsAlone: the widths below minWrap share one
// glamour renderer, which keeps its last output; two stories rendered in
// turn at each of those widths must come out as a renderer made afresh
// renders each.
func TestNarrowWidthsRenderAsAlone(t *testing.T) {
	t.Parallel()
	stories := []*data.Briefing{
		{Title: "Harbour accord", Paragraphs: []data.Paragraph{{Text: "Tesmar and Orlavia agreed the harbour stays open."}}},
		{Title: "Tolls fall", Paragraphs: []data.Paragraph{{Text: "Kestria said the tolls fall in spring."}}},
	}
	shared := NewRenderer("dark", termenv.ANSI256)
	for w := 1; w <= minWrap+1; w++ {
		for _, b := range stories {
			got, _ := shared.Doc(b, w)
			want, _ := NewRenderer("dark", termenv.ANSI256).Doc(b, w)
			if !slices.Equal(got.Lines, want.Lines) {
				t.Errorf("%q at %d columns: %q, alone %q", b.Title, w, got.Lines, want.Lines)
			}
		}
	}
}
