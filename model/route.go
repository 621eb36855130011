package model

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/views"
)

// updateKey routes a key to whatever has the focus: an open picker, the
// filter being typed, or the view on screen.
func (m Model) updateKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && !m.inText() {
		return m.eachKey(msg)
	}
	switch {
	case m.picking:
		return m.pickerKey(msg)
	case m.typing:
		return m.filterKey(msg)
	}
	switch m.screen {
	case screenDetail:
		return m.detailKey(msg)
	case screenProblems:
		return m.problemsKey(msg)
	case screenProfile:
		return m.profileKey(msg)
	}
	return m.listKey(msg)
}

// listKey handles the story list and the quote view.
func (m Model) listKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	m.notice = notice{} // seen: a key was pressed where it showed
	if m.screen == screenQuotes {
		var back bool
		if m, back = m.storyTabKey(msg); back {
			return m, nil
		}
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.help.setShowAll(!m.help.showAll())
	case key.Matches(msg, k.SwitchView):
		if m.screen == screenList {
			m.screen = screenQuotes
			return m, m.startStatements()
		} else {
			m.screen = screenList
		}
	case key.Matches(msg, k.Open):
		m.open()
	case key.Matches(msg, k.Party):
		m.openPicker(views.FilterParty)
	case key.Matches(msg, k.Speaker):
		m.openPicker(views.FilterSpeaker)
	case key.Matches(msg, k.Filter):
		cmd := m.startFilter()
		return m, cmd
	case key.Matches(msg, k.ClearFilter):
		m.popFilter()
	case key.Matches(msg, k.Refresh):
		return m, m.startRefresh()
	case key.Matches(msg, k.Star) && m.screen == screenQuotes:
		m.toggleStatementStar()
	case key.Matches(msg, k.Star):
		m.toggleStar()
	case key.Matches(msg, k.Sort):
		m.cycleSort()
	case key.Matches(msg, k.HideRead):
		m.toggleHideRead()
	case m.readKeyInQuotes(msg):
	case key.Matches(msg, k.ToggleRead):
		m.toggleRead()
	case key.Matches(msg, k.MarkAllRead):
		m.markAllRead()
	case key.Matches(msg, k.NextUnread):
		m.nextUnread()
	case key.Matches(msg, k.Errors):
		m.showProblems()
	case key.Matches(msg, k.Cite) && m.screen == screenQuotes:
		return m, m.citeQuote()
	case key.Matches(msg, k.Export) && m.screen == screenQuotes:
		return m, m.export()
	case m.screen == screenQuotes && key.Matches(msg, k.SpeakerProfile):
		return m, m.quoteProfile(false)
	case m.screen == screenQuotes && key.Matches(msg, k.PartyProfile):
		return m, m.quoteProfile(true)
	case m.screen == screenQuotes:
		m.quotes = m.quotes.Update(msg)
	default:
		m.list = m.list.Update(msg)
	}
	return m, nil
}

// detailKey handles the detail view; while a search is typed every key
// but ctrl+c is the search's.
func (m Model) detailKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	var cmd tea.Cmd
	if !m.detail.Typing() {
		m.notice = notice{}
	}
	switch {
	case m.detail.Typing():
		m.detail, cmd = m.detail.Update(msg)
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.help.setShowAll(!m.help.showAll())
	case key.Matches(msg, k.Back) && m.detail.Searching():
		// As in less: the first esc takes the highlights away, the
		// second leaves the story.
		m.detail.ClearSearch()
	case key.Matches(msg, k.Back):
		m.screen = m.back
	case key.Matches(msg, k.SwitchView):
		return m.quotesOfStory()
	case key.Matches(msg, k.OpenSource):
		cmd = m.openSource()
	case key.Matches(msg, k.Cite):
		cmd = m.citeCurrent()
	case key.Matches(msg, k.Next):
		m.step(1)
	case key.Matches(msg, k.Prev):
		m.step(-1)
	case key.Matches(msg, k.NextUnread):
		m.nextUnread()
	default:
		m.detail, cmd = m.detail.Update(msg)
	}
	return m, cmd
}

// showProblems opens the list of files that failed to load; with none,
// it says so, so that E is never a key that silently does nothing.
func (m *Model) showProblems() {
	switch {
	case len(m.loadErr) > 0:
		m.back, m.screen = m.screen, screenProblems
	case m.loading:
		m.notice = notice{text: "no load errors so far"}
	default:
		m.notice = notice{text: "no load errors"}
	}
}

func (m Model) problemsKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Back), key.Matches(msg, m.keys.Errors):
		m.screen = m.back
	case key.Matches(msg, m.keys.Help):
		m.help.setShowAll(!m.help.showAll())
	default:
		m.problems = m.problems.Update(msg)
	}
	return m, nil
}

// updateMouse scrolls whatever is on screen; a click on an entry of the
// story list or the quote view selects it.
func (m Model) updateMouse(msg tea.MouseMsg) Model {
	if m.clicked(msg) {
		return m
	}
	switch {
	case m.picking:
		m.picker, _ = m.picker.Update(msg)
	case m.screen == screenList:
		m.list = m.list.Update(msg)
	case m.screen == screenQuotes:
		m.quotes = m.quotes.Update(msg)
	case m.screen == screenDetail:
		m.detail, _ = m.detail.Update(msg)
	case m.screen == screenProblems:
		m.problems = m.problems.Update(msg)
	case m.screen == screenProfile:
		m.profile = m.profile.Update(msg)
	}
	return m
}

// updateFocused hands any other message (a text input's) to what has the
// focus.
func (m Model) updateFocused(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	switch {
	case m.picking:
		m.picker, cmd = m.picker.Update(msg)
	case m.typing:
		cmd = m.input.Update(msg)
	case m.screen == screenDetail:
		m.detail, cmd = m.detail.Update(msg)
	}
	return m, cmd
}

// inText reports whether keys are being typed into a text input.
func (m *Model) inText() bool {
	return m.picking || m.typing || m.screen == screenDetail && m.detail.Typing()
}

// eachKey handles letters that arrived in one read (typed ahead on a slow
// link, or sent together by tmux), which bubbletea hands over as one
// message: outside a text input each is a key of its own, "jj" two steps.
func (m Model) eachKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	var cmds []tea.Cmd
	for _, r := range msg.Runes {
		var cmd tea.Cmd
		m, cmd = m.updateKey(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
		cmds = append(cmds, cmd, m.layout()) // the next key sees the screen this one made
	}
	return m, tea.Batch(cmds...)
}
