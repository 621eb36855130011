package model

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/brief-reader/brief/data"
)

// wideStory has runes two cells wide and a word longer than any screen.
func wideStory() *data.Briefing {
	return story("wide", "東京 Talks: Varanda 😀 and Kestria Meet Again in Ostrava Nova", "Ostrava Nova", fixture()[0].Date,
		[]string{
			"Ostrava Nova – Envoy Aru Veld said 東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京 😀😀😀😀😀😀😀😀 would be discussed.",
			"The communiqué is at https://example.org/" + strings.Repeat("a-very-long-path/", 12) + " for all to read.",
		},
		[]string{"Varanda", "Kestria"}, []data.Speaker{{Name: "Aru Veld", Party: "Varanda", Person: true}},
		said{1, "東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京 😀😀😀😀😀😀😀😀 would be discussed", "Aru Veld", "Envoy", "Varanda", "reported"})
}

// TestEverySizeFits resizes every view, picker, help and input through
// the sizes from 1x1 to 100x40 — all of them up to 20 columns or 12 rows,
// where layouts break, and a lattice beyond — nothing may panic, no line
// may be wider than the terminal nor the screen taller.
func TestEverySizeFits(t *testing.T) {
	states := []struct {
		name string
		keys []string
	}{
		{"list", nil},
		{"list with full help", []string{"?"}},
		{"list with filters", []string{"p", "enter", "/", "talks", "enter"}},
		{"typing a filter", []string{"/", "東京 talks"}},
		{"quotes", []string{"tab"}},
		{"party picker", []string{"p"}},
		{"speaker picker", []string{"tab", "s"}},
		{"detail", []string{"enter"}},
		{"detail with full help", []string{"enter", "?"}},
		{"detail at a statement", []string{"tab", "enter"}},
		{"detail typing a search", []string{"enter", "/", "talks"}},
		{"detail with a search", []string{"enter", "/", "東京", "enter", "n"}},
		{"load errors", []string{"E"}},
	}
	maxW, maxH := 100, 40
	sizes := func(yield func(w, h int) bool) {
		for w := 1; w <= maxW; w++ {
			for h := 1; h <= maxH; h++ {
				if (w <= 20 || h <= 12 || (w%7 == 0 && h%3 == 0)) && !yield(w, h) {
					return
				}
			}
		}
	}
	for _, st := range states {
		t.Run(st.name, func(t *testing.T) {
			bs := append([]*data.Briefing{wideStory()}, fixture()...)
			m := newModelWithErrors(t, 80, 24, bs)
			m = press(t, m, st.keys...)
			for w, h := range sizes {
				m = update(t, m, tea.WindowSizeMsg{Width: w, Height: h})
				lines := strings.Split(m.View(), "\n")
				if len(lines) > h {
					t.Fatalf("%dx%d: %d lines", w, h, len(lines))
				}
				for _, l := range lines {
					if lipgloss.Width(l) > w {
						t.Fatalf("%dx%d: a line of %d cells: %q", w, h, lipgloss.Width(l), l)
					}
				}
			}
		})
	}
}

// newModelWithErrors is newModel with a file that failed to load.
func newModelWithErrors(t testing.TB, width, height int, bs []*data.Briefing) Model {
	t.Helper()
	dark, noColor := true, false
	m := New(Config{Dark: &dark, NoColor: &noColor, Load: func(emit func(*data.Briefing, error)) {
		for _, b := range bs {
			emit(b, nil)
		}
		emit(nil, &data.LoadError{Path: "東京/" + strings.Repeat("very-long-folder-name/", 5) + "x.txt", Err: errString("not text")})
	}})
	m = drainLoad(t, m)
	return update(t, m, tea.WindowSizeMsg{Width: width, Height: height})
}

type errString string

func (e errString) Error() string { return string(e) }
