package model

import (
	"slices"

	tea "github.com/charmbracelet/bubbletea"
)

// readKeyInQuotes answers m and M in the quote view, where read marks
// are not kept (they are the story list's) and the keys are disabled:
// without a word the keys would seem broken.
func (m *Model) readKeyInQuotes(msg tea.KeyMsg) bool {
	if m.screen != screenQuotes || !m.lib.TracksUnread() {
		return false
	}
	k := msg.String()
	if !slices.Contains(m.keys.ToggleRead.Keys(), k) && !slices.Contains(m.keys.MarkAllRead.Keys(), k) {
		return false
	}
	m.notice = notice{text: "read marks are kept on the story list: " + m.keys.SwitchView.Help().Key + ", then " + k}
	return true
}
