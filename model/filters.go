package model

import (
	"slices"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data/query"
	"github.com/brief-reader/brief/views"
)

func newTextInput(st *views.Styles) views.Input {
	in := textinput.New()
	in.Prompt = "filter: "
	in.PromptStyle = st.Prompt
	in.TextStyle = st.InputText
	in.Cursor.SetMode(cursor.CursorStatic)
	return views.NewInput(in)
}

// openPicker offers the parties or speakers of what the view on screen
// shows, counted there, so that a pick narrows what is already filtered.
func (m *Model) openPicker(kind views.FilterKind) {
	match := m.lib.PartyMatcher
	if kind == views.FilterSpeaker {
		match = m.lib.SpeakerMatcher
	}
	m.picker = views.NewPicker(kind, m.pickItems(kind), match, m.st, m.keys)
	m.picked = m.libraryGrowth()
	m.picking = true
}

// pickItems is the parties or speakers of the view on screen, counted.
func (m *Model) pickItems(kind views.FilterKind) []views.PickItem {
	statements := m.screen == screenQuotes
	items := m.list.Stories()
	if statements {
		items = m.quotes.Statements()
	}
	if kind == views.FilterSpeaker {
		return m.lib.SpeakerItems(items, statements)
	}
	return m.lib.PartyItems(items, statements)
}

// libraryGrowth is what the picker's counts depend on that grows while it
// is open: the stories, those the filters know, and the statements.
func (m *Model) libraryGrowth() [3]int {
	return [3]int{m.lib.Len(), m.lib.Indexed(), m.lib.StatementCount()}
}

// recountPicker counts the open picker's items again when stories or
// statements arrived since it was opened (a folder still loading): it
// would otherwise stay at what was there when it opened, "0 of 0" at
// the start of a load.
func (m *Model) recountPicker() {
	if !m.picking || m.libraryGrowth() == m.picked {
		return
	}
	m.picker.SetItems(m.pickItems(m.picker.Kind()))
	m.picked = m.libraryGrowth()
}

// pickerKey handles an open picker: enter adds its filter, esc closes it.
func (m Model) pickerKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Accept):
		if f, ok := m.picker.Chosen(); ok {
			m.filters = append(m.filters, f)
		}
		m.picking = false
	case key.Matches(msg, m.keys.Cancel):
		m.picking = false
	case key.Matches(msg, m.keys.PickProfile):
		return m, m.pickedProfile()
	default:
		var cmd tea.Cmd
		m.picker, cmd = m.picker.Update(msg)
		return m, cmd
	}
	return m, nil
}

// startFilter opens the query line on the filters in place, as the query
// that makes them, so that "/" edits the whole query; a space after them
// starts a new term.
func (m *Model) startFilter() tea.Cmd {
	m.typedFilters = slices.Clone(m.filters)
	m.queryErr = ""
	m.typing = true
	m.typedFrom = m.list.Place()
	if m.screen == screenQuotes {
		m.typedFrom = m.quotes.Place()
	}
	m.input.Reset()
	m.input.SetPrompt("filter: ")
	if m.screen == screenList && m.lib.SearchesBodies() {
		// Said, because it finds stories whose visible line does not
		// hold the words.
		m.input.SetPrompt("filter + bodies (index): ")
	}
	if m.screen == screenQuotes && m.lib.TextsStored() {
		// Said, because the matches come from the database a moment
		// after the keystroke.
		m.input.SetPrompt("filter (database): ")
	}
	if text := views.QueryText(m.filters); text != "" {
		m.input.SetValue(text + " ")
		m.input.CursorEnd()
	}
	return m.input.Focus()
}

// filterKey types the query, which applies at every keystroke; while a
// term is bad, the terms before it filter and the message below the
// line says what is wrong with it.
func (m Model) filterKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Accept):
		if m.queryErr != "" {
			return m, nil // the message says what to fix; esc leaves
		}
		m.stopTyping()
		if slices.Equal(m.filters, m.typedFilters) {
			m.dropTyped()
		}
		return m, nil
	case key.Matches(msg, m.keys.Cancel):
		m.stopTyping()
		m.dropTyped()
		return m, nil
	}
	var cmd tea.Cmd
	cmd = m.input.Update(msg)
	m.applyQuery()
	if m.screen == screenList && views.TestsStatementKinds(m.filters) {
		// kind: tells a story by its statements: those of the stories
		// listed without them (a library's) are read, as for the quote
		// view, and the list filtered again as they come.
		cmd = tea.Batch(cmd, m.startStatements())
	}
	return m, cmd
}

// applyQuery makes the query typed the filters. With a bad term, the
// terms before it filter, so that a term still being typed ("party:Te")
// does not empty the list, and queryErr says what is wrong with it.
func (m *Model) applyQuery() {
	q, err := query.Parse(m.input.Value())
	filters, unknown := m.lib.QueryFilters(q, m.typedFilters)
	if err == nil {
		err = unknown
	}
	m.queryErr = ""
	if err != nil {
		m.queryErr = err.Error()
	}
	m.filters = filters
}

func (m *Model) stopTyping() {
	m.typing = false
	m.queryErr = ""
	m.input.Blur()
}

// dropTyped puts back the filters there were before "/", and the cursor
// where it was: typing moved it with the matches.
func (m *Model) dropTyped() {
	m.filters = m.typedFilters
	if m.screen == screenQuotes {
		m.quotes.Sync(m.filters)
		m.quotes.Return(m.typedFrom)
	} else {
		m.list.Sync(m.filters)
		m.list.Return(m.typedFrom)
	}
}

// popFilter removes the last filter; with none, it does nothing (esc
// never quits).
func (m *Model) popFilter() {
	if len(m.filters) > 0 {
		m.filters = m.filters[:len(m.filters)-1]
	}
}
