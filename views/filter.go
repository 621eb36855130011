package views

import (
	"strings"

	"github.com/brief-reader/brief/data/query"
)

// FilterKind is what a filter narrows by.
type FilterKind int

const (
	FilterParty FilterKind = iota
	FilterSpeaker
	FilterText
	FilterDate          // after: or before:, as Term says
	FilterStatementKind // kind:
	FilterMark          // is:unread, is:starred
)

// Filter is one narrowing step: one term of the query (see package
// data/query). The list and the quote view share one stack of them, each
// applying it to its own items: a party keeps the stories where it
// appears, and the statements made for it.
type Filter struct {
	Kind  FilterKind
	ID    int32  // the party or speaker id; -1 for one named in a query (Label)
	Label string // the party or speaker as shown, or the text as typed
	Query string // the folded text, for FilterText
	// Term is the query's term: whether it is negated, and the date,
	// kind or mark it tests.
	Term query.Term
}

// PartyFilter keeps what concerns party id.
func PartyFilter(id int32, name string) Filter {
	return Filter{Kind: FilterParty, ID: id, Label: name}
}

// SpeakerFilter keeps what concerns speaker id.
func SpeakerFilter(id int32, name string) Filter {
	return Filter{Kind: FilterSpeaker, ID: id, Label: name}
}

// TextFilter keeps what contains text, ignoring case.
func TextFilter(text string) Filter {
	return Filter{Kind: FilterText, Label: text, Query: fold(strings.TrimSpace(text))}
}

// String is the filter as a term of the query language: party:Tesmar,
// speaker:"Ana Verin", -ceasefire.
func (f Filter) String() string {
	t := f.Term
	switch f.Kind {
	case FilterParty:
		t.Field, t.Value = query.Party, f.Label
	case FilterSpeaker:
		t.Field, t.Value = query.Speaker, f.Label
	case FilterText:
		t.Field, t.Value = query.Words, f.Label
	}
	return t.String()
}

// Selection is the result of a filter stack over a growing list of items,
// kept per stage so that a change to the last filter (a keystroke) redoes
// only the last stage, and new items from the loader pass through the
// stages without redoing the old ones. Without filters it is every item;
// the filters see only the items their tests know (see Sync).
type Selection struct {
	all     []int32
	stages  []stage
	covered int // items 0..covered-1 have been through every stage
}

type stage struct {
	f     Filter
	items []int32
}

// Items is the selected item indices, ascending. The caller must not
// modify it.
func (s *Selection) Items() []int32 {
	if len(s.stages) == 0 {
		return s.all
	}
	return s.stages[len(s.stages)-1].items
}

// tester is what a Selection needs to know of its items.
type tester interface {
	// filter returns the items of from (ascending) that f keeps, in a new
	// slice.
	filter(f Filter, from []int32) []int32
	// narrows reports whether everything next keeps was kept by prev, so
	// next can start from prev's result: typing one more letter only
	// narrows, unless the longer text names a party by an alias.
	narrows(prev, next Filter) bool
}

// Sync brings the selection up to date with n items, of which the first
// known can be tested (a library lists stories it has not read yet; see
// Library.Reserve), and the filters. It reports whether the selected
// items may have changed.
func (s *Selection) Sync(filters []Filter, n, known int, t tester) bool {
	keep := 0
	for keep < len(s.stages) && keep < len(filters) && s.stages[keep].f == filters[keep] {
		keep++
	}
	changed := false
	for i := len(s.all); i < n; i++ {
		s.all = append(s.all, int32(i))
		changed = true
	}
	known = min(known, n)
	grew := known > s.covered
	if grew {
		fresh := s.all[s.covered:known]
		for i := 0; i < keep; i++ {
			fresh = t.filter(s.stages[i].f, fresh)
			s.stages[i].items = append(s.stages[i].items, fresh...)
		}
		s.covered = known
		changed = true
	}
	if keep == len(s.stages) && keep == len(filters) {
		return changed
	}
	var narrowed []int32
	if !grew && keep < len(s.stages) && keep < len(filters) && t.narrows(s.stages[keep].f, filters[keep]) {
		narrowed = s.stages[keep].items
	}
	s.stages = s.stages[:keep]
	for i := keep; i < len(filters); i++ {
		from := s.Items()
		if i == 0 {
			from = s.all[:s.covered]
		}
		if i == keep && narrowed != nil {
			from = narrowed
		}
		s.stages = append(s.stages, stage{f: filters[i], items: t.filter(filters[i], from)})
	}
	return true
}

// keepIf returns the items passing test, in a new slice.
func keepIf(items []int32, test func(int32) bool) []int32 {
	out := make([]int32, 0, len(items)/4)
	for _, i := range items {
		if test(i) {
			out = append(out, i)
		}
	}
	return out
}
