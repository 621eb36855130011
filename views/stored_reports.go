package views

import "github.com/brief-reader/brief/data/provenance"

// reportGroups is the grouping of the statements reported in several
// stories that the quote view asks: the library's own (provenance.Sieve,
// made as statements are indexed), or the one the database keeps
// (storedReports).
type reportGroups interface {
	// Single reports whether no other story reports statement i.
	Single(i int) bool
	// Slot is a number of statement i's group, below Slots, when it is
	// not Single.
	Slot(i int) int
	Slots() int
	// Earlier reports whether statement i comes before j of its group.
	Earlier(i, j int) bool
	// Others is the statements of i's group but i, earliest first.
	Others(i int) []int32
}

// SetStoredReports makes the library take the grouping of statements
// reported in several stories from the database (provenance worked out
// once as statements are stored, store.DB.MakeReports) instead of making
// it of every statement it indexes: GroupStory gives each story's groups.
// Call it before any story is added.
func (l *Library) SetStoredReports() {
	l.sieve = nil
	l.stored = &storedReports{}
	l.reports = l.stored
}

// ReportsStored reports whether the grouping comes from the database
// (SetStoredReports).
func (l *Library) ReportsStored() bool { return l.stored != nil }

// GroupStory gives story i's statements, indexed already, their groups
// as the database keeps them (only the statements other stories report
// too). The members of a group are placed by their rank, whichever
// story comes first.
func (l *Library) GroupStory(i int, groups []provenance.Stored) {
	if l.stored == nil {
		return
	}
	e := &l.stories[i]
	e.grouped = true
	for _, g := range groups {
		n := e.stmtFrom + g.Statement
		if g.Statement < 0 || n >= e.stmtTo {
			continue // not the statements the library holds of it
		}
		l.stored.join(n, g.Group, g.Rank)
	}
}

// Ungrouped lists the stories whose statements are indexed without the
// database's groups yet (a story opened before the quote view read the
// groups, or brought by a refresh), in order.
func (l *Library) Ungrouped() []int {
	if l.stored == nil {
		return nil
	}
	var out []int
	for i := range l.stories[:l.indexed] {
		e := &l.stories[i]
		if !e.grouped && !e.pending && e.stmtTo > e.stmtFrom {
			out = append(out, i)
		}
	}
	return out
}

// Grouped lists every story whose statements are indexed, for the groups
// to be read again whole (ResetGroups): a story a refresh brought may
// report an older one's statement, and the database's group numbers
// change when the grouping is made again.
func (l *Library) Grouped() []int {
	if l.stored == nil {
		return nil
	}
	var out []int
	for i := range l.stories[:l.indexed] {
		if e := &l.stories[i]; !e.pending && e.stmtTo > e.stmtFrom {
			out = append(out, i)
		}
	}
	return out
}

// ResetGroups forgets every group the database gave, before they are
// given again whole.
func (l *Library) ResetGroups() {
	if l.stored == nil {
		return
	}
	*l.stored = storedReports{n: l.stored.n}
	for i := range l.stories {
		l.stories[i].grouped = false
	}
	l.first = firstScratch{}
}

// storedReports is the database's grouping of the statements the
// library holds: see stored_reports_sparse.go.
