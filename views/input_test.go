package views

import (
	"testing"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// An Input is a value to its users: what is typed or set through one copy
// is not seen through another, as with the textinput.Model it holds.
func TestInputCopiesShareNoChange(t *testing.T) {
	t.Parallel()
	a := NewInput(textinput.New())
	a.Focus()
	a.SetValue("Tesmar")
	b := a
	b.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(" talks")})
	b.SetWidth(12)
	b.SetPrompt("? ")
	b.Blur()
	if a.Value() != "Tesmar" || a.Width() != 0 || a.Prompt() != "> " {
		t.Errorf("a changed with its copy: %q, width %d, prompt %q", a.Value(), a.Width(), a.Prompt())
	}
	if b.Value() != "Tesmar talks" || b.Width() != 12 || b.Prompt() != "? " {
		t.Errorf("the copy: %q, width %d, prompt %q", b.Value(), b.Width(), b.Prompt())
	}
	c := b
	c.Reset()
	if b.Value() != "Tesmar talks" || c.Value() != "" {
		t.Errorf("reset: %q and %q", b.Value(), c.Value())
	}
	var zero Input
	if zero.Value() != "" || zero.View() != (textinput.Model{}).View() {
		t.Error("the zero Input is not the zero textinput")
	}
}

// The drawing an Input keeps is shared by its copies: each copy, drawn
// at its own width or another, in any order, must draw as the
// textinput.Model it holds draws at that width.
func TestInputDrawnIsTheInputOfNow(t *testing.T) {
	t.Parallel()
	a := NewInput(textinput.New())
	a.Focus()
	a.SetValue("Tesmar")
	a.SetWidth(20)
	b := a
	b.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(" talks")})
	c := b
	c.Blur()
	d := c
	d.Update(tea.KeyMsg{Type: tea.KeyLeft})
	d.SetPrompt("? ")
	inputs := map[string]*Input{"a": &a, "b": &b, "c": &c, "d": &d}
	kept := 0
	for _, name := range []string{"a", "a", "b", "a", "c", "c", "b", "d", "d", "a"} {
		in := inputs[name]
		for _, w := range []int{20, 8, 0, 30, 8, 8} { // the width the last input was drawn at first
			held := *in.read()
			if d := in.drawn.last.Load(); d != nil && d.in == in.read() && d.width == w {
				kept++
			}
			got := in.ViewWidth(w)
			held.Width = w
			if want := held.View(); got != want {
				t.Errorf("%s at %d cells: %q, its input draws %q", name, w, got, want)
			}
		}
		if got, want := in.View(), in.read().View(); got != want {
			t.Errorf("%s: %q, its input draws %q", name, got, want)
		}
	}
	if kept == 0 {
		t.Error("no drawing was kept")
	}
}
