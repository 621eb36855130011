package views

import tea "github.com/charmbracelet/bubbletea"

// entries is what the story list and the quote view share: the library's
// items that the filters keep, in the order refreshes arrange them, under
// a cursor, drawn entryHeight lines an entry. Each view keeps only how an
// entry is drawn.
type entries struct {
	lib    *Library
	st     *Styles
	keys   *KeyMap
	src    source
	sel    Selection
	shown  []int32 // sel's items in the order shown
	win    window
	width  int
	height int
}

// source is one kind of library item: stories or statements.
type source interface {
	tester
	count() int
	arrange(items []int32) []int32
	noun() string // plural, for the empty view
}

func (l storyTester) count() int                    { return l.Len() }
func (l storyTester) arrange(items []int32) []int32 { return l.ArrangeStories(items) }
func (storyTester) noun() string                    { return "stories" }

func (l statementTester) count() int                    { return l.StatementCount() }
func (l statementTester) arrange(items []int32) []int32 { return l.arrangeStatements(items) }
func (statementTester) noun() string                    { return "statements" }

func newEntries(lib *Library, st *Styles, keys *KeyMap, src source) entries {
	return entries{lib: lib, st: st, keys: keys, src: src}
}

// SetSize lays the entries out in width x height cells.
func (e *entries) SetSize(width, height int) {
	e.width, e.height = width, height
	e.win.fit(len(e.shown), entryRows(height))
}

// Sync applies the filters and any newly loaded items, keeping the
// cursor on its item when the item is still there.
func (e *entries) Sync(filters []Filter) {
	current, had := e.Selected()
	if e.sel.Sync(filters, e.src.count(), e.src) {
		e.shown = e.src.arrange(e.sel.Items())
		if had {
			e.win.follow(e.shown, int32(current), !e.lib.arranged())
		}
	}
	e.win.fit(len(e.shown), entryRows(e.height))
}

// Position is the cursor's 1-based place and the number of items shown.
func (e entries) Position() (int, int) {
	n := len(e.shown)
	if n == 0 {
		return 0, 0
	}
	return e.win.cursor + 1, n
}

func (e *entries) update(msg tea.Msg) {
	e.win.update(msg, e.keys, len(e.shown), entryRows(e.height))
}

// Selected is the item under the cursor: the index in the library of a
// story in the list, of a statement in the quote view.
func (e entries) Selected() (item int, ok bool) {
	if e.win.cursor >= len(e.shown) {
		return 0, false
	}
	return int(e.shown[e.win.cursor]), true
}

func (e *entries) selectItem(item int) {
	e.win.follow(e.shown, int32(item), !e.lib.arranged())
	e.win.fit(len(e.shown), entryRows(e.height))
}

// view draws the visible entries, each by draw.
func (e entries) view(draw func(item int, selected bool) []string) string {
	if len(e.shown) == 0 {
		noun := e.src.noun()
		msg := "No " + noun + " match the filters — esc clears the last one."
		if e.src.count() == 0 {
			msg = "No " + noun + " yet."
		}
		return Fit([]string{e.st.Empty.Render(msg)}, e.width, e.height)
	}
	rows := entryRows(e.height)
	var lines []string
	for i := e.win.offset; i < len(e.shown) && i < e.win.offset+rows; i++ {
		lines = append(lines, draw(int(e.shown[i]), i == e.win.cursor)...)
	}
	return Fit(lines, e.width, e.height)
}
