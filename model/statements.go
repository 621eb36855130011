package model

import (
	"runtime/debug"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
	"github.com/brief-reader/brief/views"
)

// statementsBatch bounds the statements one message brings (a story's
// all go together, so a story with more comes alone): keys are handled
// between batches, and a batch, decoded whole with its texts, is garbage
// once indexed. Counted in statements, not stories, it is a few hundred
// kilobytes however long the stories; 1,000 stories a batch, 37,000
// statements, was most of the quote view's peak beyond what it keeps
// (BENCHMARKS.md, "The quote view's statements, a batch at a time").
const statementsBatch = 4096

// statementsGCPercent is the collector's pacing while the statements
// are read (GOGC). Each batch read is garbage once indexed, and with the
// default pacing the heap grew to twice what the library holds before
// it was collected: the peak of a large library was the garbage's
// (BENCHMARKS.md, "The quote view's statements, compact"). A library of
// fewer statements than a batch keeps the default.
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
	// read them, while Update goes on using them (Attach rewrites their
	// counts), so the batches are cut here.
	bs := make([]*data.Briefing, len(pending))
	counts := make([]int, len(pending))
	total := 0
	for k, i := range pending {
		bs[k] = m.lib.Story(i)
		counts[k] = bs[k].StatementCount
		total += counts[k]
	}
	m.fetchingStatements = true
	if total >= statementsBatch && m.gcRestore == nil {
		before := debug.SetGCPercent(statementsGCPercent)
		m.gcRestore = func() { debug.SetGCPercent(before) }
	}
	// Room for them all at once: grown an append at a time, the
	// library's lists of every statement left a trail of larger and
	// larger copies, four times the last.
	m.lib.GrowStatements(total)
	f := statementsFetch{load: m.loadStatements, groups: m.groups, items: pending, bs: bs, cuts: batchCuts(counts, statementsBatch)}
	return tea.Batch(f.batch(0), m.needGroups())
}

// batchCuts cuts stories with counts statements each into batches of at
// most limit statements, a story too many for one alone: batch k is
// stories cuts[k] to cuts[k+1]-1.
func batchCuts(counts []int, limit int) []int {
	cuts := []int{0}
	n := 0
	for k, c := range counts {
		if n > 0 && n+c > limit {
			cuts = append(cuts, k)
			n = 0
		}
		n += c
	}
	if len(counts) > 0 {
		cuts = append(cuts, len(counts))
	}
	return cuts
}

// statementsFetch reads the statements of stories in the background, a
// batch a message.
type statementsFetch struct {
	load   func(*data.Briefing) ([]data.Statement, error)
	groups groupReader
	items  []int            // the stories, by index in the library
	bs     []*data.Briefing // the stories themselves, items[k]'s at k
	cuts   []int            // the batches; see batchCuts
}

// batch reads batch k, and asks for the next with it.
func (f statementsFetch) batch(k int) tea.Cmd {
	if k+1 >= len(f.cuts) {
		return nil
	}
	return func() tea.Msg {
		from, to := f.cuts[k], f.cuts[k+1]
		load, g, bs := f.load, f.groups, f.bs
		msg := statementsMsg{items: f.items[from:to], stmts: make([][]data.Statement, 0, to-from)}
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
		msg.next = f.batch(k + 1)
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
	m.arriving = msg.next != nil
	if msg.next == nil {
		m.fetchingStatements = false // the collector's pacing is put back after layout: see restorePacing
		// Stories that arrived meanwhile, still loading when it started.
		return m.needStatements()
	}
	return msg.next
}

// restorePacing puts the collector's pacing back once every statement is
// read and the quote view arranged with them: put back with the last
// batch, before the view was arranged, the last arrangement's garbage
// (the lists of every statement shown, made again) piled up under the
// default pacing and was the read's peak.
func (m *Model) restorePacing() {
	if m.gcRestore != nil && !m.fetchingStatements {
		m.gcRestore()
		m.gcRestore = nil
	}
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
