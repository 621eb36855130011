package model

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// BenchmarkResize is the terminal dragged a row or a column narrower and
// back, Update then View, in each view, with a file that failed to load
// (its status line): what a user resizing the window pays each frame.
// The sizes change, the rows drawn and the text do not.
func BenchmarkResize(b *testing.B) {
	for _, view := range []struct {
		name string
		keys []string
	}{{"story", []string{"enter"}}, {"quotes", []string{"tab"}}, {"speaker picker", []string{"tab", "s"}}, {"list", nil}, {"load errors", []string{"E"}}} {
		for _, drag := range []struct {
			name string
			a, c tea.WindowSizeMsg
		}{{"row", tea.WindowSizeMsg{Width: 80, Height: 23}, tea.WindowSizeMsg{Width: 80, Height: 24}},
			{"column", tea.WindowSizeMsg{Width: 79, Height: 24}, tea.WindowSizeMsg{Width: 80, Height: 24}}} {
			b.Run(view.name+"/"+drag.name, func(b *testing.B) {
				m := press(b, newModelWithErrors(b, 80, 24, append([]*data.Briefing{wideStory()}, fixture()...)), view.keys...)
				m = step(step(m, drag.a), drag.c) // both sizes drawn once, as a drag draws them again
				b.ResetTimer()
				alternate(b, m, drag.a, drag.c)
			})
		}
	}
}
