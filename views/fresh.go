package views

import (
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
func (l *Library) SetUnread(i int, unread bool) {
	e := &l.stories[i]
	e.keep = e.keep || e.unread && !unread // read now: kept in view while read ones are hidden
	e.unread = unread
}

// SetStarred stars story i, or takes its star away.
func (l *Library) SetStarred(i int, starred bool) { l.stories[i].starred = starred }

// Starred reports whether story i is starred.
func (l *Library) Starred(i int) bool { return l.stories[i].starred }

// Unread reports whether story i is marked unread.
func (l *Library) Unread(i int) bool { return l.stories[i].unread }
