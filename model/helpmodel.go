package model

import "github.com/charmbracelet/bubbles/help"

// sharedHelp is bubbles' help model held by pointer and never changed in
// place: a change is made to a copy, which it then holds. The Model is
// copied at every Update and View, and a help.Model is 4 KB of styles
// (issue #13; see views.Input for the inputs). Copies of the Model share
// it, and a change through one is not seen through the others.
type sharedHelp struct{ h *help.Model }

func newSharedHelp(h help.Model) sharedHelp { return sharedHelp{h: &h} }

// model is the help model to draw with.
func (s sharedHelp) model() help.Model { return *s.h }

func (s sharedHelp) showAll() bool { return s.h.ShowAll }

func (s *sharedHelp) setShowAll(all bool) {
	if s.h.ShowAll != all {
		next := *s.h
		next.ShowAll = all
		s.h = &next
	}
}

// setWidth is called at every Update: it copies only when the width
// changes.
func (s *sharedHelp) setWidth(width int) {
	if s.h.Width != width {
		next := *s.h
		next.Width = width
		s.h = &next
	}
}
