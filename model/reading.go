package model

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/views"
)

// readingMarks is what the reader records beyond opening a story: a read
// mark taken back, many stories marked read at once, statement stars.
type readingMarks struct {
	markUnread  func(id string)
	markAllRead func(ids []string)
	setStar     func(key string, starred bool)
	isStar      func(key string) bool
	// stars is the statement stars set or taken away in this session,
	// by key: what the library says is asked only for the others. A
	// map, so that the copies of the model share it.
	stars map[string]bool
}

func newReadingMarks(cfg Config) readingMarks {
	return readingMarks{
		markUnread:  cfg.MarkUnread,
		markAllRead: cfg.MarkAllRead,
		setStar:     cfg.SetStatementStarred,
		isStar:      cfg.IsStatementStarred,
		stars:       map[string]bool{},
	}
}

// statementStarred reports whether the statement is starred.
func (r readingMarks) statementStarred(storyID string, s data.Statement) bool {
	if r.isStar == nil || storyID == "" {
		return false
	}
	key := data.StatementKey(storyID, s)
	if on, ok := r.stars[key]; ok {
		return on
	}
	return r.isStar(key)
}

// starTest is the quote view's test of whether a statement is starred;
// nil when the reader keeps no statement stars.
func (r readingMarks) starTest(lib *views.Library) func(stmt int) bool {
	if r.isStar == nil {
		return nil
	}
	return func(stmt int) bool {
		story, st := lib.Statement(stmt)
		return r.statementStarred(lib.Story(story).ID, st)
	}
}

// cycleSort sorts the stories by the next key: date, statements, title.
func (m *Model) cycleSort() {
	m.lib.SetSort(m.lib.Sort().Next())
	m.notice = notice{text: "sorted " + m.lib.Sort().String()}
}

// toggleHideRead hides the read stories, or shows them again.
func (m *Model) toggleHideRead() {
	if !m.lib.TracksUnread() {
		return
	}
	hide := !m.lib.HideRead()
	m.lib.SetHideRead(hide)
	if hide {
		m.notice = notice{text: "read stories hidden (H shows them)"}
	} else {
		m.notice = notice{text: "read stories shown"}
	}
}

// toggleRead marks the story under the cursor read, or unread again.
func (m *Model) toggleRead() {
	if !m.lib.TracksUnread() || m.screen != screenList {
		return
	}
	story, ok := m.list.Selected()
	if !ok {
		return
	}
	m.ensureRead(story)
	id := m.lib.Story(story).ID
	if id == "" {
		m.notice = notice{text: "this story has no ID: its read mark cannot be kept", err: true}
		return
	}
	if m.lib.Unread(story) {
		m.opened(story)
		m.notice = notice{text: "marked read (m marks it unread)"}
		return
	}
	if m.reading.markUnread == nil {
		m.notice = notice{text: "read marks cannot be taken back here", err: true}
		return
	}
	m.lib.SetUnread(story, true)
	m.reading.markUnread(id)
	m.notice = notice{text: "marked unread"}
}

// markAllRead marks every unread story of the list, as filtered, read:
// what the screen lists, not stories filtered out. There is no undo, so
// the status line says how many it marked.
func (m *Model) markAllRead() {
	if !m.lib.TracksUnread() || m.screen != screenList {
		return
	}
	var ids []string
	for _, i := range m.list.Stories() {
		story := int(i)
		if !m.lib.Read(story) || !m.lib.Unread(story) {
			continue // a row not read yet is not known to be unread
		}
		m.lib.SetUnread(story, false)
		if id := m.lib.Story(story).ID; id != "" {
			ids = append(ids, id)
		}
	}
	switch {
	case len(ids) == 0:
		m.notice = notice{text: "no unread stories here"}
		return
	case m.reading.markAllRead != nil:
		m.reading.markAllRead(ids)
	case m.markRead != nil:
		for _, id := range ids {
			m.markRead(id)
		}
	}
	m.notice = notice{text: fmt.Sprintf("marked %s read", plural(len(ids), "story", "stories"))}
}

// nextUnread opens the first unread story from the list's cursor on (or
// after the story shown), in the list's order, coming round to the top,
// as newsboat's next-unread does.
func (m *Model) nextUnread() {
	if !m.lib.TracksUnread() {
		return
	}
	seq := m.list.Stories()
	at := -1 // the story before the first looked at
	if m.screen == screenDetail {
		at = indexOf(seq, m.current)
	} else if story, ok := m.list.Selected(); ok {
		at = indexOf(seq, story) - 1
	}
	for k := 1; k <= len(seq); k++ {
		story := int(seq[(at+k+len(seq))%len(seq)])
		if story == m.current && m.screen == screenDetail {
			continue
		}
		if m.lib.Read(story) && m.lib.Unread(story) {
			m.list.Select(story)
			back := m.back // esc goes where it went from the story
			if m.screen != screenDetail {
				back = m.screen
			}
			m.screen = screenList
			m.open()
			m.back = back
			return
		}
	}
	if m.screen == screenDetail {
		m.screen = m.back // all read: back to the list, where the notice shows
	}
	m.notice = notice{text: "no unread stories here"}
}

// toggleStatementStar stars the statement under the cursor of the quote
// view, or takes its star away, and records it.
func (m *Model) toggleStatementStar() {
	r := m.reading
	i, ok := m.quotes.Selected()
	if r.setStar == nil || !ok {
		return
	}
	story, st := m.lib.Statement(i)
	id := m.lib.Story(story).ID
	if id == "" {
		return
	}
	on := !r.statementStarred(id, st)
	key := data.StatementKey(id, st)
	r.stars[key] = on
	r.setStar(key, on)
}

// orderLabel is the sort in the header, and whether read stories are
// hidden: "(by date)", "(by title, unread)".
func (m *Model) orderLabel() string {
	label := m.lib.Sort().String()
	if m.lib.HideRead() {
		label += ", unread"
	}
	return "(" + label + ")"
}

// clicked selects the entry of the story list or the quote view under a
// left click, and reports whether msg was one. The body starts below
// the header's line.
func (m *Model) clicked(msg tea.MouseMsg) bool {
	if msg.Action != tea.MouseActionPress || msg.Button != tea.MouseButtonLeft || m.picking || m.typing {
		return false
	}
	switch m.screen {
	case screenList:
		m.list.Click(msg.Y - 1)
	case screenQuotes:
		m.quotes.Click(msg.Y - 1)
	default:
		return false
	}
	return true
}
