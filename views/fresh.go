package views

import (
	"cmp"
	"slices"

	"github.com/brief-reader/brief/data"
)

// AddFresh adds the stories a refresh brought, leaving out any whose ID
// the library already holds, and returns how many it added. They are
// shown above every story before them: the list's order is the order of
// arrival, newest on top, and the first load arrives newest first.
// Indices stay in arrival order (the filters and the search keys rely on
// it); only the order shown changes, see ArrangeStories.
func (l *Library) AddFresh(bs ...*data.Briefing) int {
	added := 0
	for _, b := range bs {
		if b == nil {
			continue
		}
		if _, ok := l.byID[b.ID]; ok && b.ID != "" {
			continue
		}
		if added == 0 {
			l.fresh++
		}
		l.add(b, l.fresh)
		added++
	}
	return added
}

// TrackUnread turns the unread marks on: the list keeps a column for them
// from then on, so that entries do not shift when the first mark comes.
func (l *Library) TrackUnread() { l.tracking = true }

// TracksUnread reports whether the list shows unread marks.
func (l *Library) TracksUnread() bool { return l.tracking }

// SetUnread marks story i unread, or read.
func (l *Library) SetUnread(i int, unread bool) { l.stories[i].unread = unread }

// SetStarred stars story i, or takes its star away.
func (l *Library) SetStarred(i int, starred bool) { l.stories[i].starred = starred }

// Starred reports whether story i is starred.
func (l *Library) Starred(i int) bool { return l.stories[i].starred }

// Unread reports whether story i is marked unread.
func (l *Library) Unread(i int) bool { return l.stories[i].unread }

// ArrangeStories puts stories (ascending indices) in the order shown:
// the latest refresh's first, then the one before, down to the first
// load, each in order of arrival. Before any refresh that is items itself.
func (l *Library) ArrangeStories(items []int32) []int32 {
	return l.arrange(items, l.storyRuns)
}

// arrangeStatements orders statements as their stories are shown, each
// reported in several stories once (see firstReports).
func (l *Library) arrangeStatements(items []int32) []int32 {
	return l.arrange(l.firstReports(items), l.stmtRuns)
}

// run is a stretch of indices, from start to the next run's start, that
// came with the same refresh. Stories and their statements arrive in
// such stretches, so ordering by refresh cuts items in a few places and
// moves whole stretches, rather than looking at each of 200,000 items.
type run struct{ start, fresh int32 }

// addRun notes that the indices from start on came with refresh fresh.
func addRun(runs []run, start, fresh int32) []run {
	if n := len(runs); n > 0 && runs[n-1].fresh == fresh {
		return runs
	}
	return append(runs, run{start, fresh})
}

// arrange is items stably sorted by refresh, newest first.
func (l *Library) arrange(items []int32, runs []run) []int32 {
	if l.fresh == 0 {
		return items
	}
	type part struct {
		from, to int
		fresh    int32
	}
	parts := make([]part, len(runs))
	for k, r := range runs {
		from, _ := slices.BinarySearch(items, r.start)
		parts[k] = part{from: from, to: len(items), fresh: r.fresh}
		if k > 0 {
			parts[k-1].to = from
		}
	}
	slices.SortStableFunc(parts, func(a, b part) int { return cmp.Compare(b.fresh, a.fresh) })
	out := make([]int32, 0, len(items))
	for _, p := range parts {
		out = append(out, items[p.from:p.to]...)
	}
	return out
}

// arranged reports whether the order shown may differ from the ascending
// order of indices.
func (l *Library) arranged() bool { return l.fresh > 0 }
