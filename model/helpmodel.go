package model

import (
	"github.com/charmbracelet/bubbles/help"

	"github.com/brief-reader/brief/views"
)

// sharedHelp is bubbles' help model held as a views.Shared value: it is
// 4 KB of styles, and the Model is copied at every Update and View
// (issue #13).
type sharedHelp struct{ views.Shared[help.Model] }

func newSharedHelp(h help.Model) sharedHelp { return sharedHelp{views.NewShared(h)} }

// model is the help model to draw with, to read only.
func (s sharedHelp) model() *help.Model { return s.Get() }

func (s sharedHelp) showAll() bool { return s.Get().ShowAll }

func (s *sharedHelp) setShowAll(all bool) {
	if s.showAll() != all {
		s.Edit(func(h *help.Model) { h.ShowAll = all })
	}
}

// setWidth is called at every Update: it copies only when the width
// changes.
func (s *sharedHelp) setWidth(width int) {
	if s.Get().Width != width {
		s.Edit(func(h *help.Model) { h.Width = width })
	}
}
