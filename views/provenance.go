package views

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
)

// AlsoIn is the other statements that report statement stmt, each in
// another story, earliest first; nil when no other story does. The
// grouping is made as statements are indexed, once, not per keystroke.
func (l *Library) AlsoIn(stmt int) []int32 { return l.reports.Others(stmt) }

// reportOf is statement i as the grouping was given it, put together
// again: the grouping keeps the words only of statements another story
// may report, and asks for a statement's when a later one may be the
// same.
func (l *Library) reportOf(i int) provenance.Statement {
	story, st := l.Statement(i)
	return provenance.Statement{Story: story, Date: l.stories[story].b.Date, Speaker: st.Speaker, Party: st.Party, Text: st.Text}
}

// firstReports keeps, of each statement reported in several stories, the
// earliest report among items: the quote view shows it once. items is
// returned as it is when nothing is left out. It runs at each keystroke
// that changes the filters, so it only reads arrays: the earliest found
// of each group is kept in first, by group, valid where stamped with
// this call's number. Groups are the grouping's slots, as many as the
// statements reported elsewhere and those that may be, not one a statement.
func (l *Library) firstReports(items []int32) []int32 {
	return l.firstOf(items, false)
}

// firstReportsInPlace is firstReports of items the caller owns: those
// left out are taken out of items itself, not a copy (the quote view's
// order, walked afresh, is a list of every statement shown).
func (l *Library) firstReportsInPlace(items []int32) []int32 { return l.firstOf(items, true) }

func (l *Library) firstOf(items []int32, inPlace bool) []int32 {
	if s, ok := l.reports.(*storedReports); ok {
		return l.firstOfStored(s, items, inPlace)
	}
	f := &l.first
	f.call++
	if n := l.reports.Slots(); len(f.item) < n {
		f.item = make([]int32, n)
		f.stamp = make([]uint32, n)
	}
	dropped := false
	for _, i := range items {
		if l.reports.Single(int(i)) {
			continue
		}
		g := l.reports.Slot(int(i))
		if f.stamp[g] != f.call {
			f.stamp[g], f.item[g] = f.call, i
		} else if dropped = true; l.reports.Earlier(int(i), int(f.item[g])) {
			f.item[g] = i
		}
	}
	if !dropped {
		return items
	}
	var out []int32
	if inPlace {
		out = items[:0] // each kept is written where it was or before
	} else {
		out = make([]int32, 0, len(items))
	}
	for _, i := range items {
		if l.reports.Single(int(i)) || f.item[l.reports.Slot(int(i))] == i {
			out = append(out, i)
		}
	}
	return out
}

// firstScratch is firstReports' memory, kept between calls.
type firstScratch struct {
	call  uint32
	item  []int32  // slot -> its group's earliest statement among the items
	stamp []uint32 // slot -> the call that set item
}

// shownReport is stmt when the quote view shows it, else the report of
// it in another story that the view shows in its place.
func (q *Quotes) shownReport(stmt int) (int, bool) {
	if slices.Contains(q.shown, int32(stmt)) {
		return stmt, true
	}
	for _, o := range q.lib.AlsoIn(stmt) {
		if slices.Contains(q.shown, o) {
			return int(o), true
		}
	}
	return 0, false
}

// alsoInLines is the lines the cursor's entry gives to the other stories
// that report its statement: one, or none.
func alsoInLines(lib *Library, stmt int) int {
	if lib.reports.Single(stmt) {
		return 0
	}
	return 1
}

// alsoInLine is the cursor's entry's last line: "also in N stories", then
// the stories, earliest first, each with its date.
func (q Quotes) alsoInLine(also []int32) string {
	head := "also in " + countStories(len(also))
	parts := make([]string, 0, len(also))
	for _, o := range also {
		b := q.lib.Story(q.lib.StatementStory(int(o)))
		part := data.SanitizeLine(b.Title)
		if !b.Date.IsZero() {
			part += " (" + b.Date.Format(time.DateOnly) + ")"
		}
		parts = append(parts, part)
	}
	return q.st.Meta.Render(head + ": " + strings.Join(parts, "; "))
}

func countStories(n int) string {
	if n == 1 {
		return "1 story"
	}
	return strconv.Itoa(n) + " stories"
}
