package model

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// TestQueryInTheReader: "/" takes the query language in the story list
// and the quote view, and the header shows the query in use.
func TestQueryInTheReader(t *testing.T) {
	t.Parallel()
	tests := []screenCase{
		{"a party and a date", []string{"/", "party:Varanda after:2025-04", "enter"}, "Stories  1/1 party:Varanda after:2025-04",
			[]string{"Border Talks"}, []string{"Meridian Council Weighs", "Fishermen"}},
		{"before is inclusive of its month", []string{"/", "before:2025-03", "enter"}, "Stories  1/1 before:2025-03",
			[]string{"Water-Sharing"}, []string{"Border Talks", "Fishermen"}},
		{"a negated term", []string{"/", "-party:Kestria", "enter"}, "Stories  1/1 -party:Kestria",
			[]string{"Meridian Council Weighs"}, []string{"Border Talks", "Fishermen"}},
		{"kind in the quote view", []string{"tab", "/", "kind:direct", "enter"}, "Quotes  1/2 kind:direct",
			[]string{"reasonably calm", "A plan that dries"}, []string{"upstream farmers"}},
		{"speaker and a phrase in the quote view", []string{"tab", "/", `speaker:Halvek "first round"`, "enter"},
			`Quotes  1/1 speaker:Halvek "first round"`, []string{"the first round would open"}, []string{"reasonably calm"}},
		{"a picked party is a term of the query", []string{"p", "kestria", "enter", "/", "-fisherm", "enter"},
			"Stories  1/1 party:Kestria -fisherm", []string{"Border Talks"}, []string{"Fishermen"}},
		{"/ starts from the query in use", []string{"tab", "p", "sorre", "enter", "/"}, "Quotes  1/3 party:Sorreland",
			[]string{"filter: party:Sorreland "}, nil},
		{"esc takes the last term away", []string{"/", "party:Varanda plan", "enter", "esc"}, "Stories  2/2 party:Varanda",
			nil, []string{"party:Varanda plan"}},
	}
	runScreenCases(t, tests)
}

// TestABadTermIsNamed: a bad term is named in the status line, the terms
// before it stay in use, enter does not take it, and esc puts back the
// filters and the cursor there were before "/".
func TestABadTermIsNamed(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 120, 30, fixture()), "j", "p", "kestria", "enter")
	before := screenText(m)
	m = press(t, m, "/", "fisherm partty:Kestria")
	s := screenText(m)
	assertContains(t, s, "✗ unknown field 'partty:' in partty:Kestria — did you mean party:?",
		"Stories  1/1 party:Kestria fisherm", "filter: party:Kestria fisherm partty:Kestria")
	m = press(t, m, "enter")
	assertContains(t, screenText(m), "did you mean party:?", "filter: ") // still typing
	m = press(t, m, "esc")
	if after := screenText(m); after != before {
		t.Errorf("before /:\n%s\nafter esc:\n%s", before, after)
	}

	m = press(t, newModel(t, 120, 30, fixture()), "tab", "/", "party:Kestrea")
	assertContains(t, screenText(m), "✗ unknown party in party:Kestrea — nothing by that name is known; nearest: Kestria", "Quotes  1/9")
	m = press(t, m, "backspace", "backspace", "ia", "enter")
	s = screenText(m)
	assertContains(t, s, "Quotes  1/2 party:Kestria")
	assertLacks(t, s, "✗")

	s = screenText(press(t, newModel(t, 120, 30, fixture()), "/", "after:2025-13"))
	assertContains(t, s, "✗ bad date in after:2025-13", "Stories  1/3")
}

// TestABadTermAtFortyColumns: the query line outranks the message on a
// small screen; both show when there is room.
func TestABadTermAtFortyColumns(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 40, 12, fixture()), "/", "kind:quote")
	s := screenText(m)
	assertFits(t, m.View(), 40, 12)
	assertContains(t, s, "filter: kind:quote", "✗ unknown kind in kind:quote")
	m = press(t, newModel(t, 40, 3, fixture()), "/", "kind:quote")
	s = screenText(m)
	assertContains(t, s, "filter: kind:quote")
	if strings.Contains(s, "✗") && !strings.Contains(s, "filter:") {
		t.Errorf("the message took the query line's place:\n%s", s)
	}
}

// TestKindOnAListWithoutStatements: on the story list of stories given
// without their statements (a library's rows), kind: has the statements
// read, and the list is filtered again as they arrive.
func TestKindOnAListWithoutStatements(t *testing.T) {
	t.Parallel()
	full := fixture()
	compact := make([]*data.Briefing, len(full))
	byID := map[string][]data.Statement{}
	for i, b := range full {
		c := *b
		c.StatementCount, c.Statements = len(b.Statements), nil
		compact[i] = &c
		byID[b.ID] = b.Statements
	}
	cfg := testConfig(compact)
	cfg.LoadStatements = func(b *data.Briefing) ([]data.Statement, error) { return byID[b.ID], nil }
	m := press(t, startModel(t, 120, 30, cfg), "/", "kind:direc")
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("t")})
	m = next.(Model)
	assertContains(t, screenText(m), "Stories  0 kind:direct")
	m = runStatementCmds(t, m, cmd)
	s := screenText(m)
	assertContains(t, s, "Stories  1/2 kind:direct", "Border Talks", "Water-Sharing")
	assertLacks(t, s, "Fishermen")
}

// runStatementCmds runs cmd and what it leads to, handing the model the
// statements read, their stored groups and the text searches' answers,
// and drops every other message.
func runStatementCmds(t testing.TB, m Model, cmd tea.Cmd) Model {
	t.Helper()
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case statementsMsg, groupsMsg, statementTextsMsg:
			next, more := m.Update(msg)
			m = next.(Model)
			queue = append(queue, more)
		}
	}
	return m
}
