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
