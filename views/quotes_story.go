package views

import (
	"github.com/charmbracelet/bubbles/key"
)

// Select puts the cursor on statement stmt, an index in the library,
// or on the report of it shown when it is reported in several stories,
// and reports whether the filters show it. Sync first.
func (q *Quotes) Select(stmt int) bool {
	stmt, ok := q.shownReport(stmt)
	if !ok {
		return false
	}
	q.selectItem(stmt)
	return true
}

// StatementIndex is the index in the library of statement k of story
// i, once the library has indexed it: a story's statements are indexed
// together, in order (stmtFrom to stmtTo).
func (l *Library) StatementIndex(story, k int) (int, bool) {
	if story < 0 || story >= len(l.stories) || k < 0 {
		return 0, false
	}
	e := &l.stories[story]
	i := int(e.stmtFrom) + k
	if i >= int(e.stmtTo) || int(l.stmts[i].story) != story {
		return 0, false
	}
	return i, true
}

// StatementInStory is statement i of the library as a story's: the
// story and the statement's place among its statements; StatementIndex
// the other way.
func (l *Library) StatementInStory(i int) (story, k int) {
	return int(l.stmts[i].story), int(l.stmtIndex(int32(i)))
}

// StoryQuotesHelp is the help of the quote view opened from a story,
// where esc goes back to it.
func (k KeyMap) StoryQuotesHelp(hasErrors bool) HelpMap {
	back := k.Back
	back.SetHelp("esc", "back")
	k.ClearFilter = back
	h := k.ListHelp(true, true, hasErrors)
	// Next to enter, where it is not cut from a narrow bar.
	short := []key.Binding{h.Short[0], back}
	for _, b := range h.Short[1:] {
		if b.Help() != back.Help() {
			short = append(short, b)
		}
	}
	h.Short = short
	return h
}
