package model

import "github.com/brief-reader/brief/data"

// open shows the detail view of the story under the cursor, or of the
// statement's story at the statement.
func (m *Model) open() {
	switch m.screen {
	case screenList:
		if story, ok := m.list.Selected(); ok {
			m.current = story
			m.detail.Open(m.withBody(story), nil)
			m.opened(story)
			m.back, m.screen = screenList, screenDetail
		}
	case screenQuotes:
		if i, ok := m.quotes.Selected(); ok {
			story, st := m.lib.Statement(i)
			m.current = story
			m.detail.Open(m.withBody(story), &st)
			m.opened(story)
			m.back, m.screen = screenQuotes, screenDetail
		}
	}
}

// step opens the next (delta 1) or previous (-1) story of the list without
// going back to it, and moves the list's cursor along so that esc returns
// to the story last read.
func (m *Model) step(delta int) {
	seq := m.sequence()
	at := indexOf(seq, m.current)
	next := at + delta
	if at < 0 || next < 0 || next >= len(seq) {
		return
	}
	m.current = int(seq[next])
	m.detail.Open(m.withBody(m.current), nil)
	m.opened(m.current)
	m.list.Select(m.current)
}

// sequence is the stories l and h move through: the list as filtered, or
// every story when the one shown is filtered out (opened from a quote).
func (m *Model) sequence() []int32 {
	seq := m.list.Stories()
	if indexOf(seq, m.current) >= 0 {
		return seq
	}
	all := make([]int32, m.lib.Len())
	for i := range all {
		all[i] = int32(i)
	}
	return m.lib.ArrangeStories(all)
}

// storyPosition is the 1-based place of the story shown in its sequence.
func (m *Model) storyPosition() (int, int) {
	seq := m.sequence()
	return indexOf(seq, m.current) + 1, len(seq)
}

func indexOf(ids []int32, id int) int {
	for i, x := range ids {
		if int(x) == id {
			return i
		}
	}
	return -1
}

// withBody is story i with its paragraphs: a story given compact (from
// the database) has its body read now, when it is opened, and the body of
// the story read before is let go, so that reading a large library does
// not gather every body in memory.
func (m *Model) withBody(i int) *data.Briefing {
	m.ensureRead(i)
	b := m.lib.Story(i)
	m.withStatements(i, b)
	if m.loadBody == nil {
		return b
	}
	if m.bodyHeld >= 0 && m.bodyHeld != i && m.bodyHeld < m.lib.Len() {
		m.lib.Story(m.bodyHeld).Paragraphs = nil
		m.bodyHeld = -1
	}
	if b.Paragraphs == nil {
		if err := m.loadBody(b); err != nil {
			m.notice = notice{text: "reading the story: " + data.PrintableLine(err.Error()), err: true}
		} else if b.Paragraphs != nil {
			m.bodyHeld = i
		}
	}
	return b
}
