package views

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCutEntriesFollowTheWidthAndTheCursor: the list and the quote view
// keep their entries' lines as cut to the width; as the cursor moves
// over the entries and the width narrows and widens, each view draws
// what a view made afresh at the same place draws. The cursor's marker
// is the only mark of the selected entry in the colourless theme, so a
// line kept without whether it was selected shows in the wrong place.
func TestCutEntriesFollowTheWidthAndTheCursor(t *testing.T) {
	t.Parallel()
	lib := libraryFixture()
	st := NewStyles(ThemeNoColor)
	keys := DefaultKeyMap()
	l, q := NewList(lib, &st, &keys), NewQuotes(lib, &st, &keys)
	l.Sync(nil)
	q.Sync(nil)
	if len(l.Stories()) < 2 || len(q.Statements()) < 2 {
		t.Fatalf("%d stories, %d statements: too few to move over", len(l.Stories()), len(q.Statements()))
	}
	for _, width := range []int{80, 30, 12, 30, 80} {
		for _, story := range l.Stories() {
			stmt := q.Statements()[int(story)%len(q.Statements())]
			for _, v := range []interface {
				SetSize(int, int)
				Sync([]Filter)
			}{&l, &q} {
				v.SetSize(width, 20)
				v.Sync(nil)
			}
			l.Select(int(story))
			q.Select(int(stmt))
			freshList, freshQuotes := NewList(lib, &st, &keys), NewQuotes(lib, &st, &keys)
			freshList.SetSize(width, 20)
			freshList.Sync(nil)
			freshList.Select(int(story))
			freshQuotes.SetSize(width, 20)
			freshQuotes.Sync(nil)
			freshQuotes.Select(int(stmt))
			if got, want := l.View(), freshList.View(); got != want {
				t.Errorf("%d columns, story %d: the list shows\n%s\nwant\n%s", width, story, ansi.Strip(got), ansi.Strip(want))
			}
			if got, want := q.View(), freshQuotes.View(); got != want {
				t.Errorf("%d columns, statement %d: the quote view shows\n%s\nwant\n%s", width, stmt, ansi.Strip(got), ansi.Strip(want))
			}
		}
	}
}
