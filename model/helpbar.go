package model

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"

	"github.com/brief-reader/brief/views"
)

// drawHelp is the help as h draws it, fitted to h's width, one line a
// row. The help is the costliest part of a frame and rarely changes from
// one frame to the next, so the last drawing of the short bar and of the
// full help is kept (issue #13), and kept through a resize while the
// help keeps the same keys and fits (views.HelpShape). Each copy of the
// model keeps its own, so copies used side by side share nothing. h is
// the shared help model, read only: it is 4 KB of styles, which the race
// detector checks word by word at every copy, and layout draws the help
// at every Update.
func (m *Model) drawHelp(h *help.Model) []string { return m.drawHelpOf(m.whichHelp(), h) }

// drawHelpOf is drawHelp for the help which names.
func (m *Model) drawHelpOf(which helpWhich, h *help.Model) []string {
	drawn := &m.helpDrawn[0]
	if h.ShowAll {
		drawn = &m.helpDrawn[1]
	}
	from := helpDrawnFrom{which: which, width: h.Width, showAll: h.ShowAll}
	return drawn.get(from, true, func() shapedHelp {
		hm, shape := helpMapOf(m.keys, which).FitShape(h)
		// drawn still holds the last drawing here: a resize that leaves
		// the same keys folded the same way, all fitting, draws the same.
		if drawn.ok && shape.Fits && drawn.val.shape == shape && drawn.from.which == which {
			return drawn.val
		}
		return shapedHelp{shape: shape, lines: strings.Split(h.View(hm), "\n")}
	}).lines
}

// shapedHelp is a drawing of the help with the shape its keys took.
type shapedHelp struct {
	shape views.HelpShape
	lines []string
}

// helpDrawnFrom is everything a drawing of the help depends on but what
// New fixes (the key map, which no Update changes, the styles and the
// separators): which help, with what it is given, the width, and whether
// it is the full help. Working out the help and a key of its every
// binding's text at each layout was a tenth of a frame under the race
// detector (issue #13).
type helpDrawnFrom struct {
	which   helpWhich
	width   int
	showAll bool
}

// helpWhich is which help the footer shows, with what helpMap gives it.
type helpWhich struct {
	kind  helpKind
	flags [3]bool
}

type helpKind uint8

const (
	helpList helpKind = iota
	helpPicker
	helpInput
	helpDetail
	helpPager
	helpProfile
	helpStoryQuotes
)

// whichHelp is the help the model's state asks for (see helpMap).
func (m *Model) whichHelp() helpWhich {
	switch {
	case m.picking:
		return helpWhich{kind: helpPicker}
	case m.typing, m.screen == screenDetail && m.detail.Typing():
		return helpWhich{kind: helpInput}
	case m.screen == screenDetail:
		return helpWhich{kind: helpDetail, flags: [3]bool{m.detail.Searching()}}
	case m.screen == screenProblems:
		return helpWhich{kind: helpPager}
	case m.screen == screenProfile:
		return helpWhich{kind: helpProfile}
	case m.fromStory():
		return helpWhich{kind: helpStoryQuotes, flags: [3]bool{len(m.loadErr) > 0}}
	}
	return helpWhich{kind: helpList, flags: [3]bool{m.screen == screenQuotes, len(m.filters) > 0, len(m.loadErr) > 0}}
}

// helpMapOf is the help w names, from the key map fixed in New.
func helpMapOf(keys *views.KeyMap, w helpWhich) views.HelpMap {
	switch w.kind {
	case helpPicker:
		return keys.PickerHelp()
	case helpInput:
		return keys.InputHelp()
	case helpDetail:
		return keys.DetailHelp(w.flags[0])
	case helpPager:
		return keys.PagerHelp()
	case helpProfile:
		return keys.ProfileHelp()
	case helpStoryQuotes: // esc goes back to the story
		return keys.StoryQuotesHelp(w.flags[0])
	}
	return keys.ListHelp(w.flags[0], w.flags[1], w.flags[2])
}
