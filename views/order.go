package views

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"

	"github.com/brief-reader/brief/data"
)

// SortKey is what the story list (and the quote view, story by story)
// is sorted by.
type SortKey int

const (
	// SortDate is newest first, stories without a date last. Stories a
	// refresh brought stay above the ones before them, the latest
	// refresh on top: what is new since the reader started comes first.
	SortDate SortKey = iota
	// SortStatements is the stories with the most statements first.
	SortStatements
	// SortTitle is by title, A to Z.
	SortTitle
	sortKeys
)

func (k SortKey) String() string {
	return [...]string{"by date", "by statements", "by title"}[k]
}

// Next is the sort the sort key cycles to.
func (k SortKey) Next() SortKey { return (k + 1) % sortKeys }

// storyOrder is the order the stories are shown in, kept up to date as
// they arrive without sorting the whole library again: the stories that
// came since the last arrangement are sorted on their own and merged in.
//
// The library's own rows (Reserve) come from its database newest first,
// before they are read; sorted by date they keep that order, and other
// stories are merged in around them. Sorted otherwise they go last until
// they are read, which the reader does in the background.
type storyOrder struct {
	by       SortKey
	placed   []int32 // stories sorted by compare, the library's rows left out when by date
	arrived  []int32 // stories to merge into placed
	resorted bool    // placed must be sorted again from scratch
	stale    bool    // shown must be made again

	shown    []int32 // every story shown, in order
	identity bool    // shown is every story in order of arrival
	gen      int     // counts the arrangements, so views know to follow
	stmtsOK  bool    // stmtStart is up to date with shown and the statements
	stmtsID  bool    // the statements shown are every one in ascending order

	storyRank []int32 // each story's place in shown; -1: hidden
	stmtStart []int32 // by place in shown, its story's first statement's place; see order_statements.go
	marks     bitSet  // keepShown's, all clear between calls

	titles []string // folded titles, when sorted by title; "" until needed

	hideRead    bool // read stories are left out; see SetHideRead
	hideExample bool // the built-in examples are left out; see index
	reserved    int  // the library's rows (Reserve), read or not
	loose       int  // stories of the first load that are not the library's rows
	examples    int  // the built-in examples among the stories
}

// Sort is the order the stories are shown in.
func (l *Library) Sort() SortKey { return l.ord.by }

// SetSort sorts the stories by k.
func (l *Library) SetSort(k SortKey) {
	if k == l.ord.by {
		return
	}
	l.ord.by = k
	l.ord.resorted, l.ord.stale = true, true
}

// HideRead reports whether read stories are left out of the list.
func (l *Library) HideRead() bool { return l.ord.hideRead }

// SetHideRead leaves read stories out of the list and the quote view, or
// shows them again. A story read while they are hidden stays until they
// are hidden again: stepping through unread stories one after another
// must not lose the one being read.
func (l *Library) SetHideRead(hide bool) {
	l.ord.hideRead = hide
	for i := range l.stories {
		l.stories[i].keep = false
	}
	l.ord.stale = true
}

// arrivedStory notes a story that can now be placed in the order.
func (l *Library) arrivedStory(i int32) {
	l.sortKeys(i)
	e, o := &l.stories[i], &l.ord
	if !e.reserved && e.fresh == 0 {
		o.loose++
	}
	if e.reserved && o.by == SortDate {
		// In the library's own order already: the order changes only
		// where other stories of the first load are merged in among
		// the library's rows, or when read ones are hidden. Reading a
		// library of 100,000 rows, 500 at a time, arranges nothing.
		o.stale = o.stale || o.loose > 0 || o.hideRead
		return
	}
	o.stale = true
	o.arrived = append(o.arrived, i)
}

// sortKeys notes what story i is sorted by, once, as it arrives: the
// comparisons of a sort or a merge then only compare integers.
func (l *Library) sortKeys(i int32) {
	e := &l.stories[i]
	e.when = data.Newness(e.b.Date)
	e.count = int32(e.b.NumStatements())
}

// compare orders two stories read: by the sort's key, then newest
// first, then in order of arrival.
func (l *Library) compare(a, b int32) int {
	ea, eb := &l.stories[a], &l.stories[b]
	c := 0
	switch l.ord.by {
	case SortDate:
		c = cmp.Compare(eb.fresh, ea.fresh)
		if c == 0 && ea.example && eb.example {
			// The built-in examples keep the order of their tour:
			// their dates are invented, and they are only shown
			// when there is nothing else.
			return cmp.Compare(a, b)
		}
	case SortStatements:
		c = cmp.Compare(eb.count, ea.count)
	case SortTitle:
		c = strings.Compare(l.titleKey(a), l.titleKey(b))
	}
	if c == 0 {
		c = data.NewestFirst(ea.when, eb.when) // the one rule: see data.CompareDateOrder
	}
	if c == 0 {
		c = cmp.Compare(a, b) // stable: in order of arrival
	}
	return c
}

func (l *Library) titleKey(i int32) string {
	if int(i) >= len(l.ord.titles) {
		l.ord.titles = append(l.ord.titles, make([]string, len(l.stories)-len(l.ord.titles))...)
	}
	if l.ord.titles[i] == "" {
		l.ord.titles[i] = fold(strings.TrimSpace(l.stories[i].b.Title)) + "\x00"
	}
	return l.ord.titles[i]
}

