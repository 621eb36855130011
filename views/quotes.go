package views

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// Quotes is the quote view: one entry per statement of every story, its
// words first, then who said them, for which party, in which story.
type Quotes struct {
	lib    *Library
	st     *Styles
	keys   *KeyMap
	sel    Selection
	shown  []int32 // sel's items in the order shown
	win    window
	width  int
	height int
}

// NewQuotes makes the quote view of lib.
func NewQuotes(lib *Library, st *Styles, keys *KeyMap) Quotes {
	return Quotes{lib: lib, st: st, keys: keys}
}

// SetSize lays the view out in width x height cells.
func (q *Quotes) SetSize(width, height int) {
	q.width, q.height = width, height
	q.win.fit(len(q.shown), entryRows(height))
}

// Sync applies the filters and any newly loaded statements.
func (q *Quotes) Sync(filters []Filter) {
	current, had := q.Selected()
	if q.sel.Sync(filters, q.lib.StatementCount(), statementTester{q.lib}) {
		q.shown = q.lib.arrangeStatements(q.sel.Items())
		if had {
			q.win.follow(q.shown, int32(current), !q.lib.arranged())
		}
	}
	q.win.fit(len(q.shown), entryRows(q.height))
}

// Update moves the cursor.
func (q Quotes) Update(msg tea.Msg) Quotes {
	q.win.update(msg, q.keys, len(q.shown), entryRows(q.height))
	return q
}

// Selected is the statement under the cursor: its index in the library.
func (q Quotes) Selected() (stmt int, ok bool) {
	if q.win.cursor >= len(q.shown) {
		return 0, false
	}
	return int(q.shown[q.win.cursor]), true
}

// Statements is the statements shown, in order.
func (q Quotes) Statements() []int32 { return q.shown }

// Position is the cursor's 1-based place and the number of statements shown.
func (q Quotes) Position() (int, int) {
	n := len(q.shown)
	if n == 0 {
		return 0, 0
	}
	return q.win.cursor + 1, n
}

// View draws the visible entries.
func (q Quotes) View() string {
	items := q.shown
	if len(items) == 0 {
		msg := "No statements match the filters — esc clears the last one."
		if q.lib.StatementCount() == 0 {
			msg = "No statements yet."
		}
		return Fit([]string{q.st.Empty.Render(msg)}, q.width, q.height)
	}
	rows := entryRows(q.height)
	var lines []string
	for i := q.win.offset; i < len(items) && i < q.win.offset+rows; i++ {
		story, s := q.lib.Statement(int(items[i]))
		b := q.lib.Story(story)
		lines = append(lines, entry(q.st, i == q.win.cursor, q.width, q.words(s), q.attribution(s, b))...)
	}
	return Fit(lines, q.width, q.height)
}

// words shows a statement so that a quotation and reported speech can be
// told apart at a glance: the first in quotation marks, the second plain.
func (q Quotes) words(s data.Statement) string {
	text := strings.Join(strings.Fields(s.Text), " ")
	switch s.Kind {
	case data.Direct:
		return q.st.Direct.Render("“" + strings.Trim(text, `"“”`) + "”")
	case data.Question:
		return q.st.Question.Render("Q: " + text)
	}
	return q.st.Reported.Render(text)
}

// attribution is the second line: speaker, role, party, story.
func (q Quotes) attribution(s data.Statement, b *data.Briefing) string {
	sep := q.st.Meta.Render(" · ")
	who := q.st.Speaker.Render(s.Speaker)
	if s.Role != "" {
		who += q.st.Meta.Render(", " + s.Role)
	}
	parts := []string{q.st.Meta.Render("— ") + who}
	if s.Party != "" && !strings.EqualFold(s.Party, s.Speaker) { // "— Ukraine · Ukraine" says it twice
		parts = append(parts, q.st.Party.Render(s.Party))
	}
	parts = append(parts, q.st.Meta.Render(b.Title))
	return strings.Join(parts, sep)
}
