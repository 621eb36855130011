package model

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

func BenchmarkZZSweep(b *testing.B) {
	for _, st := range []struct {
		name string
		keys []string
	}{{"list", nil}, {"quotes", []string{"tab"}}, {"detail", []string{"enter"}}} {
		b.Run(st.name, func(b *testing.B) {
			bs := append([]*data.Briefing{wideStory()}, fixture()...)
			m := press(b, newModelWithErrors(b, 80, 24, bs), st.keys...)
			sizes := [][2]int{{10, 5}, {40, 12}, {80, 24}, {63, 30}, {17, 3}}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				s := sizes[i%len(sizes)]
				m = update(b, m, tea.WindowSizeMsg{Width: s[0], Height: s[1]})
				_ = m.View()
			}
		})
	}
}
