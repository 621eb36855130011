package model

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// seedModel is the reader over the embedded briefings, as `brief` with no
// paths shows them, attributed by the real engine.
func seedModel(t *testing.T) Model {
	t.Helper()
	attr := data.DefaultAttributor()
	dark, noColor := true, false
	m := New(Config{Attributor: attr, Dark: &dark, NoColor: &noColor, Load: func(emit func(*data.Briefing, error)) {
		bs, errs := data.Embedded(data.LoadOptions{Attributor: attr})
		for _, b := range bs {
			emit(b, nil)
		}
		for _, err := range errs {
			emit(nil, err)
		}
	}})
	m = drainLoad(t, m)
	return update(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
}

// TestTheIssuesWalkThroughTheSeed is the issue's "done when": the seed in
// the list, its text on enter, l to the next story, its statements on tab
// with Donald Trump's “reasonably good.”, and a party keeping only its own.
func TestTheIssuesWalkThroughTheSeed(t *testing.T) {
	t.Parallel()
	m := seedModel(t)
	if m.lib.Len() < 2 {
		t.Fatalf("%d embedded stories", m.lib.Len())
	}
	seed := m.lib.Story(0)
	assertContains(t, screenText(m), seed.Title[:40])
	assertLacks(t, screenText(m), "failed to load")

	m = press(t, m, "enter")
	assertContains(t, untagged(words(body(m))), "Russia expressed optimism about its recent diplomatic engagements")
	m = press(t, m, "l")
	assertContains(t, screenText(m), "Story  2/")
	assertContains(t, words(body(m)), m.lib.Story(1).Paragraphs[0].Text[:30])

	m = press(t, m, "esc", "tab")
	if m.lib.StatementCount() == 0 {
		t.Skip("the attributor finds no statements yet")
	}
	assertContains(t, screenText(m), "Quotes  1/")
	found := false
	for _, i := range m.quotes.Statements() {
		_, st := m.lib.Statement(int(i))
		if st.Speaker == "Donald Trump" && strings.Contains(st.Text, "reasonably good.") {
			found = true
		}
	}
	if !found {
		t.Error("no statement by Donald Trump saying “reasonably good.”")
	}
	m = press(t, m, "/", `"reasonably good"`, "enter") // a phrase: two words would be two terms
	assertContains(t, screenText(m), "“reasonably good.”", "Donald Trump")

	m = press(t, m, "esc", "p", "Ukraine", "enter")
	assertContains(t, screenText(m), "party:Ukraine")
	shown := m.quotes.Statements()
	if len(shown) == 0 {
		t.Fatal("no statements for Ukraine")
	}
	for _, i := range shown {
		if _, st := m.lib.Statement(int(i)); st.Party != "Ukraine" {
			t.Errorf("%s (%s) shown for Ukraine: %q", st.Speaker, st.Party, st.Text)
		}
	}
}

// The same walk without going back: from a story, tab goes straight to
// the quote view, on that story's statements, and esc comes back to the
// story; tab again goes to the story list.
func TestTabFromAStoryShowsTheStatements(t *testing.T) {
	t.Parallel()
	m := seedModel(t)
	m = update(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(t, m, "enter", "l", "tab")
	if m.screen != screenQuotes {
		t.Fatalf("tab from a story shows %v, want the quote view", m.screen)
	}
	i, ok := m.quotes.Selected()
	if !ok {
		t.Fatal("no statement selected")
	}
	if story, _ := m.lib.Statement(i); story != m.current {
		t.Errorf("the cursor is on a statement of story %d, want %d", story, m.current)
	}
	assertContains(t, screenText(m), "Quotes  ", "esc back")
	m = press(t, m, "esc")
	if m.screen != screenDetail {
		t.Fatalf("esc shows %v, want the story", m.screen)
	}
	assertContains(t, screenText(m), "Story  2/")
	m = press(t, m, "tab", "tab")
	if m.screen != screenList {
		t.Errorf("tab from the quote view shows %v, want the story list", m.screen)
	}
	m = press(t, m, "enter", "?")
	assertContains(t, screenText(m), "story's quotes")
}
