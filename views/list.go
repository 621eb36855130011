package views

import (
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// List is the story list, the start screen: one entry per story with its
// headline, then dateline, date, parties and statement count.
type List struct {
	lib    *Library
	st     *Styles
	keys   *KeyMap
	sel    Selection
	win    window
	width  int
	height int
}

// NewList makes the story list of lib.
func NewList(lib *Library, st *Styles, keys *KeyMap) List {
	return List{lib: lib, st: st, keys: keys}
}

// SetSize lays the list out in width x height cells.
func (l *List) SetSize(width, height int) {
	l.width, l.height = width, height
	l.win.fit(len(l.sel.Items()), entryRows(height))
}

// Sync applies the filters and any newly loaded stories, keeping the
// cursor on its story when the story is still there.
func (l *List) Sync(filters []Filter) {
	current, had := l.Selected()
	if l.sel.Sync(filters, l.lib.Len(), storyTester{l.lib}) && had {
		l.win.follow(l.sel.Items(), int32(current))
	}
	l.win.fit(len(l.sel.Items()), entryRows(l.height))
}

// Update moves the cursor.
func (l List) Update(msg tea.Msg) List {
	l.win.update(msg, l.keys, len(l.sel.Items()), entryRows(l.height))
	return l
}

// Selected is the story under the cursor.
func (l List) Selected() (story int, ok bool) {
	items := l.sel.Items()
	if l.win.cursor >= len(items) {
		return 0, false
	}
	return int(items[l.win.cursor]), true
}

// Select puts the cursor on story, if the filters show it.
func (l *List) Select(story int) {
	items := l.sel.Items()
	l.win.follow(items, int32(story))
	l.win.fit(len(items), entryRows(l.height))
}

// Stories is the stories shown, in order.
func (l List) Stories() []int32 { return l.sel.Items() }

// Position is the cursor's 1-based place and the number of stories shown.
func (l List) Position() (int, int) {
	n := len(l.sel.Items())
	if n == 0 {
		return 0, 0
	}
	return l.win.cursor + 1, n
}

// View draws the visible entries.
func (l List) View() string {
	items := l.sel.Items()
	if len(items) == 0 {
		msg := "No stories match the filters — esc clears the last one."
		if l.lib.Len() == 0 {
			msg = "No stories yet."
		}
		return Fit([]string{l.st.Empty.Render(msg)}, l.width, l.height)
	}
	rows := entryRows(l.height)
	var lines []string
	for i := l.win.offset; i < len(items) && i < l.win.offset+rows; i++ {
		b := l.lib.Story(int(items[i]))
		sel := i == l.win.cursor
		title := l.st.Title
		if sel {
			title = l.st.TitleSel
		}
		lines = append(lines, entry(l.st, sel, l.width, title.Render(b.Title), l.meta(b))...)
	}
	return Fit(lines, l.width, l.height)
}

// meta is the second line of an entry: where, when, how much, who.
func (l List) meta(b *data.Briefing) string {
	var parts []string
	if b.Dateline != "" {
		parts = append(parts, l.st.Meta.Render(b.Dateline))
	}
	if !b.Date.IsZero() {
		parts = append(parts, l.st.Meta.Render(b.Date.Format("2 Jan 2006")))
	}
	// The count before the parties, which may run past the width.
	parts = append(parts, l.st.Meta.Render(plural(len(b.Statements), "statement")))
	if len(b.Parties) > 0 {
		parts = append(parts, l.st.Party.Render(strings.Join(b.Parties, ", ")))
	}
	return strings.Join(parts, l.st.Meta.Render(" · "))
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
