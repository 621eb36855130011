package model

// askRead asks Config.IsRead and IsStarred about story i, once, as it
// arrives: the answer may come from a file, which a frame must not wait
// for.
func (m *Model) askRead(i int) {
	if m.isRead == nil {
		return
	}
	// A story without an ID cannot be remembered as read.
	id := m.lib.Story(i).ID
	if id != "" && !m.isRead(id) {
		m.lib.SetUnread(i, true)
	}
	if id != "" && m.isStarred != nil && m.isStarred(id) {
		m.lib.SetStarred(i, true)
	}
}

// opened clears the unread mark of the story now in the detail view and
// records it, once. It writes in Update rather than in a command: the
// write is a small file, cheaper than rendering the story being opened,
// and a mark made here cannot be lost by quitting right after.
func (m *Model) opened(story int) {
	if !m.lib.Unread(story) {
		return
	}
	m.lib.SetUnread(story, false)
	if m.markRead != nil {
		m.markRead(m.lib.Story(story).ID)
	}
}

// toggleStar stars the story under the cursor of the story list, or takes
// its star away, and records it.
func (m *Model) toggleStar() {
	if m.setStarred == nil || m.screen != screenList {
		return
	}
	story, ok := m.list.Selected()
	if ok {
		m.ensureRead(story)
	}
	if !ok || m.lib.Story(story).ID == "" {
		return
	}
	starred := !m.lib.Starred(story)
	m.lib.SetStarred(story, starred)
	m.setStarred(m.lib.Story(story).ID, starred)
}
