package views

import (
	"fmt"
	"sort"

	"github.com/brief-reader/brief/data"
)

// readableWidth is the widest the detail view sets text: longer lines
// are hard to follow from one to the next, so a wide terminal gets the
// story in a column of this width, centred.
const readableWidth = 100

// textWidth is the width the story is rendered at in a view width wide.
func textWidth(width int) int { return min(max(width, 1), readableWidth) }

// statementIndex is the index of st in b's Statements, or -1.
func statementIndex(b *data.Briefing, st *data.Statement) int {
	if b == nil || st == nil {
		return -1
	}
	for i, s := range b.Statements {
		if s.Paragraph == st.Paragraph && s.Span == st.Span && s.Speaker == st.Speaker {
			return i
		}
	}
	return -1
}

// place is where statement i is rendered, if it is.
func (d Detail) place(i int) (StatementPlace, bool) {
	if d.doc == nil || i < 0 {
		return StatementPlace{}, false
	}
	for _, p := range d.doc.Places {
		if p.Index == i {
			return p, true
		}
	}
	return StatementPlace{}, false
}

// showPlace scrolls so that a statement is on screen, from its start
// when it is not all there, with a line of context above.
func (d *Detail) showPlace(p StatementPlace) {
	from, to := d.pg.visible()
	if p.First >= from && p.Last < to {
		return
	}
	d.pg.scrollTo(p.First - min(1, d.pg.height/4))
}

// stepStatement makes the next (delta 1) or previous (-1) statement
// current, stopping at the first and the last. With none current yet it
// starts from the screen: ] goes to the first statement that starts on
// it or below, [ to the last that starts on it or above.
func (d *Detail) stepStatement(delta int) {
	places := d.doc.Places
	if len(places) == 0 {
		return
	}
	at := -1
	for k, p := range places {
		if p.Index == d.stmt {
			at = k
		}
	}
	switch {
	case at >= 0:
		at = min(max(at+delta, 0), len(places)-1)
	case delta > 0:
		at = sort.Search(len(places), func(k int) bool { return places[k].First >= d.pg.offset })
		at = min(at, len(places)-1)
	default:
		_, to := d.pg.visible()
		at = max(sort.Search(len(places), func(k int) bool { return places[k].First >= to })-1, 0)
	}
	d.stmt = places[at].Index
	d.toStatement = false
	d.showPlace(places[at])
}

// CurrentStatement is the statement the reader is at, an index in the
// story's Statements: the current one, or else the first on screen, or
// else the story's first.
func (d Detail) CurrentStatement() (int, bool) {
	if d.story == nil || len(d.story.Statements) == 0 {
		return 0, false
	}
	if d.stmt >= 0 {
		return d.stmt, true
	}
	if d.doc != nil {
		for _, p := range d.doc.Places {
			if p.Last >= d.pg.offset {
				return p.Index, true
			}
		}
	}
	return 0, true
}

// SelectStatement makes statement i of the story current and scrolls to
// it.
func (d *Detail) SelectStatement(i int) {
	if d.story == nil || i < 0 || i >= len(d.story.Statements) {
		return
	}
	d.stmt, d.toStatement = i, true
	d.locate()
}

// statementStatus is "statement 3/12" when one is current, "12
// statements" when there are some.
func (d Detail) statementStatus() string {
	if d.doc == nil || len(d.doc.Order) == 0 {
		return ""
	}
	// Statements that cannot be marked in the text are not stepped
	// through; the list counts them, so say so rather than disagree.
	all := ""
	if d.story != nil && len(d.story.Statements) > len(d.doc.Order) {
		all = fmt.Sprintf(" marked (%d in all)", len(d.story.Statements))
	}
	for k, i := range d.doc.Order {
		if i == d.stmt {
			return fmt.Sprintf("statement %d/%d", k+1, len(d.doc.Order)) + all
		}
	}
	if len(d.doc.Order) == 1 {
		return "1 statement" + all
	}
	return fmt.Sprintf("%d statements", len(d.doc.Order)) + all
}
