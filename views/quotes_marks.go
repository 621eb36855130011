package views

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// SetStarred gives the quote view the test of whether a statement (its
// index in the library) is starred, shown with StarMark at the start of
// its attribution; nil: none is.
func (q *Quotes) SetStarred(starred func(stmt int) bool) { q.starred = starred }

// starMark is the mark of a starred statement.
func (q Quotes) starMark(starred bool) string {
	if !starred {
		return ""
	}
	return q.st.Unread.Render(StarMark) + " "
}

// withDate puts the story's date before who (the speaker) when the
// speaker and the first of rest (the party) still fit after it: in full
// ("1 Jun 2025"), or as the month ("Jun 2025") when narrow, or not at
// all.
func (q Quotes) withDate(who string, rest []string, date time.Time) string {
	if date.IsZero() {
		return who
	}
	for _, layout := range []string{"2 Jan 2006", "Jan 2006"} {
		dated := q.st.Meta.Render(date.Format(layout)+" ") + who
		need := []string{dated}
		if len(rest) > 0 {
			need = append(need, rest[0])
		}
		if ansi.StringWidth(strings.Join(need, " · ")) <= q.width-entryMargin {
			return dated
		}
	}
	return who
}
