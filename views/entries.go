package views

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// entries is what the story list and the quote view share: the library's
// items that the filters keep, in the order refreshes arrange them, under
// a cursor, drawn entryHeight lines an entry — except the cursor's entry,
// which a view may draw taller. Each view keeps only how an entry is
// drawn.
type entries struct {
	lib    *Library
	st     *Styles
	keys   *KeyMap
	src    source
	sel    Selection
	shown  []int32 // sel's items in the order shown
	gen    int     // the library's arrangement shown is of; see orderGen
	win    window
	width  int
	height int
	// selectedHeight is the lines item takes under the cursor, at most
	// limit, at width; nil when it takes entryHeight, as the others do.
	// The window is laid out with it so that the cursor's entry is on
	// screen whole.
	selectedHeight func(item, width, limit int) int
	// moved is whether the cursor was put somewhere (a key, a click, a
	// story opened): until then it stays on the first row as the first
	// load streams items in and sorts them, so a folder opens on its
	// newest story.
	moved   bool
	counted int // the items Sync last saw; more are items streamed in
	cuts    *memo[cutLine, string]
}

// source is one kind of library item: stories or statements.
type source interface {
	tester
	count() int
	known() int // the items, from the first, that the filters can test
	arrange(items []int32) []int32
	noun() string // plural, for the empty view
}

func (l storyTester) count() int                    { return l.Len() }
func (l storyTester) known() int                    { return l.Indexed() }
func (l storyTester) arrange(items []int32) []int32 { return l.ArrangeStories(items) }
func (storyTester) noun() string                    { return "stories" }

func (l statementTester) count() int                    { return l.StatementCount() }
func (l statementTester) known() int                    { return l.StatementCount() }
func (l statementTester) arrange(items []int32) []int32 { return l.arrangeStatements(items) }
func (statementTester) noun() string                    { return "statements" }

func newEntries(lib *Library, st *Styles, keys *KeyMap, src source) entries {
	return entries{lib: lib, st: st, keys: keys, src: src, cuts: newCutMemo()}
}

// SetSize lays the entries out in width x height cells.
func (e *entries) SetSize(width, height int) {
	e.width, e.height = width, height
	e.win.fit(len(e.shown), e.rows())
}

// Sync applies the filters and any newly loaded items, keeping the
// cursor on its item when the item is still there.
func (e *entries) Sync(filters []Filter) {
	current, had := e.Selected()
	arrived := e.src.count() > e.counted
	e.counted = e.src.count()
	changed := e.sel.Sync(filters, e.src.count(), e.src.known(), e.src)
	if gen := e.lib.orderGen(); changed || gen != e.gen {
		items := e.sel.Items()
		sub, narrowed := []int32(nil), false
		if gen == e.gen && len(items) < len(e.shown) {
			// A filter narrowed (a letter typed): the items shown
			// before, in their order, hold the new ones.
			sub, narrowed = e.lib.ord.narrow(e.shown, items, e.src.count())
		}
		if narrowed {
			e.shown = sub
		} else {
			e.shown = e.src.arrange(items)
		}
		e.gen = gen
		// On the first load the cursor stays on the first row; once the
		// user has moved it, or a refresh adds stories above what they
		// read, it stays on its item.
		if arrived && !e.moved && e.lib.fresh == 0 {
			e.win.cursor, e.win.offset = 0, 0
		} else if had {
			e.win.follow(e.shown, int32(current), !e.lib.arranged())
		}
	}
	e.win.fit(len(e.shown), e.rows())
}

// Position is the cursor's 1-based place and the number of items shown.
func (e entries) Position() (int, int) {
	n := len(e.shown)
	if n == 0 {
		return 0, 0
	}
	return e.win.cursor + 1, n
}

// OnScreen is the items on screen, with up to margin more each side, in
// the order shown.
func (e entries) OnScreen(margin int) []int32 {
	from := max(e.win.offset-margin, 0)
	to := min(e.win.offset+e.rows()+margin, len(e.shown))
	if from >= to {
		return nil
	}
	return e.shown[from:to]
}

