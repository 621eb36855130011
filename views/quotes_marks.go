package views

import (
	"strings"

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
// all. dated is who after each form of the date (see attributionParts).
func (q Quotes) withDate(who string, dated, rest []string) string {
	for _, d := range dated {
		need := []string{d}
		if len(rest) > 0 {
			need = append(need, rest[0])
		}
		if ansi.StringWidth(strings.Join(need, " · ")) <= q.width-entryMargin {
			return d
		}
	}
	return who
}
