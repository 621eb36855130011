package model

import (
	"strings"
	"testing"

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
