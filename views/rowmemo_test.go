package views

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
)

// TestKeptRowsFollowWhatTheyAreDrawnFrom: the list and the quote view
// keep rows as drawn; after a star, a read mark or a width changes, each
// draws what a view made afresh draws, never a row as it was kept.
func TestKeptRowsFollowWhatTheyAreDrawnFrom(t *testing.T) {
	t.Parallel()
	lib := libraryFixture()
	// A role and a date, which the attribution drops as the width narrows.
	lib.Add(&data.Briefing{Title: "Harbour accord", Date: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC), Parties: []string{"Tesmar"},
		Statements: []data.Statement{
			{Speaker: "Anselm Roy", Role: "Foreign Minister of Tesmar", Party: "Tesmar", Cue: "said", Text: "the harbour stays open", Kind: data.Reported, Paragraph: 1},
			{Speaker: "Anselm Roy", Role: "Foreign Minister of Tesmar", Party: "Tesmar", Cue: "added", Text: "and the tolls fall", Kind: data.Reported, Paragraph: 1},
		}})
	lib.TrackUnread()
	st := NewStyles(ThemeNoColor)
	keys := DefaultKeyMap()
	starred := map[int]bool{}
	l := NewList(lib, &st, &keys)
	q := NewQuotes(lib, &st, &keys)
	q.SetStarred(func(stmt int) bool { return starred[stmt] })
	width := 80
	check := func(step string) {
		t.Helper()
		freshList := NewList(lib, &st, &keys)
		freshQuotes := NewQuotes(lib, &st, &keys)
		freshQuotes.SetStarred(q.starred)
		for _, v := range []interface {
			SetSize(int, int)
			Sync([]Filter)
		}{&l, &q, &freshList, &freshQuotes} {
			v.SetSize(width, 20)
			v.Sync(nil)
		}
		if got, want := l.View(), freshList.View(); got != want {
			t.Errorf("%s: the list shows\n%s\nwant\n%s", step, ansi.Strip(got), ansi.Strip(want))
		}
		if got, want := q.View(), freshQuotes.View(); got != want {
			t.Errorf("%s: the quote view shows\n%s\nwant\n%s", step, ansi.Strip(got), ansi.Strip(want))
		}
	}
	check("at first")
	story := int(l.Stories()[1]) // away from the cursor
	lib.SetUnread(story, true)
	check("unread")
	lib.SetStarred(story, true)
	check("starred")
	lib.SetStarred(story, false)
	lib.SetUnread(story, false)
	check("read, not starred")
	stmts := q.Statements()
	starred[int(stmts[len(stmts)-1])] = true // away from the cursor
	check("a statement starred")
	for _, width = range []int{70, 60, 50, 40, 30, 24, 12} {
		check("narrower")
	}
	if !strings.Contains(ansi.Strip(q.View()), StarMark) {
		t.Errorf("no star at %d columns:\n%s", width, ansi.Strip(q.View()))
	}
}
