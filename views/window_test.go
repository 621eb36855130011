package views

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// TestListAndPagerMoveAlike: the list's cursor and the pager's view read
// keys and the mouse wheel the same way, each moving what it moves.
func TestListAndPagerMoveAlike(t *testing.T) {
	t.Parallel()
	keys := DefaultKeyMap()
	runes := func(s string) tea.Msg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }
	wheel := func(b tea.MouseButton, a tea.MouseAction) tea.Msg {
		return tea.MouseMsg{Button: b, Action: a}
	}
	// From the middle of 100 entries (or lines) with 10 on screen.
	tests := []struct {
		name        string
		msg         tea.Msg
		handled     bool
		cursor, top int // the list's after the message
		pagerOffset int
	}{
		{"down", runes("j"), true, 51, 45, 51},
		{"up", runes("k"), true, 49, 45, 49},
		{"top", runes("g"), true, 0, 0, 0},
		{"bottom", runes("G"), true, 99, 90, 90},
		{"page down", runes(" "), true, 60, 55, 60},
		{"page up", tea.KeyMsg{Type: tea.KeyPgUp}, true, 40, 35, 40},
		{"half page down", runes("d"), true, 55, 46, 55},
		{"half page up", runes("u"), true, 45, 45, 45},
		{"wheel down", wheel(tea.MouseButtonWheelDown, tea.MouseActionPress), true, 51, 45, 53},
		{"wheel up", wheel(tea.MouseButtonWheelUp, tea.MouseActionPress), true, 49, 45, 47},
		{"wheel released", wheel(tea.MouseButtonWheelUp, tea.MouseActionRelease), false, 50, 45, 50},
		{"another key", runes("x"), false, 50, 45, 50},
		{"not a key", tea.FocusMsg{}, false, 50, 45, 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := window{cursor: 50, offset: 45}
			if got := w.update(tt.msg, &keys, 100, 10); got != tt.handled {
				t.Errorf("list: handled = %v, want %v", got, tt.handled)
			}
			if w.cursor != tt.cursor || w.offset != tt.top {
				t.Errorf("list: cursor %d at top %d, want %d at %d", w.cursor, w.offset, tt.cursor, tt.top)
			}
			p := pager{offset: 50}
			p.setSize(10, 100)
			if got := p.update(tt.msg, &keys); got != tt.handled {
				t.Errorf("pager: handled = %v, want %v", got, tt.handled)
			}
			if p.offset != tt.pagerOffset {
				t.Errorf("pager: offset %d, want %d", p.offset, tt.pagerOffset)
			}
		})
	}
}
