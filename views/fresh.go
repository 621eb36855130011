package views

import "github.com/brief-reader/brief/data"

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

// Unread reports whether story i is marked unread.
func (l *Library) Unread(i int) bool { return l.stories[i].unread }

// ArrangeStories puts stories (ascending indices) in the order shown:
// the latest refresh's first, then the one before, down to the first
// load, each in order of arrival. Before any refresh that is items itself.
func (l *Library) ArrangeStories(items []int32) []int32 {
	return l.arrange(items, func(i int32) int32 { return l.stories[i].fresh })
}

// arrangeStatements orders statements as their stories are shown.
func (l *Library) arrangeStatements(items []int32) []int32 {
	return l.arrange(items, func(i int32) int32 { return l.stories[l.stmts[i].story].fresh })
}

// arrange is a counting sort of items by refresh, newest first, stable.
func (l *Library) arrange(items []int32, fresh func(int32) int32) []int32 {
	if l.fresh == 0 {
		return items
	}
	at := make([]int, l.fresh+1)
	for _, i := range items {
		at[fresh(i)]++
	}
	pos := 0
	for g := l.fresh; g >= 0; g-- {
		pos, at[g] = pos+at[g], pos
	}
	out := make([]int32, len(items))
	for _, i := range items {
		g := fresh(i)
		out[at[g]] = i
		at[g]++
	}
	return out
}

// arranged reports whether the order shown may differ from the ascending
// order of indices.
func (l *Library) arranged() bool { return l.fresh > 0 }
