package views

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// TestTheCursorStaysOnTheNewestAsAFolderLoads: stories stream in out of
// date order and are sorted newest first; until the user moves, the
// cursor stays on the first row, so the folder opens on its newest
// story. Once moved, it keeps its story.
func TestTheCursorStaysOnTheNewestAsAFolderLoads(t *testing.T) {
	t.Parallel()
	dated := func(id string, day int) *data.Briefing {
		return &data.Briefing{ID: id, Title: "Tesmar " + id, Date: time.Date(2025, 3, day, 0, 0, 0, 0, time.UTC)}
	}
	st := NewStyles(ThemeNoColor)
	keys := DefaultKeyMap()
	lib := NewLibrary(nil)
	l := NewList(lib, &st, &keys)
	l.SetSize(80, 20)
	selected := func() string {
		t.Helper()
		i, ok := l.Selected()
		if !ok {
			t.Fatal("no story under the cursor")
		}
		return lib.Story(i).ID
	}
	for _, b := range []*data.Briefing{dated("mar02", 2), dated("mar05", 5), dated("mar01", 1), dated("mar09", 9)} {
		lib.Add(b)
		l.Sync(nil)
	}
	if got := selected(); got != "mar09" {
		t.Fatalf("cursor on %s, want the newest, mar09", got)
	}
	l = l.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")})
	if got := selected(); got != "mar05" {
		t.Fatalf("after j on %s, want mar05", got)
	}
	lib.Add(dated("mar20", 20))
	l.Sync(nil)
	if got := selected(); got != "mar05" {
		t.Fatalf("moved cursor went to %s as a story arrived, want it kept on mar05", got)
	}
}
