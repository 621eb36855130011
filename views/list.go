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
	shown  []int32 // sel's items in the order shown
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
	l.win.fit(len(l.shown), entryRows(height))
}

// Sync applies the filters and any newly loaded stories, keeping the
// cursor on its story when the story is still there.
func (l *List) Sync(filters []Filter) {
	current, had := l.Selected()
	if l.sel.Sync(filters, l.lib.Len(), storyTester{l.lib}) {
		l.shown = l.lib.ArrangeStories(l.sel.Items())
		if had {
			l.win.follow(l.shown, int32(current), !l.lib.arranged())
		}
	}
	l.win.fit(len(l.shown), entryRows(l.height))
}

// Update moves the cursor.
func (l List) Update(msg tea.Msg) List {
	l.win.update(msg, l.keys, len(l.shown), entryRows(l.height))
	return l
}

// Selected is the story under the cursor.
func (l List) Selected() (story int, ok bool) {
	if l.win.cursor >= len(l.shown) {
		return 0, false
	}
	return int(l.shown[l.win.cursor]), true
}

// Select puts the cursor on story, if the filters show it.
func (l *List) Select(story int) {
	l.win.follow(l.shown, int32(story), !l.lib.arranged())
	l.win.fit(len(l.shown), entryRows(l.height))
}

// Stories is the stories shown, in order.
func (l List) Stories() []int32 { return l.shown }

// Position is the cursor's 1-based place and the number of stories shown.
func (l List) Position() (int, int) {
	n := len(l.shown)
	if n == 0 {
		return 0, 0
	}
	return l.win.cursor + 1, n
}

// View draws the visible entries.
func (l List) View() string {
	items := l.shown
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
		story := int(items[i])
		b := l.lib.Story(story)
		sel := i == l.win.cursor
		title, meta := l.title(story, sel), l.meta(b)
		if l.lib.TracksUnread() {
			mark := "  "
			if l.lib.Unread(story) {
				mark = l.st.Unread.Render(UnreadMark) + " "
			}
			title, meta = mark+title, "  "+meta
		}
		lines = append(lines, entry(l.st, sel, l.width, title, meta)...)
	}
	return Fit(lines, l.width, l.height)
}

// UnreadMark marks a story not yet opened. A glyph rather than a colour
// or weight alone, so that it shows with NO_COLOR and in plain text.
const UnreadMark = "●"

func (l List) title(story int, selected bool) string {
	b := l.lib.Story(story)
	switch {
	case selected:
		return l.st.TitleSel.Render(b.Title)
	case l.lib.TracksUnread() && l.lib.Unread(story):
		return l.st.TitleUnread.Render(b.Title)
	}
	return l.st.Title.Render(b.Title)
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
