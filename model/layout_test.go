package model

import (
	"slices"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// TestTheFooterDrawnIsTheFooterOfNow: layout draws the footer once per
// Update and View shows that one, and the help in it is remembered from
// frame to frame, so it must be the footer the model's state gives after
// the Update, drawn anew: the status line, the help as it folds and as
// keys come and go, the search and filter being typed, the load errors,
// a resize, a story that fills in, a story scrolled and stepped through
// (its status line is remembered too).
func TestTheFooterDrawnIsTheFooterOfNow(t *testing.T) {
	t.Parallel()
	bs := append(fixture(), sessionStory(40<<10))
	steps := []tea.Msg{
		tea.WindowSizeMsg{Width: 80, Height: 24},
	}
	for _, k := range []string{"?", "?", "/", "tal", "esc", "p", "j", "enter", "tab", "enter", "/", "river", "enter", "n", "]", "pgdown", "j", "[", "esc", "esc", "?"} {
		steps = append(steps, keyMsgs(k)...)
	}
	steps = append(steps, tea.WindowSizeMsg{Width: 30, Height: 5}, keyMsgs("?")[0], tea.WindowSizeMsg{Width: 100, Height: 3})
	m := startModel(t, 80, 24, testConfig(bs, &data.LoadError{Path: "x.txt", Err: errString("not text")}))
	check := func(step int, m Model) {
		t.Helper()
		fresh := m
		fresh.helpDrawn = [2]drawn[helpDrawnFrom, shapedHelp]{} // the help drawn anew, not remembered
		fresh.statusDrawn = drawn[drawnStatusFrom, string]{}    // and the story's status line
		fresh.noticeDrawn = drawn[noticeFrom, string]{}         // and a notice's or the load errors'
		if now := fresh.footer(); !slices.Equal(m.laidFooter, now) {
			t.Fatalf("step %d: drawn footer %q, the model's footer %q", step, m.laidFooter, now)
		}
	}
	for i, msg := range steps {
		next, cmd := m.Update(msg)
		m = next.(Model)
		check(i, m)
		for _, rendered := range renderedMsgs(cmd) {
			m = update(t, m, rendered)
			check(i, m)
		}
	}
	// The long story last: opened, it renders its start first.
	m = update(t, press(t, m, "esc", "esc"), tea.WindowSizeMsg{Width: 100, Height: 30})
	if m.screen == screenQuotes {
		m = press(t, m, "tab")
	}
	m = press(t, m, "/", "Long Session", "enter")
	next, cmd := m.Update(keyMsgs("enter")[0])
	m = next.(Model)
	check(len(steps), m)
	for _, rendered := range renderedMsgs(cmd) {
		m = update(t, m, rendered)
		check(len(steps)+1, m)
	}
	assertContains(t, screenText(m), "In session 0,")
	// Scrolled and resized, it says how far down it is.
	for i, msg := range []tea.Msg{keyMsgs("pgdown")[0], keyMsgs("j")[0], tea.WindowSizeMsg{Width: 100, Height: 20}, keyMsgs("pgdown")[0]} {
		m = update(t, m, msg)
		check(len(steps)+2+i, m)
	}
}
