package views

import (
	"cmp"
	"math/bits"
	"slices"
)

// The quote view's order is its stories' order, each story's statements
// in the order they were said, and a story's statements are indexed
// together (stmtFrom to stmtTo): so the order keeps, per story shown, the
// place of its first statement (stmtStart), not a list and a rank of
// every statement, which were 8 bytes a statement held for as long as the
// quote view was (issue #11 point 4). A statement's place is its story's
// start and its place in the story; the list itself is walked from the
// stories when a view needs it, and the view keeps what it shows.

// arrangeStatements orders statements as their stories are shown, each
// story's in the order they were said, a statement reported in several
// stories once (see firstReports).
func (l *Library) arrangeStatements(items []int32) []int32 {
	l.arrangeOrder()
	o := &l.ord
	if !o.stmtsOK {
		o.stmtStart = slices.Grow(o.stmtStart[:0], len(o.shown)+1)
		n, id := int32(0), true
		for _, s := range o.shown {
			e := &l.stories[s]
			o.stmtStart = append(o.stmtStart, n)
			if e.stmtTo > e.stmtFrom {
				id = id && e.stmtFrom == n
				n += e.stmtTo - e.stmtFrom
			}
		}
		o.stmtStart = append(o.stmtStart, n)
		o.stmtsID = id && int(n) == len(l.stmts)
		o.stmtsOK = true
	}
	if o.stmtsID {
		// Every statement shown, in ascending order: the items, as
		// they are, are in the order shown.
		return l.firstReports(items)
	}
	// a new slice (or none): its repeated reports are dropped in place
	return l.firstReportsInPlace(l.keepShownStatements(items))
}

// stmtRank is statement i's place in the order shown, -1 when its story
// is not shown. arrangeStatements first.
func (l *Library) stmtRank(i int32) int32 {
	o := &l.ord
	s := l.stmts[i].story
	if int(s) >= len(o.storyRank) || o.storyRank[s] < 0 {
		return -1
	}
	return o.stmtStart[o.storyRank[s]] + i - l.stories[s].stmtFrom
}

// keepShownStatements is the statements shown, in order, with only the
// items of items (ascending) kept, as keepShown is for stories: a few
// items are sorted by their place, many kept by one walk through the
// stories shown. It is always a new slice but when there are no items.
func (l *Library) keepShownStatements(items []int32) []int32 {
	o := &l.ord
	n := len(l.stmts)
	if len(items) == 0 {
		return items
	}
	if len(items) == n {
		return l.walkShownStatements(nil) // every item
	}
	if len(items)*bits.Len(uint(len(items))) < n/4 {
		type placed struct{ rank, item int32 }
		ps := make([]placed, 0, len(items))
		for _, i := range items {
			if r := l.stmtRank(i); r >= 0 {
				ps = append(ps, placed{r, i})
			}
		}
		slices.SortFunc(ps, func(a, b placed) int { return cmp.Compare(a.rank, b.rank) })
		out := make([]int32, len(ps))
		for k, p := range ps {
			out[k] = p.item
		}
		return out
	}
	in := o.mark(items, n)
	defer o.unmark(items)
	return l.walkShownStatements(in)
}

// walkShownStatements is every statement shown, in order, or only those
// in marks when it is not nil (see storyOrder.mark).
func (l *Library) walkShownStatements(marks bitSet) []int32 {
	o := &l.ord
	out := make([]int32, 0, int(o.stmtStart[len(o.stmtStart)-1]))
	for _, s := range o.shown {
		e := &l.stories[s]
		for k := e.stmtFrom; k < e.stmtTo; k++ {
			if marks == nil || marks.has(k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// bitSet is a set of item indices, a bit each.
type bitSet []uint64

func (b bitSet) has(i int32) bool { return b[i>>6]&(1<<(uint(i)&63)) != 0 }

// mark is the set of items, of n, kept between calls (a keystroke in the
// quote view would otherwise allocate and clear one of 200,000): unmark
// the same items after use.
func (o *storyOrder) mark(items []int32, n int) bitSet {
	if words := (n + 63) / 64; len(o.marks) < words {
		o.marks = make(bitSet, words)
	}
	for _, i := range items {
		o.marks[i>>6] |= 1 << (uint(i) & 63)
	}
	return o.marks
}

func (o *storyOrder) unmark(items []int32) {
	for _, i := range items {
		o.marks[i>>6] = 0
	}
}
