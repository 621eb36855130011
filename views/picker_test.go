package views

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// TestPickerRecountKeepsTheCursorOnItsItem: counted again as stories
// arrive, the items move (most counted first); the cursor does not
// change what enter would choose.
func TestPickerRecountKeepsTheCursorOnItsItem(t *testing.T) {
	t.Parallel()
	st, keys := NewStyles(ThemeNoColor), DefaultKeyMap()
	match := func(q string) func(PickItem) bool {
		return func(it PickItem) bool { return strings.Contains(strings.ToLower(it.Label), q) }
	}
	items := func(counts ...int) []PickItem {
		names := []string{"Kestria", "Orlavia", "Tesmar"}
		var out []PickItem
		for i, c := range counts {
			out = append(out, PickItem{ID: int32(i), Label: names[i], Count: c})
		}
		return out
	}
	p := NewPicker(FilterParty, items(3, 2, 1), match, &st, &keys)
	p.SetSize(40, 10)
	p, _ = p.Update(tea.KeyMsg{Type: tea.KeyDown})
	if f, _ := p.Chosen(); f.Label != "Orlavia" {
		t.Fatalf("chosen %q before the recount, want Orlavia", f.Label)
	}
	p.SetItems(items(3, 2, 9))
	if f, _ := p.Chosen(); f.Label != "Orlavia" {
		t.Errorf("chosen %q after the recount, want Orlavia", f.Label)
	}
	if v := p.View(); !strings.Contains(v, "(3 of 3)") || strings.Index(v, "Tesmar") > strings.Index(v, "Kestria") {
		t.Errorf("the recount is not shown, most counted first:\n%s", v)
	}

	// What was typed still narrows.
	p, _ = p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("tes")})
	p.SetItems(items(4, 2, 9))
	if v := p.View(); !strings.Contains(v, "(1 of 3)") || !strings.Contains(v, "tes") {
		t.Errorf("the typed text is lost:\n%s", v)
	}
}
