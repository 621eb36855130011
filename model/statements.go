package model

import (
	"runtime/debug"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
	"github.com/brief-reader/brief/views"
)

// statementsBatch bounds the stories whose statements one message
// brings, so that keys are handled between batches.
const statementsBatch = 1000

// statementsGCPercent is the collector's pacing while the statements
// are read (GOGC). Each batch read is garbage once indexed, and with the
// default pacing the heap grew to twice what the library holds before
// it was collected: the peak of a large library was the garbage's
// (BENCHMARKS.md, "The quote view's statements, compact"). A library of
// fewer stories than a batch keeps the default.
const statementsGCPercent = 25

// statementsMsg brings the statements of stories given without them
// (rows from the database), read in the background.
type statementsMsg struct {
	items []int // the stories, by index in the library
	stmts [][]data.Statement
	// groups is each story's groups of statements reported in several
	// stories, as the database keeps them; nil without Config.LoadReports
	// or while the database's grouping is not up to date.
	groups [][]provenance.Stored
	err    error   // the first story that could not be read, if any
	next   tea.Cmd // the next batch; nil after the last
}

// needStatements starts reading the statements of the stories given
// without them, when the quote view is first wanted: a library of
// 100,000 stories lists without holding 3 million statements until then.
func (m *Model) needStatements() tea.Cmd {
	if m.loadStatements == nil || m.fetchingStatements {
		return nil
	}
	m.groups.asked = true
	pending := m.lib.Pending()
	if len(pending) == 0 {
		return m.needGroups()
	}
	// The loader gets the stories now: it may only pass them on, not
	// read them, while Update goes on using them.
	bs := make([]*data.Briefing, len(pending))
	for k, i := range pending {
		bs[k] = m.lib.Story(i)
	}
	m.fetchingStatements = true
	if len(pending) >= statementsBatch && m.gcRestore == nil {
		before := debug.SetGCPercent(statementsGCPercent)
		m.gcRestore = func() { debug.SetGCPercent(before) }
	}
	return tea.Batch(fetchStatements(m.loadStatements, m.groups, pending, bs, 0), m.needGroups())
}

func fetchStatements(load func(*data.Briefing) ([]data.Statement, error), g groupReader, items []int, bs []*data.Briefing, from int) tea.Cmd {
	return func() tea.Msg {
		to := min(from+statementsBatch, len(items))
		msg := statementsMsg{items: items[from:to]}
		for _, b := range bs[from:to] {
			st, err := load(b)
			if err != nil && msg.err == nil {
				msg.err = err
			}
			msg.stmts = append(msg.stmts, st)
		}
		if g.load != nil {
			groups, err := g.loadGroups(bs[from:to])
			if err != nil && msg.err == nil {
				msg.err = err
			}
			msg.groups = groups
		}
		if to < len(items) {
			msg.next = fetchStatements(load, g, items, bs, to)
		}
		return msg
	}
}

// statementsRead indexes a batch for the quote view and asks for the next.
func (m *Model) statementsRead(msg statementsMsg) tea.Cmd {
	for k, i := range msg.items {
		if msg.err == nil || msg.stmts[k] != nil {
			m.lib.Attach(i, msg.stmts[k])
			if msg.groups != nil {
				m.lib.GroupStory(i, msg.groups[k])
			}
		}
	}
	if views.TestsStatementKinds(m.filters) {
		m.list.Refilter() // the stories' kinds are known now
	}
	if msg.err != nil {
		m.notice = notice{text: "reading statements: " + data.PrintableLine(msg.err.Error()), err: true}
	}
	if msg.next == nil {
		m.fetchingStatements = false
		if m.gcRestore != nil {
			m.gcRestore()
			m.gcRestore = nil
		}
		// Stories that arrived meanwhile, still loading when it started.
		return m.needStatements()
	}
	return msg.next
}

// startStatements is needStatements with the spinner going.
func (m *Model) startStatements() tea.Cmd {
	spin := m.spinner.Tick // the spinner stops when nothing is busy
	if m.busy() {
		spin = nil
	}
	cmd := m.needStatements()
	if cmd == nil {
		return nil
	}
	return tea.Batch(cmd, spin)
}
