package views

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// SetStarred gives the quote view the test of whether a statement (its
// index in the library) is starred, shown with StarMark before its
// words; nil: none is.
func (q *Quotes) SetStarred(starred func(stmt int) bool) { q.starred = starred }

// starMark is the mark before a starred statement's words.
func (q Quotes) starMark(starred bool) string {
	if !starred {
		return ""
	}
	return q.st.Unread.Render(StarMark) + " "
}

// statementDate is a statement's date (its story's) as the quote view
// shows it: short, so that it fits beside the speaker at 40 columns.
func statementDate(t time.Time) string {
	return t.Format("2 Jan 2006")
}

// withDate puts the story's date before who (the speaker), when the
// speaker and the first of rest (the party) still fit after it: at 40
// columns they do for most names.
func (q Quotes) withDate(who string, rest []string, date time.Time) string {
	if date.IsZero() {
		return who
	}
	dated := q.st.Meta.Render(statementDate(date)+" ") + who
	need := []string{dated}
	if len(rest) > 0 {
		need = append(need, rest[0])
	}
	if ansi.StringWidth(strings.Join(need, " · ")) > q.width-entryMargin {
		return who
	}
	return dated
}
