package model

import (
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/views"
)

// sharedSpinner is bubbles' spinner held as a views.Shared value, with
// its frame drawn: the spinner is 600 bytes of styles, a fifth of the
// Model, which is copied at every Update and View and boxed in the
// tea.Model each Update returns; and the header drew the frame with
// lipgloss at every Update, though only a tick changes it (issue #13).
type sharedSpinner struct{ views.Shared[spinnerDrawn] }

type spinnerDrawn struct {
	spinner spinner.Model
	view    string // spinner.View()
}

func newSharedSpinner(s spinner.Model) sharedSpinner {
	return sharedSpinner{views.NewShared(spinnerDrawn{spinner: s, view: s.View()})}
}

// Tick starts the spinner turning.
func (s sharedSpinner) Tick() tea.Msg { return s.Get().spinner.Tick() }

// View is the spinner's frame.
func (s sharedSpinner) View() string { return s.Get().view }

// update turns the spinner a frame on its tick.
func (s *sharedSpinner) update(msg spinner.TickMsg) tea.Cmd {
	var cmd tea.Cmd
	s.Edit(func(d *spinnerDrawn) {
		d.spinner, cmd = d.spinner.Update(msg)
		d.view = d.spinner.View()
	})
	return cmd
}
