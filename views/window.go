package views

import (
	"slices"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// window is the scroll state of a list drawn a screenful at a time: only
// the entries on screen are ever rendered, however long the list.
type window struct {
	cursor, offset int
}

// fit keeps the cursor on one of n entries and in view of rows entries.
func (w *window) fit(n, rows int) {
	if n <= 0 {
		w.cursor, w.offset = 0, 0
		return
	}
	rows = max(rows, 1)
	w.cursor = clamp(w.cursor, 0, n-1)
	if w.cursor < w.offset {
		w.offset = w.cursor
	}
	if w.cursor >= w.offset+rows {
		w.offset = w.cursor - rows + 1
	}
	w.offset = clamp(w.offset, 0, max(0, n-rows))
}

// update moves the cursor for a navigation key or the mouse wheel. It
// reports whether msg was one.
func (w *window) update(msg tea.Msg, k *KeyMap, n, rows int) bool {
	rows = max(rows, 1)
	m, ok := motionOf(msg, k, rows, 1)
	if !ok {
		return false
	}
	switch m.to {
	case toTop:
		w.cursor = 0
	case toBottom:
		w.cursor = n - 1
	default:
		w.cursor += m.by
		if m.page { // the view turns with the cursor, a page at a time
			w.offset += m.by
		}
	}
	w.offset = max(w.offset, 0)
	w.fit(n, rows)
	return true
}

// motion is how far a navigation key or the mouse wheel asks to move; the
// list moves its cursor by it, the pager its view.
type motion struct {
	by   int
	page bool // by is a whole page
	to   edge
}

type edge int

const (
	toNone edge = iota
	toTop
	toBottom
)

// motionOf reads msg as a motion, with page lines (or entries) to a page
// and wheel to a notch of the mouse wheel. It reports whether msg was one.
func motionOf(msg tea.Msg, k *KeyMap, page, wheel int) (motion, bool) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			return motion{by: -1}, true
		case key.Matches(msg, k.Down):
			return motion{by: 1}, true
		case key.Matches(msg, k.Top):
			return motion{to: toTop}, true
		case key.Matches(msg, k.Bottom):
			return motion{to: toBottom}, true
		case key.Matches(msg, k.PageDown):
			return motion{by: page, page: true}, true
		case key.Matches(msg, k.PageUp):
			return motion{by: -page, page: true}, true
		case key.Matches(msg, k.HalfPageDown):
			return motion{by: max(page/2, 1)}, true
		case key.Matches(msg, k.HalfPageUp):
			return motion{by: -max(page/2, 1)}, true
		}
	case tea.MouseMsg:
		if msg.Action != tea.MouseActionPress {
			break
		}
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			return motion{by: -wheel}, true
		case tea.MouseButtonWheelDown:
			return motion{by: wheel}, true
		}
	}
	return motion{}, false
}

// follow puts the cursor back on item after the selection changed, or on
// the first item when item is gone. The item keeps its row on screen
// when it can, so that stories arriving above it do not move it. items
// is ascending unless a refresh arranged it (see Library.ArrangeStories).
func (w *window) follow(items []int32, item int32, ascending bool) {
	i := -1
	if ascending {
		if j := sort.Search(len(items), func(j int) bool { return items[j] >= item }); j < len(items) && items[j] == item {
			i = j
		}
	} else {
		i = slices.Index(items, item)
	}
	if i < 0 {
		w.cursor, w.offset = 0, 0
		return
	}
	w.offset += i - w.cursor
	w.cursor = i
}

func clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}

// Fit makes lines width x height cells or less: cut, with an ellipsis,
// never wrapped, so a narrow terminal cannot turn a row into two.
func Fit(lines []string, width, height int) string {
	if height <= 0 || width <= 0 {
		return ""
	}
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = cut(l, width)
	}
	return strings.Join(lines, "\n")
}
