package model

import (
	"context"
	"slices"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/views"
)

// With Config.StatementTexts, the library holds no text of the statements
// read from the database, and the quote view's text filter asks the
// database in the background (views.TextSearch): the answers come back
// as statementTextsMsg, and the quote view is filtered again with them.
// Until then the statements whose texts the reader holds, and those whose
// speaker, role or party hold the words, are shown, and the spinner turns.

// statementTextsMsg is a search's answer, or why there is none.
type statementTextsMsg struct {
	run   int // the search's number in textSearches
	found views.TextFound
	err   error
}

// textSearch is a search under way: its number, and how to stop it.
type textSearch struct {
	run    int
	cancel context.CancelFunc
}

// textSearches is the searches under way, by query, and the number of
// the last one started.
//
// While a query is typed, the cursor follows its statement as it does
// with the texts held, where the filter keeps or drops it at every
// keystroke: followed is where it was when the filters were last known
// whole, and each answer puts it back there if the statement is still
// shown (at the top if not), rather than where the partial list before
// the answer moved it. follow is set while a query is typed in the
// quote view; another key lets the cursor go.
type textSearches struct {
	running  map[string]textSearch
	runs     int
	follow   bool
	followed views.Place
}

// textKey notes a key: the first typed into the query starts following
// the cursor's statement from where typing began.
func (m *Model) textKey() {
	was := m.textSearches.follow
	m.textSearches.follow = m.typing && m.screen == screenQuotes && m.lib.TextsStored()
	if m.textSearches.follow && !was {
		m.textSearches.followed = m.typedFrom
	}
}

// textsSettled notes where the cursor is once every text filter has its
// answer: the place the next answers put it back from.
func (m *Model) textsSettled() {
	if m.textSearches.follow && len(m.textSearches.running) == 0 {
		m.textSearches.followed = m.quotes.Place()
	}
}

// searchTexts starts the searches the text filters need and stops those
// of queries no longer typed.
func (m *Model) searchTexts() tea.Cmd {
	if !m.lib.TextsStored() {
		return nil
	}
	s := &m.textSearches
	wasBusy := m.busy()
	for q, r := range s.running {
		if !hasTextFilter(m.filters, q) {
			r.cancel()
			delete(s.running, q)
		}
	}
	searches := m.lib.TextSearches(m.filters, func(q string) bool {
		_, ok := s.running[q]
		return ok
	})
	if len(searches) == 0 {
		return nil
	}
	if s.running == nil {
		s.running = map[string]textSearch{}
	}
	cmds := make([]tea.Cmd, 0, len(searches)+1)
	for _, search := range searches {
		ctx, cancel := context.WithCancel(context.Background())
		s.runs++
		run := s.runs
		s.running[search.Query] = textSearch{run: run, cancel: cancel}
		cmds = append(cmds, func() tea.Msg {
			found, err := search.Run(ctx)
			return statementTextsMsg{run: run, found: found, err: err}
		})
	}
	if !wasBusy {
		cmds = append(cmds, m.spinner.Tick)
	}
	return tea.Batch(cmds...)
}

// textsFound keeps an answer still wanted and filters the quote view
// again with it; an answer to a query typed over, or to a search
// stopped, is dropped.
func (m *Model) textsFound(msg statementTextsMsg) tea.Cmd {
	s := &m.textSearches
	q := msg.found.Query
	if r, ok := s.running[q]; !ok || r.run != msg.run {
		return nil
	}
	delete(s.running, q)
	if msg.err == nil && hasTextFilter(m.filters, q) && m.lib.AddTextFound(msg.found, func(q string) bool { return hasTextFilter(m.filters, q) }) {
		m.quotes.Refilter()
		m.quotes.Sync(m.filters)
		if m.textSearches.follow {
			m.quotes.Return(m.textSearches.followed)
		}
	}
	return m.searchTexts() // what was read meanwhile
}

func hasTextFilter(filters []views.Filter, q string) bool {
	return slices.ContainsFunc(filters, func(f views.Filter) bool { return f.Kind == views.FilterText && f.Query == q })
}
