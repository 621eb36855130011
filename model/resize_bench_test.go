package model

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// BenchmarkResize is the terminal made a row shorter and taller again,
// Update then View, as a window's edge is dragged: a story, the speaker
// picker and the list, each with a file that failed to load (its status
// line). The sizes change, the rows drawn and the text do not.
func BenchmarkResize(b *testing.B) {
	for _, view := range []struct {
		name string
		keys []string
	}{{"story", []string{"enter"}}, {"speaker picker", []string{"tab", "s"}}, {"list", nil}} {
		b.Run(view.name, func(b *testing.B) {
			m := press(b, newModelWithErrors(b, 80, 24, append([]*data.Briefing{wideStory()}, fixture()...)), view.keys...)
			shorter, taller := tea.WindowSizeMsg{Width: 80, Height: 23}, tea.WindowSizeMsg{Width: 80, Height: 24}
			b.ResetTimer()
			alternate(b, m, shorter, taller)
		})
	}
}
