package views

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

// dated is a story with a date (zero: none) and n statements.
func dated(id string, date time.Time, n int) *data.Briefing {
	b := &data.Briefing{ID: id, Title: id, Date: date}
	for k := range n {
		b.Statements = append(b.Statements, data.Statement{Speaker: "Idrena Halvek", Party: "Varanda", Text: fmt.Sprintf("%s said %d", id, k)})
	}
	return b
}

func day(d int) time.Time { return time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d) }

func shownIDs(lib *Library) []string {
	all := make([]int32, lib.Len())
	for i := range all {
		all[i] = int32(i)
	}
	var out []string
	for _, i := range lib.ArrangeStories(all) {
		if b := lib.Story(int(i)); b != nil {
			out = append(out, b.ID)
		} else {
			out = append(out, "?")
		}
	}
	return out
}

// Stories added batch by batch are in the order one sort of them all
// gives, whatever the sort and however they are cut into batches.
func TestTheOrderMergedBatchByBatchIsTheSortedOrder(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 11))
	var bs []*data.Briefing
	for i := range 300 {
		date := time.Time{}
		if rng.IntN(5) > 0 {
			date = day(rng.IntN(60)) // many on the same day: ties
		}
		bs = append(bs, dated(fmt.Sprintf("s%03d-%c", i, 'a'+rune(rng.IntN(26))), date, rng.IntN(4)))
		bs[i].Title = string(rune('A'+rng.IntN(6))) + " " + bs[i].ID[5:]
	}
	for _, by := range []SortKey{SortDate, SortStatements, SortTitle} {
		whole := NewLibrary(nil)
		whole.SetSort(by)
		whole.Add(bs...)
		want := shownIDs(whole)
		for _, batch := range []int{1, 7, 256} {
			lib := NewLibrary(nil)
			lib.SetSort(by)
			for from := 0; from < len(bs); from += batch {
				lib.Add(bs[from:min(from+batch, len(bs))]...)
				shownIDs(lib) // arranged between batches, as the reader does
			}
			if got := shownIDs(lib); !slices.Equal(got, want) {
				t.Errorf("%v, batches of %d: %q\nwant %q", by, batch, got[:10], want[:10])
			}
		}
		// The order is the sort: check it against the rule itself.
		for k := 1; k < len(want); k++ {
			a, b := whole.Story(int(whole.ord.shown[k-1])), whole.Story(int(whole.ord.shown[k]))
			if by == SortDate && !a.Date.IsZero() && !b.Date.IsZero() && a.Date.Before(b.Date) ||
				by == SortDate && a.Date.IsZero() && !b.Date.IsZero() ||
				by == SortStatements && a.NumStatements() < b.NumStatements() ||
				by == SortTitle && fold(a.Title) > fold(b.Title) {
				t.Fatalf("%v: %s before %s", by, a.ID, b.ID)
			}
		}
	}
}

// The library's rows (Reserve) come newest first from its database and
// keep that order by date before they are read; sorted otherwise they go
// last until read, then are sorted in. Other stories merge in by date.
func TestTheLibrarysRowsKeepTheirOrder(t *testing.T) {
	t.Parallel()
	lib := NewLibrary(nil)
	from := lib.Reserve(4)
	lib.Add(dated("loaded-mid", day(25), 5), dated("loaded-undated", time.Time{}, 0))
	if got, want := shownIDs(lib), []string{"?", "?", "?", "?", "loaded-mid", "loaded-undated"}; !slices.Equal(got, want) {
		t.Errorf("before the rows are read: %q, want %q", got, want)
	}
	lib.Fill(from, []*data.Briefing{dated("row-40", day(40), 1), dated("row-30", day(30), 2)})
	if got, want := shownIDs(lib), []string{"row-40", "row-30", "?", "?", "loaded-mid", "loaded-undated"}; !slices.Equal(got, want) {
		t.Errorf("two rows read: %q, want %q", got, want)
	}
	lib.SetSort(SortStatements)
	if got, want := shownIDs(lib), []string{"loaded-mid", "row-30", "row-40", "loaded-undated", "?", "?"}; !slices.Equal(got, want) {
		t.Errorf("by statements: %q, want %q", got, want)
	}
	lib.Fill(from+2, []*data.Briefing{dated("row-20", day(20), 3), dated("row-10", day(10), 0)})
	if got, want := shownIDs(lib), []string{"loaded-mid", "row-20", "row-30", "row-40", "row-10", "loaded-undated"}; !slices.Equal(got, want) {
		t.Errorf("every row read, by statements: %q, want %q", got, want)
	}
	lib.SetSort(SortDate)
	if got, want := shownIDs(lib), []string{"row-40", "row-30", "loaded-mid", "row-20", "row-10", "loaded-undated"}; !slices.Equal(got, want) {
		t.Errorf("by date: %q, want %q", got, want)
	}
}

