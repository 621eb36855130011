package views

import (
	"sync"

	"github.com/brief-reader/brief/data"
)

// memo keeps what was drawn under the key it was drawn from: styling
// with lipgloss was most of a frame's work, and a resize, a cursor move
// or a refresh redraws the same rows. A key is everything its value is
// drawn from, so a value found is the value that would be drawn.
// Copies of a view share one memo; the mutex is for tests that draw
// models side by side and for any command that draws off the UI
// goroutine.
type memo[K comparable, V any] struct {
	mu   sync.Mutex
	vals map[K]V
	size int // emptied whole when full, which costs one redraw of each
}

func newMemo[K comparable, V any](size int) *memo[K, V] {
	return &memo[K, V]{vals: map[K]V{}, size: size}
}

// get is the value memoised under k, drawn by draw when not yet there.
// Callers only read it.
func (m *memo[K, V]) get(k K, draw func() V) V {
	if m == nil { // a view made without its constructor
		return draw()
	}
	m.mu.Lock()
	v, ok := m.vals[k]
	m.mu.Unlock()
	if ok {
		return v
	}
	v = draw()
	m.mu.Lock()
	if len(m.vals) >= m.size {
		clear(m.vals)
	}
	m.vals[k] = v
	m.mu.Unlock()
	return v
}

// rowMemo keeps entries' two lines as drawn, before they are cut to the
// width. A briefing's headline, dateline, date and parties are not
// changed once in the library (attribution fills them before; Attach
// gives a story read without them its statements, so their count is in
// the key), and the styles are fixed when the reader starts.
type rowMemo[K comparable] = memo[K, [2]string]

// rowMemoSize bounds a row memo: far more rows than a screen shows.
const rowMemoSize = 4096

func newRowMemo[K comparable]() *rowMemo[K] { return newMemo[K, [2]string](rowMemoSize) }

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
