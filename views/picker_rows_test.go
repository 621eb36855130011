package views

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// TestPickerRowsFollowWhatTheyAreDrawnFrom: the picker keeps its rows as
// drawn, so after every change a row is drawn from (the counts, the
// cursor, the width, the items themselves) it must show what a picker
// made afresh shows.
func TestPickerRowsFollowWhatTheyAreDrawnFrom(t *testing.T) {
	t.Parallel()
	st := NewStyles(ThemeDark)
	keys := DefaultKeyMap()
	match := func(q string) func(PickItem) bool {
		return func(it PickItem) bool { return q == "" || it.Label == q }
	}
	items := func(counts ...int) []PickItem {
		return []PickItem{
			{ID: 1, Label: "Aru Veld", Detail: "Varanda", Count: counts[0]},
			{ID: 2, Label: "Tesmar", Count: counts[1]},
			{ID: 3, Label: "Lena Orlov", Detail: "Orlavia", Count: counts[2]},
		}
	}
	p := NewPicker(FilterSpeaker, items(9, 5, 2), match, &st, &keys)
	width := 40
	check := func(step string) {
		t.Helper()
		fresh := NewPicker(FilterSpeaker, append([]PickItem(nil), p.items...), match, &st, &keys)
		fresh.SetSize(width, 10)
		fresh.win = p.win
		p.SetSize(width, 10)
		if got, want := p.View(), fresh.View(); got != want {
			t.Errorf("%s: the picker shows\n%s\nwant\n%s", step, ansi.Strip(got), ansi.Strip(want))
		}
	}
	check("at first")
	p, _ = p.Update(tea.KeyMsg{Type: tea.KeyDown})
	check("the cursor moved")
	p.SetItems(items(9, 7, 2))
	check("a count changed")
	p.SetItems(items(9, 7, 12))
	check("the order changed")
	p.SetItems([]PickItem{{ID: 1, Label: "Aru Veld", Detail: "Kestria", Count: 9}, {ID: 2, Label: "Tesmar", Count: 7}})
	check("a party changed")
	for _, width = range []int{30, 20, 12, 8} {
		check("narrower")
	}
}
