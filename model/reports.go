package model

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
)

// groupReader reads the database's grouping of the statements reported
// in several stories (Config.MakeReports, Config.LoadReports): with it
// the library holds 4 bytes a statement for "also in", not the grouping
// of every statement. The zero value reads nothing: the library groups
// the statements it holds itself.
type groupReader struct {
	make    func(context.Context) error
	made    func() bool
	load    func(*data.Briefing) ([]provenance.Stored, error)
	running bool // a groupsMsg is on its way
	// stale: a refresh brought stories, so the database's grouping is
	// made again and every story's groups read again.
	stale bool
	asked bool // the quote view's statements were asked for
}

// groupsMsg brings the database's groups of stories whose statements the
// library indexed without them.
type groupsMsg struct {
	items  []int // the stories, by index in the library
	groups [][]provenance.Stored
	whole  bool // every story's: the groups held before are let go
	err    error
}

// loadGroups reads the groups of bs as the database keeps them; nil
// when the grouping is not up to date: making it again takes seconds
// for a large library (every statement is compared), so the statements
// are shown first, and their stories grouped when they are all read
// (needGroups).
func (g *groupReader) loadGroups(bs []*data.Briefing) ([][]provenance.Stored, error) {
	if !g.made() {
		return nil, nil
	}
	return g.readGroups(bs)
}

// makeAndLoadGroups brings the database's grouping up to date (once:
// it does nothing when it is) and reads the groups of bs.
func (g *groupReader) makeAndLoadGroups(bs []*data.Briefing) ([][]provenance.Stored, error) {
	err := g.make(context.Background())
	groups, lerr := g.readGroups(bs)
	if err == nil {
		err = lerr
	}
	return groups, err
}

// readGroups reads each story's groups. A story whose groups cannot be
// read keeps none, and the others are still read, as their statements
// are: the first error is returned with them.
func (g *groupReader) readGroups(bs []*data.Briefing) ([][]provenance.Stored, error) {
	var err error
	out := make([][]provenance.Stored, len(bs))
	for k, b := range bs {
		gs, lerr := g.load(b)
		if lerr != nil && err == nil {
			err = lerr
		}
		out[k] = gs
	}
	return out, err
}

// needGroups reads the groups of the stories indexed without them: a
// story opened before the quote view first read its statements, or
// brought by a refresh; after a refresh, every story's again.
func (m *Model) needGroups() tea.Cmd {
	if m.groups.load == nil || m.groups.running {
		return nil
	}
	whole := m.groups.stale
	items := m.lib.Ungrouped()
	if whole {
		items = m.lib.Grouped()
	}
	if len(items) == 0 {
		return nil
	}
	m.groups.running, m.groups.stale = true, false
	bs := make([]*data.Briefing, len(items))
	for k, i := range items {
		bs[k] = m.lib.Story(i)
	}
	g := m.groups
	return func() tea.Msg {
		groups, err := g.makeAndLoadGroups(bs)
		return groupsMsg{items: items, groups: groups, whole: whole, err: err}
	}
}

// groupsRead gives the stories their groups, and the quote view its
// "also in" with them.
func (m *Model) groupsRead(msg groupsMsg) tea.Cmd {
	m.groups.running = false
	if msg.whole {
		m.lib.ResetGroups()
	}
	for k, i := range msg.items {
		m.lib.GroupStory(i, msg.groups[k])
	}
	if msg.err != nil {
		m.notice = notice{text: "reading where statements are also reported: " + data.PrintableLine(msg.err.Error()), err: true}
	}
	m.quotes.Refilter()
	return m.needGroups()
}

// groupsStale marks every story's groups to be read again after a
// refresh brought stories: one of them may report an older one's
// statement, and the database's grouping is made again. They are read
// when the quote view's statements are.
func (m *Model) groupsStale(added int) {
	if m.groups.load != nil && added > 0 {
		m.groups.stale = true
	}
}

// groupsAfterRefresh reads every story's groups again when a refresh
// brought stories and the quote view's statements were read.
func (m *Model) groupsAfterRefresh() tea.Cmd {
	if !m.groups.stale || !m.groups.asked {
		return nil
	}
	return m.needGroups()
}
