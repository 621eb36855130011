package library

import (
	"github.com/brief-reader/brief/store"
)

// MarkRead records that the story with this ID has been opened. Any
// briefing's ID will do, embedded or stored.
func (l *Library) MarkRead(id string) error {
	l.loadMarks()
	l.mu.Lock()
	m := l.marks[id]
	l.mu.Unlock()
	if m.Read {
		return nil
	}
	if err := l.db.MarkRead(id); err != nil {
		return err
	}
	l.mu.Lock()
	m = l.marks[id]
	m.Read = true
	l.marks[id] = m
	l.mu.Unlock()
	return nil
}

// SetStarred stars a story, or takes the star away.
func (l *Library) SetStarred(id string, starred bool) error {
	if err := l.db.SetStarred(id, starred); err != nil {
		return err
	}
	l.loadMarks()
	l.mu.Lock()
	m := l.marks[id]
	m.Starred = starred
	l.marks[id] = m
	l.mu.Unlock()
	return nil
}

// IsRead reports whether the story with this ID has been opened: as the
// database said when first asked, with this process's own marks since.
func (l *Library) IsRead(id string) bool { return l.mark(id).Read }

// IsStarred reports whether the story with this ID is starred.
func (l *Library) IsStarred(id string) bool { return l.mark(id).Starred }

func (l *Library) mark(id string) store.Mark {
	l.loadMarks()
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.marks[id]
}

// loadMarks reads every mark once: a list asks about each of its stories,
// and one query beats one per story.
func (l *Library) loadMarks() {
	l.marksOnce.Do(func() {
		m, err := l.db.Marks()
		if m == nil {
			m = map[string]store.Mark{}
		}
		l.mu.Lock()
		l.marks, l.marksErr = m, err
		l.mu.Unlock()
	})
}
