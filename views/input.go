package views

import (
	"sync/atomic"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// Input is a text input held as a Shared value: the three inputs were
// two thirds of the reader's Model, 5 KB each, copied and allocated at
// every message (issue #13: a third of the model tests' CPU under the
// race detector). The zero Input is textinput's zero Model.
type Input struct {
	in    Shared[textinput.Model]
	drawn *inputDrawn // nil in the zero Input
}

// inputDrawn is the input last drawn, shared by the copies of an Input.
// A held textinput.Model is never changed, so the one drawn and the
// width name the drawing exactly: a copy that edits its input holds
// another. The picker's input, the filter's and the search's being typed
// were drawn at every frame, styled with lipgloss, and a width given
// copied the 5 KB model (issue #13). Copies used side by side, in tests,
// share it through an atomic pointer.
type inputDrawn struct{ last atomic.Pointer[inputDrawing] }

type inputDrawing struct {
	in    *textinput.Model
	width int
	view  string
}

// NewInput holds in.
func NewInput(in textinput.Model) Input { return Input{in: NewShared(in), drawn: new(inputDrawn)} }

func (i Input) read() *textinput.Model { return i.in.Get() }

// edit applies change to a copy of the input and keeps the copy.
func (i *Input) edit(change func(*textinput.Model)) { i.in.Edit(change) }

func (i Input) Value() string  { return i.read().Value() }
func (i Input) View() string   { return i.ViewWidth(i.read().Width) }
func (i Input) Prompt() string { return i.read().Prompt }
func (i Input) Width() int     { return i.read().Width }

// ViewWidth is the input drawn at width cells, which it pads itself to.
func (i Input) ViewWidth(width int) string {
	held := i.read()
	if i.drawn != nil {
		if d := i.drawn.last.Load(); d != nil && d.in == held && d.width == width {
			return d.view
		}
	}
	var view string
	if held.Width == width {
		view = held.View()
	} else {
		in := *held
		in.Width = width
		view = in.View()
	}
	if i.drawn != nil {
		i.drawn.last.Store(&inputDrawing{in: held, width: width, view: view})
	}
	return view
}

// SetWidth sets the cells the input pads itself to: layout sets it at
// every Update, so it copies only when the width changes.
func (i *Input) SetWidth(width int) {
	if i.Width() != width {
		i.edit(func(in *textinput.Model) { in.Width = width })
	}
}

func (i *Input) SetPrompt(prompt string) {
	if i.Prompt() != prompt {
		i.edit(func(in *textinput.Model) { in.Prompt = prompt })
	}
}

func (i *Input) SetValue(s string) { i.edit(func(in *textinput.Model) { in.SetValue(s) }) }
func (i *Input) CursorEnd()        { i.edit(func(in *textinput.Model) { in.CursorEnd() }) }
func (i *Input) Reset()            { i.edit(func(in *textinput.Model) { in.Reset() }) }
func (i *Input) Blur()             { i.edit(func(in *textinput.Model) { in.Blur() }) }

func (i *Input) Focus() tea.Cmd {
	var cmd tea.Cmd
	i.edit(func(in *textinput.Model) { cmd = in.Focus() })
	return cmd
}

// Update hands msg to the input. A blurred input takes no message
// (textinput's Update returns it as it was), so it keeps the model it
// holds, and with it its drawing: the picker hands it every message.
func (i *Input) Update(msg tea.Msg) tea.Cmd {
	if !i.read().Focused() {
		return nil
	}
	next, cmd := i.read().Update(msg)
	i.in = NewShared(next)
	return cmd
}
