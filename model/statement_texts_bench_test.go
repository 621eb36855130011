package model

import (
	"context"
	"slices"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// storedBenchModel is benchModel's corpus as a library's rows, their
// statements read for the quote view with the texts left in a stand-in
// for the database (the corpus, each story's statements copied when
// read, as decoding them would).
func storedBenchModel(b *testing.B) Model {
	b.Helper()
	full := syntheticCorpus()
	compact := make([]*data.Briefing, len(full))
	byID := make(map[string][]data.Statement, len(full))
	for i, x := range full {
		c := *x
		c.StatementCount, c.Statements = len(x.Statements), nil
		compact[i] = &c
		byID[x.ID] = x.Statements
	}
	cfg := testConfig(compact)
	cfg.LoadStatements = func(x *data.Briefing) ([]data.Statement, error) { return slices.Clone(byID[x.ID]), nil }
	cfg.StatementTexts = func(ctx context.Context, bs []*data.Briefing, each func(int, []data.StatementWords)) error {
		var words []data.StatementWords
		for k, x := range bs {
			words = words[:0]
			for _, st := range byID[x.ID] {
				words = append(words, data.StatementWords{Text: []byte(st.Text), Speaker: []byte(st.Speaker), Role: []byte(st.Role)})
			}
			each(k, words)
		}
		return ctx.Err()
	}
	m := pressAndRead(b, startModel(b, 120, 40, cfg), "tab")
	if n := m.lib.StatementCount(); n != benchStories*benchStatements {
		b.Fatalf("%d statements", n)
	}
	return press(b, m, "/")
}

// BenchmarkStoredTextsKeystroke is BenchmarkFilterKeystroke's "narrow"
// in the quote view with the statements' texts left in the database:
// "key" is Update and View of a keystroke, the search it starts not run
// (it runs in the background); "answered" is a keystroke, its search
// run, and the answer's Update and View: the time until the statements
// found are on screen, less the database's own (a stand-in here).
func BenchmarkStoredTextsKeystroke(b *testing.B) {
	word := keyMsgs("steel and grain")
	clear := tea.KeyMsg{Type: tea.KeyCtrlU}
	for _, answered := range []bool{false, true} {
		name := "key"
		if answered {
			name = "answered"
		}
		b.Run(name, func(b *testing.B) {
			m := storedBenchModel(b)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				k := i % (len(word) + 1)
				if k == len(word) {
					b.StopTimer()
					m = runStatementCmds(b, step(m, clear), nil)
					b.StartTimer()
					continue
				}
				next, cmd := m.Update(word[k])
				m = next.(Model)
				_ = m.View()
				if answered {
					m = runStatementCmds(b, m, cmd)
					_ = m.View()
				}
			}
		})
	}
}
