package model

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// Stories given without their statements (rows from the database) list
// with their speakers and counts; the quote view reads the statements in
// the background when first shown, and then holds every one.
func TestStatementsReadWhenQuotesShown(t *testing.T) {
	t.Parallel()
	full := fixture()
	var want int
	compact := make([]*data.Briefing, len(full))
	byID := map[string][]data.Statement{}
	for i, b := range full {
		c := *b
		c.StatementCount, c.Statements = len(b.Statements), nil
		compact[i] = &c
		byID[b.ID] = b.Statements
		want += len(b.Statements)
	}
	asked := 0
	cfg := testConfig(compact)
	cfg.LoadStatements = func(b *data.Briefing) ([]data.Statement, error) {
		asked++
		return byID[b.ID], nil
	}
	m := startModel(t, 80, 24, cfg)
	screen := screenText(m)
	assertContains(t, screen, compact[0].Title[:20], "statements")
	if m.lib.StatementCount() != 0 || asked != 0 {
		t.Fatalf("statements read before the quote view: %d indexed, %d asked", m.lib.StatementCount(), asked)
	}
	// The party picker of the story list works from the speakers alone.
	m = press(t, m, "p")
	assertContains(t, screenText(m), full[0].Statements[0].Party)
	m = press(t, m, "esc")

	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyTab})
	m = next.(Model)
	for cmd != nil {
		msg := cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			cmd = nil
			for _, c := range batch {
				if c == nil {
					continue
				}
				if sm, ok := c().(statementsMsg); ok {
					next, cmd = m.Update(sm)
					m = next.(Model)
				}
			}
			continue
		}
		next, cmd = m.Update(msg)
		m = next.(Model)
		if _, ok := msg.(statementsMsg); !ok {
			break
		}
	}
	if m.lib.StatementCount() != want || asked != len(full) {
		t.Errorf("%d of %d statements indexed, %d stories asked", m.lib.StatementCount(), want, asked)
	}
	screen = screenText(m)
	if !strings.Contains(screen, "Quotes") || strings.Contains(screen, "No statements") {
		t.Errorf("quote view:\n%s", screen)
	}
}

// The quote view reads a library's statements in batches of at most
// statementsBatch statements, whatever the stories' lengths: a batch is
// decoded whole, texts and all, and its size was most of the reader's
// peak memory beyond what it keeps (BENCHMARKS.md, "The quote view's
// statements, a batch at a time"). A story longer than a batch comes
// alone. Every statement is shown once the last batch is in.
func TestStatementsReadInBoundedBatches(t *testing.T) {
	t.Parallel()
	halvek := data.Speaker{Name: "Idrena Halvek", Role: "Foreign Minister", Party: "Varanda", Person: true}
	orvell := data.Speaker{Name: "Tomas Orvell", Role: "Kestrian spokesperson", Party: "Kestria", Person: true}
	counts := []int{statementsBatch + 300} // one story longer than a batch
	for i := range 400 {
		counts = append(counts, 5+i%60)
	}
	var compact []*data.Briefing
	byID := map[string][]data.Statement{}
	want := 0
	for i, n := range counts {
		id := fmt.Sprintf("ferry-%03d", i)
		stmts := make([]data.Statement, n)
		for j := range stmts {
			sp := []data.Speaker{halvek, orvell}[j%2]
			stmts[j] = data.Statement{Speaker: sp.Name, Role: sp.Role, Party: sp.Party, Kind: data.Direct,
				Text: fmt.Sprintf("The ferry from Port Selin to Ostrava Nova, crossing %d of story %d, runs again.", j, i)}
		}
		byID[id] = stmts
		want += n
		compact = append(compact, &data.Briefing{ID: id, Title: "Ferry crossings resume " + id,
			Date:     time.Date(2025, 4, 11, 0, 0, 0, 0, time.UTC).Add(-time.Duration(i) * time.Hour),
			Speakers: []data.Speaker{halvek, orvell}, Parties: []string{"Varanda", "Kestria"}, StatementCount: n})
	}
	cfg := testConfig(compact)
	cfg.LoadStatements = func(b *data.Briefing) ([]data.Statement, error) { return byID[b.ID], nil }
	m := startModel(t, 80, 24, cfg)

	var batches []int
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyTab})
	m = next.(Model)
	for cmd != nil {
		var sm statementsMsg
		found := false
		msg := cmd()
		cmds := []tea.Cmd{func() tea.Msg { return msg }}
		if batch, ok := msg.(tea.BatchMsg); ok {
			cmds = batch
		}
		for _, c := range cmds {
			if c == nil || found {
				continue
			}
			if got, ok := c().(statementsMsg); ok {
				sm, found = got, true
			}
		}
		if !found {
			break
		}
		n := 0
		for _, st := range sm.stmts {
			n += len(st)
		}
		if n > statementsBatch && len(sm.stmts) > 1 {
			t.Errorf("batch %d: %d statements of %d stories, more than %d", len(batches), n, len(sm.stmts), statementsBatch)
		}
		batches = append(batches, n)
		next, cmd = m.Update(sm)
		m = next.(Model)
	}
	if m.lib.StatementCount() != want {
		t.Fatalf("%d of %d statements indexed, in batches %v", m.lib.StatementCount(), want, batches)
	}
	if min := want/statementsBatch + 1; len(batches) < min {
		t.Errorf("%d batches for %d statements, want at least %d: %v", len(batches), want, min, batches)
	}
	assertContains(t, screenText(m), fmt.Sprintf("1/%d", want))
}
