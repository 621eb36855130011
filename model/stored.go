package model

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// Stored is the user's library as its database holds it: how many
// stories there are is known at once, and their rows are read a window at
// a time, so that a library of 100,000 stories is listed whole as soon as
// its first screen is read. The reader reads the rows on screen first,
// and every other row in the background, in order, for the filters.
// Read is called from background commands, several at once.
type Stored interface {
	// Len is how many stories the library held when it was opened.
	Len() int
	// Read reads stories from to to-1, newest first, compact (without
	// paragraphs or statements; see Config.LoadBody and LoadStatements):
	// out[k] is story from+k, nil when the library no longer holds it.
	Read(from, to int) ([]*data.Briefing, error)
}

const (
	// firstWindow is the rows read with the library's order, before
	// the first frame: a screen of entries, even a tall one.
	firstWindow = 100
	// fillBatch is the rows one background read brings: a few
	// milliseconds to read, and as long for Update to index, so keys are
	// handled between batches.
	fillBatch = 500
)

// storedOpenedMsg brings the library's order and its first rows.
type storedOpenedMsg struct {
	stored Stored
	first  []*data.Briefing
	err    error
}

// storedRowsMsg brings rows of the library read in the background.
type storedRowsMsg struct {
	from, to int // the rows asked for, by place in the library
	rows     []*data.Briefing
	err      error
	fill     bool // the background read of every row; false: rows on screen
}

func openStored(open func() (Stored, error)) tea.Cmd {
	return func() tea.Msg {
		s, err := open()
		if err != nil || s == nil {
			return storedOpenedMsg{err: err}
		}
		first, err := s.Read(0, min(firstWindow, s.Len()))
		return storedOpenedMsg{stored: s, first: first, err: err}
	}
}

func readStored(s Stored, from, to int, fill bool) tea.Cmd {
	return func() tea.Msg {
		rows, err := s.Read(from, to)
		if err == nil && len(rows) != to-from {
			rows = nil // a Stored that breaks its word: taken as unreadable
		}
		return storedRowsMsg{from: from, to: to, rows: rows, err: err, fill: fill}
	}
}

// storedOpened lists the library's stories, the first of them read, and
// starts Load (whose stories come after them) and the background read of
// the rest.
func (m *Model) storedOpened(msg storedOpenedMsg) tea.Cmd {
	m.opening = false
	cmds := []tea.Cmd{m.loader.next()}
	if msg.stored != nil && msg.stored.Len() > 0 {
		m.stored = msg.stored
		m.storedAt = m.lib.Reserve(msg.stored.Len())
		m.fillRows(0, min(firstWindow, msg.stored.Len()), msg.first, msg.err)
		// The background read starts when Load is done: the list is
		// whole first (Load's stories follow the library's), and the
		// first frame is not drawn beside it.
		m.filling, m.fillWaits = true, true
	} else if msg.err != nil {
		m.addLoadErr(msg.err)
	}
	return tea.Batch(cmds...)
}

// storedRows takes in rows read in the background.
func (m *Model) storedRows(msg storedRowsMsg) tea.Cmd {
	m.fillRows(msg.from, msg.to, msg.rows, msg.err)
	if !msg.fill {
		m.windowing = false // Update reads what is on screen now, if need be
		return nil
	}
	return m.nextFill()
}

// fillRows gives the library's rows from to to-1 what was read of them.
// A row that could not be read, or is no longer in the library, is
// listed as such rather than left waiting: the filters know the stories
// in order, and one missing would hold back all after it.
func (m *Model) fillRows(from, to int, rows []*data.Briefing, err error) {
	if err != nil {
		m.addLoadErr(err)
	}
	bs := make([]*data.Briefing, to-from)
	for k := range bs {
		switch {
		case k < len(rows) && rows[k] != nil:
			bs[k] = rows[k]
		case err != nil:
			bs[k] = &data.Briefing{Title: "(this story could not be read: E lists why)"}
		default:
			bs[k] = &data.Briefing{Title: "(this story has left the library since it was opened)"}
		}
	}
	filled := m.lib.Fill(m.storedAt+from, bs)
	for _, i := range filled {
		m.askRead(i)
	}
}

// nextFill asks for the next rows not read yet, in order; when every row
// is read, the quote view, if it is wanted, gets their statements.
func (m *Model) nextFill() tea.Cmd {
	n := m.stored.Len()
	for m.fillFrom < n && m.lib.Read(m.storedAt+m.fillFrom) {
		m.fillFrom++
	}
	if m.fillFrom >= n {
		m.filling = false
		if m.screen == screenQuotes || m.back == screenQuotes {
			return m.needStatements()
		}
		return nil
	}
	from, to := m.fillFrom, min(m.fillFrom+fillBatch, n)
	for k := from + 1; k < to; k++ {
		if m.lib.Read(m.storedAt + k) { // read with the rows on screen
			to = k
		}
	}
	m.fillFrom = to
	return readStored(m.stored, from, to, true)
}

// readOnScreen reads the library's rows on the story list's screen, and
// a screen's worth each side, that are not read yet: the list is drawn
// with a placeholder for each until they come.
func (m *Model) readOnScreen() tea.Cmd {
	if m.stored == nil || m.windowing || m.screen != screenList {
		return nil
	}
	n := m.stored.Len()
	margin := max(m.height, 16) // entries: a screen or more each side
	lo, hi := -1, -1
	for _, i := range m.list.OnScreen(margin) {
		row := int(i) - m.storedAt
		if row < 0 || row >= n || m.lib.Read(int(i)) {
			continue
		}
		if lo < 0 || row < lo {
			lo = row
		}
		hi = max(hi, row)
	}
	if lo < 0 {
		return nil
	}
	// Read on, past the margin: paging down then reads once every few
	// screens. Rows read already are read again and dropped, which costs
	// less than a read each.
	hi = min(max(hi, lo+4*margin), n-1)
	m.windowing = true
	return readStored(m.stored, lo, hi+1, false)
}

// ensureRead reads story i now if it is a row of the library not read
// yet: the story about to be opened or starred.
func (m *Model) ensureRead(i int) {
	if m.lib.Read(i) || m.stored == nil {
		return
	}
	row := i - m.storedAt
	rows, err := m.stored.Read(row, row+1)
	m.fillRows(row, row+1, rows, err)
}

// addLoadErr lists a problem met while loading; the same one again (a
// library that fails every read) is listed once.
func (m *Model) addLoadErr(err error) {
	if n := len(m.loadErr); n > 0 && m.loadErr[n-1].Error() == err.Error() {
		return
	}
	m.loadErr = append(m.loadErr, err)
	m.problems.Set(m.loadErr)
}
