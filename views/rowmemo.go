package views

import (
	"sync"

	"github.com/brief-reader/brief/data"
)

// rowMemo keeps entries' lines as drawn, before they are cut to the
// width: styling them with lipgloss was most of a frame's work, and a
// resize, a cursor move or a refresh redraws the same rows. The key is
// everything a row is drawn from, so a row found is the row that would
// be drawn: a briefing's headline, dateline, date and parties are not
// changed once in the library (attribution fills them before; Attach
// gives a story read without them its statements, so their count is in
// the key), and the styles are fixed when the reader starts.
// Copies of a view share one memo; the mutex is for tests that draw
// models side by side and for any command that draws off the UI
// goroutine.
type rowMemo[K comparable] struct {
	mu   sync.Mutex
	rows map[K][2]string
}

// rowMemoSize bounds a memo: far more rows than a screen shows, and
// emptied whole when full, which costs one redraw of each row.
const rowMemoSize = 4096

func newRowMemo[K comparable]() *rowMemo[K] {
	return &rowMemo[K]{rows: map[K][2]string{}}
}

// row is the row memoised under k, drawn by draw when not yet there.
func (m *rowMemo[K]) row(k K, draw func() (string, string)) (string, string) {
	if m == nil { // a view made without its constructor
		return draw()
	}
	m.mu.Lock()
	r, ok := m.rows[k]
	m.mu.Unlock()
	if ok {
		return r[0], r[1]
	}
	r[0], r[1] = draw()
	m.mu.Lock()
	if len(m.rows) >= rowMemoSize {
		clear(m.rows)
	}
	m.rows[k] = r
	m.mu.Unlock()
	return r[0], r[1]
}

// listRow is what a story list entry is drawn from.
type listRow struct {
	story      *data.Briefing
	statements int // Library.Attach may add them
	selected   bool
	tracking   bool // the library keeps read marks
	unread     bool
	starred    bool
}

// quoteRow is what a quote view entry away from the cursor is drawn
// from: its words and its attribution line, which drops the role and
// the date as the width narrows. The cursor's entry takes its
// attribution line from here too.
type quoteRow struct {
	story     *data.Briefing // the date and headline
	statement data.Statement
	width     int
	alsoIn    int // the other stories that report it
	starred   bool
}