// arrangeOrder brings the order up to date: the stories that arrived are
// sorted and merged in, rather than the whole library sorted again.
func (l *Library) arrangeOrder() {
	o := &l.ord
	if !o.stale {
		return
	}
	if o.resorted {
		o.placed = o.placed[:0]
		o.arrived = o.arrived[:0]
		for i := range l.stories {
			e := &l.stories[i]
			if e.b != nil && !(e.reserved && o.by == SortDate) {
				o.placed = append(o.placed, int32(i))
			}
		}
		slices.SortFunc(o.placed, l.compare)
		o.resorted = false
	} else if len(o.arrived) > 0 {
		slices.SortFunc(o.arrived, l.compare)
		o.placed = l.merge(o.placed, o.arrived, nil)
		o.arrived = o.arrived[:0]
	}

	var reserved []int32
	for i := 0; o.reserved > 0 && i < len(l.stories); i++ {
		e := &l.stories[i]
		if e.reserved && (o.by == SortDate || e.b == nil) {
			reserved = append(reserved, int32(i))
		}
	}
	var shown []int32
	if o.by == SortDate {
		// The library's rows, newest first from the database, merged
		// with the stories of the first load (fresh 0) by date; one not
		// read yet keeps its place before them.
		first, _ := slices.BinarySearchFunc(o.placed, int32(0), func(s, _ int32) int {
			if l.stories[s].fresh > 0 {
				return -1
			}
			return 1
		})
		shown = append(shown, o.placed[:first]...)
		shown = append(shown, l.merge(reserved, o.placed[first:], func(r int32) bool { return l.stories[r].b == nil })...)
	} else {
		shown = append(append(shown, o.placed...), reserved...)
	}
	if o.hideRead || o.hideExample && o.examples > 0 {
		shown = slices.DeleteFunc(shown, l.hidden)
	}
	o.identity = len(shown) == len(l.stories)
	for k := 0; o.identity && k < len(shown); k++ {
		o.identity = shown[k] == int32(k)
	}
	o.storyRank = ranks(o.storyRank, shown, len(l.stories))
	o.shown, o.stale, o.stmtsOK = shown, false, false
	o.gen++
}

// merge merges two sorted lists into a new one; first(a), when not nil,
// says that a goes before whatever b holds (a story not read yet, whose
// date is not known, keeps its place in the library's order). Without
// first, the part of a before b's first is found by binary search and
// copied whole: a batch that goes at the end, as the older stories of a
// folder read in date order do, costs no comparison per story listed.
func (l *Library) merge(a, b []int32, first func(int32) bool) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	i, j := 0, 0
	if first == nil && len(b) > 0 {
		i, _ = slices.BinarySearchFunc(a, b[0], func(x, y int32) int {
			if l.compare(x, y) <= 0 {
				return -1
			}
			return 1
		})
		out = append(out, a[:i]...)
	}
	for i < len(a) && j < len(b) {
		if first != nil && first(a[i]) || l.compare(a[i], b[j]) <= 0 {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return append(append(out, a[i:]...), b[j:]...)
}

// hidden reports whether story i is left out of the list: a built-in
// example when the reader holds real stories, or a read story when read
// ones are hidden.
func (l *Library) hidden(i int32) bool {
	e := &l.stories[i]
	if e.example && l.ord.hideExample {
		return true
	}
	return l.ord.hideRead && l.tracking && e.b != nil && !e.unread && !e.keep
}

// orderGen counts the arrangements of the stories: a view whose items
// were arranged under another must arrange them again.
func (l *Library) orderGen() int {
	l.arrangeOrder()
	return l.ord.gen
}

// ArrangeStories puts stories (ascending indices) in the order shown,
// leaving out the hidden ones.
func (l *Library) ArrangeStories(items []int32) []int32 {
	l.arrangeOrder()
	if l.ord.identity && len(items) == len(l.stories) {
		return items
	}
	return l.ord.keepShown(l.ord.shown, items, l.ord.storyRank)
}

// keepShown is order with only the items of items (ascending) kept;
// rank[i] is item i's place in order, -1 when it is hidden. A few items
// (a filter that keeps little) are sorted by their rank; many are kept
// by one walk through order.
func (o *storyOrder) keepShown(order, items []int32, rank []int32) []int32 {
	n := len(rank)
	if len(items) == n {
		return order // every item: the order as it is (never changed in place)
	}
	if len(items)*bits.Len(uint(len(items))) < n/4 {
		out := make([]int32, 0, len(items))
		for _, i := range items {
			if rank[i] >= 0 {
				out = append(out, i)
			}
		}
		slices.SortFunc(out, func(a, b int32) int { return cmp.Compare(rank[a], rank[b]) })
		return out
	}
	out, _ := o.narrow(order, items, n) // items the order hides are left out
	return out
}

// narrow is shown (items in the order shown) with only the items of
// items kept, when shown holds every one of them; ok is false when it
// does not (items the filters kept that were not shown: a story
// arrived, or is hidden), and the caller arranges items whole. It costs
// the length of shown and items, not of every item: one set of marks,
// kept between calls and cleared after each (a keystroke in the quote
// view would otherwise allocate and clear one of 200,000).
func (o *storyOrder) narrow(shown, items []int32, n int) (out []int32, ok bool) {
	in := o.mark(items, n)
	defer o.unmark(items)
	out = make([]int32, 0, len(items))
	for _, i := range shown {
		if in.has(i) {
			out = append(out, i)
		}
	}
	return out, len(out) == len(items)
}

// ranks is, for each of n items, its place in order, -1 when order does
// not hold it; into reuses the old ranks' array.
func ranks(into, order []int32, n int) []int32 {
	into = slices.Grow(into[:0], n)[:n]
	for i := range into {
		into[i] = -1
	}
	for k, i := range order {
		into[i] = int32(k)
	}
	return into
}

// arranged reports whether the order shown may differ from the ascending
// order of indices.
func (l *Library) arranged() bool {
	l.arrangeOrder()
	return !l.ord.identity
}