// update moves the cursor a page of the entries on screen at a time,
// then lays the window out again around the entry it landed on, which
// may be taller or shorter than the one it left.
func (e *entries) update(msg tea.Msg) {
	if e.win.update(msg, e.keys, len(e.shown), e.rows()) {
		e.moved = true
		e.win.fit(len(e.shown), e.rows())
	}
}

// Place is where the cursor is: on which item, at which row of the
// screen. See Return.
type Place struct {
	item  int32
	ok    bool // there was an item under the cursor
	win   window
	moved bool
}

// Place is where the cursor is now.
func (e entries) Place() Place {
	item, ok := e.Selected()
	return Place{item: int32(item), ok: ok, win: e.win, moved: e.moved}
}

// Return puts the cursor back on p's item, at the row it had when it
// can: a filter typed and then dropped leaves the entries as they were,
// though the cursor followed the matches while it was typed. Sync the
// filters first.
func (e *entries) Return(p Place) {
	if !p.ok {
		return
	}
	e.win, e.moved = p.win, p.moved
	e.win.follow(e.shown, p.item, !e.lib.arranged())
	e.win.fit(len(e.shown), e.rows())
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
	e.moved = true
	e.win.follow(e.shown, int32(item), !e.lib.arranged())
	e.win.fit(len(e.shown), e.rows())
}

// view draws the visible entries: draw gives an entry's main line and
// its line of details.
func (e entries) view(draw func(item int, selected bool) (main, details string)) string {
	return e.viewLines(func(item int, selected bool) []string {
		main, details := draw(item, selected)
		return []string{main, details}
	})
}

// viewLines draws the visible entries: draw gives an entry's lines,
// entryHeight of them, or for the cursor's entry as many as
// selectedHeight said.
func (e entries) viewLines(draw func(item int, selected bool) []string) string {
	if len(e.shown) == 0 {
		noun := e.src.noun()
		msg := "No " + noun + " match the filters — esc clears the last one."
		switch {
		case e.src.count() == 0:
			msg = "No " + noun + " yet."
		case e.lib.HideRead() && len(e.sel.Items()) > 0:
			msg = "Nothing unread — H shows the read stories."
		}
		return Fit([]string{e.st.Empty.Render(msg)}, e.width, e.height)
	}
	rows := e.rows()
	var lines []string
	for i := e.win.offset; i < len(e.shown) && i < e.win.offset+rows; i++ {
		sel := i == e.win.cursor
		lines = append(lines, e.entry(sel, draw(int(e.shown[i]), sel)...)...)
	}
	// Fit without cutting the lines again: entry cut each to the width,
	// and a line cut is no wider than the width, which Fit would leave
	// as it is after measuring it again.
	if e.width <= 0 || e.height <= 0 {
		return ""
	}
	return strings.Join(lines[:min(len(lines), e.height)], "\n")
}

// entryHeight is the lines of one entry in the story list and the quote
// view: a main line and a line of details.
const entryHeight = 2

// rows is how many entries fit in the height: the cursor's entry and as
// many others of entryHeight as the rest holds; at least one, which the
// view clips, so a tiny window still shows where the cursor is.
func (e entries) rows() int {
	cursor := entryHeight
	if n := len(e.shown); n > 0 && e.selectedHeight != nil {
		// the entry fit will keep the cursor on, wherever it was left
		item := e.shown[clamp(e.win.cursor, 0, n-1)]
		cursor = e.selectedHeight(int(item), e.width, selectedLimit(e.height))
	}
	if e.height < cursor {
		return 1
	}
	return 1 + (e.height-cursor)/entryHeight
}

// selectedLimit is the most lines the cursor's entry may take in height
// lines: about half of them, so that the entries around it stay in view,
// and never fewer than any other entry's.
func selectedLimit(height int) int {
	return max(height/2, entryHeight)
}

// entryMargin is the cells before an entry's lines: the cursor's column.
const entryMargin = 2

// entry draws one list entry: a marker column for the cursor, then each
// line cut to width.
func entry(st *Styles, selected bool, width int, lines ...string) []string {
	marker := strings.Repeat(" ", entryMargin)
	if selected {
		marker = st.Selected.Render("▌") + " "
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = cut(marker+l, width)
	}
	return out
}