// The built-in examples keep their tour's order by date, and leave the
// list when a real story comes; read stories leave it while hidden.
func TestHiddenStories(t *testing.T) {
	t.Parallel()
	lib := NewLibrary(nil)
	ex1, ex2 := dated("tour-1", day(900), 1), dated("tour-2", day(901), 1)
	ex1.Path, ex2.Path = "embedded:tour-1.md", "embedded:tour-2.md"
	lib.Add(ex1, ex2)
	if got := shownIDs(lib); !slices.Equal(got, []string{"tour-1", "tour-2"}) {
		t.Errorf("examples alone: %q", got)
	}
	lib.AddFresh(dated("fetched", day(3), 1))
	if got := shownIDs(lib); !slices.Equal(got, []string{"fetched"}) {
		t.Errorf("beside a real story: %q", got)
	}
	st := NewStyles(ThemeNoColor)
	keys := DefaultKeyMap()
	q := NewQuotes(lib, &st, &keys)
	q.SetSize(80, 20)
	q.Sync(nil)
	if n := len(q.Statements()); n != 1 {
		t.Errorf("the quote view shows %d statements, want the real story's 1", n)
	}

	lib = NewLibrary(nil)
	lib.TrackUnread()
	lib.Add(dated("a", day(3), 0), dated("b", day(2), 0), dated("c", day(1), 0))
	lib.SetUnread(1, true)
	lib.SetUnread(2, true)
	lib.SetHideRead(true)
	if got := shownIDs(lib); !slices.Equal(got, []string{"b", "c"}) {
		t.Errorf("read hidden: %q", got)
	}
	lib.SetUnread(1, false) // read while hidden: it stays
	if got := shownIDs(lib); !slices.Equal(got, []string{"b", "c"}) {
		t.Errorf("one read since: %q", got)
	}
	lib.SetHideRead(true)
	if got := shownIDs(lib); !slices.Equal(got, []string{"c"}) {
		t.Errorf("hidden again: %q", got)
	}
}

// BenchmarkStreamingOrder is the cost of keeping the order as a folder
// of 100,000 stories streams in, 256 at a time (the loader's batches),
// arranged after each: with merging, against sorting the whole library
// each time (the baseline: what merging avoids).
func BenchmarkStreamingOrder(b *testing.B) {
	const n, batch = 100_000, 256
	rng := rand.New(rand.NewPCG(1, 2))
	bs := make([]*data.Briefing, n)
	for i := range bs {
		bs[i] = &data.Briefing{ID: fmt.Sprint(i), Title: fmt.Sprint(rng.IntN(n)), Date: day(rng.IntN(3000)), StatementCount: rng.IntN(30)}
	}
	b.Run("merge", func(b *testing.B) {
		for b.Loop() {
			lib := NewLibrary(nil)
			for from := 0; from < n; from += batch {
				for _, s := range bs[from:min(from+batch, n)] {
					lib.stories = append(lib.stories, storyEntry{b: s})
					lib.arrivedStory(int32(len(lib.stories) - 1))
				}
				lib.arrangeOrder()
			}
		}
	})
	b.Run("sort-all", func(b *testing.B) {
		for b.Loop() {
			lib := NewLibrary(nil)
			for from := 0; from < n; from += batch {
				for _, s := range bs[from:min(from+batch, n)] {
					lib.stories = append(lib.stories, storyEntry{b: s})
					lib.sortKeys(int32(len(lib.stories) - 1))
				}
				lib.ord.resorted, lib.ord.stale = true, true
				lib.arrangeOrder()
			}
		}
	})
}

// A filter typed a letter at a time narrows the entries shown before,
// in their order: the same as arranging the items afresh.
func TestNarrowingKeepsTheOrder(t *testing.T) {
	t.Parallel()
	lib := NewLibrary(nil)
	for i := range 60 {
		lib.Add(dated(fmt.Sprintf("s%02d-%s", i, []string{"tesmar", "orlavia", "kestria"}[i%3]), day((i*37)%50), i%4))
	}
	lib.SetSort(SortStatements)
	st := NewStyles(ThemeNoColor)
	keys := DefaultKeyMap()
	typed := NewQuotes(lib, &st, &keys)
	typed.SetSize(80, 20)
	typed.Sync(nil)
	for _, q := range []string{"o", "or", "orl", "orla"} {
		typed.Sync([]Filter{TextFilter(q)})
		fresh := NewQuotes(lib, &st, &keys)
		fresh.SetSize(80, 20)
		fresh.Sync([]Filter{TextFilter(q)})
		if !slices.Equal(typed.Statements(), fresh.Statements()) || len(fresh.Statements()) == 0 {
			t.Errorf("%q: typed %v, arranged afresh %v", q, typed.Statements(), fresh.Statements())
		}
	}
}

// The library's rows read while read stories are hidden: the read ones
// leave the list as they are read.
func TestLibraryRowsReadWhileReadOnesAreHidden(t *testing.T) {
	t.Parallel()
	lib := NewLibrary(nil)
	lib.TrackUnread()
	from := lib.Reserve(3)
	lib.SetHideRead(true)
	if got := shownIDs(lib); !slices.Equal(got, []string{"?", "?", "?"}) {
		t.Errorf("before they are read: %q", got)
	}
	lib.Fill(from, []*data.Briefing{dated("row-read", day(9), 0), dated("row-new", day(8), 0)})
	lib.SetUnread(from+1, true) // as the reader asks, row by row
	if got := shownIDs(lib); !slices.Equal(got, []string{"row-new", "?"}) {
		t.Errorf("two read, one of them read before: %q", got)
	}
}
