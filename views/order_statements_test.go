package views

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/brief-reader/brief/data"
)

// The statements' order, kept as each shown story's first place rather
// than a list and a rank of every statement, gives what the list did:
// each shown story's statements in order, only the items asked, for a
// few items (sorted by place), many (walked) and all, whatever the sort,
// with examples and read stories hidden, and after a refresh.
func TestStatementOrderAsEveryStatementListed(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 5))
	lib := NewLibrary(nil)
	ex := dated("tour-1", day(900), 2)
	ex.Path = "embedded:tour-1.md"
	lib.Add(ex)
	lib.TrackUnread()
	for i := range 120 {
		lib.Add(dated(fmt.Sprintf("s%03d", i), day(rng.IntN(40)), rng.IntN(5)))
		lib.SetUnread(i+1, rng.IntN(3) > 0)
	}
	// listed is the order as it was kept: every statement of each story
	// shown, in turn, with only items kept.
	listed := func(items []int32) []int32 {
		all := make([]int32, lib.Len())
		for i := range all {
			all[i] = int32(i)
		}
		in := map[int32]bool{}
		for _, i := range items {
			in[i] = true
		}
		var out []int32
		for _, s := range lib.ArrangeStories(all) {
			e := lib.stories[s]
			for k := e.stmtFrom; k < e.stmtTo; k++ {
				if in[k] {
					out = append(out, k)
				}
			}
		}
		return lib.firstReports(out)
	}
	subsets := func() map[string][]int32 {
		n := lib.StatementCount()
		out := map[string][]int32{"all": nil, "few": nil, "many": nil, "none": {}}
		for i := range int32(n) {
			out["all"] = append(out["all"], i)
			if i%37 == 5 {
				out["few"] = append(out["few"], i)
			}
			if i%3 != 0 {
				out["many"] = append(out["many"], i)
			}
		}
		return out
	}
	check := func(when string) {
		t.Helper()
		for name, items := range subsets() {
			got, want := lib.arrangeStatements(items), listed(items)
			if !slices.Equal(got, want) || len(items) > 0 && len(want) == 0 {
				t.Errorf("%s, %s items: %v; want %v", when, name, got, want)
			}
		}
	}
	for _, by := range []SortKey{SortDate, SortStatements, SortTitle} {
		lib.SetSort(by)
		check(by.String())
		lib.SetHideRead(true)
		check(by.String() + ", read ones hidden")
		lib.SetHideRead(false)
	}
	lib.SetSort(SortDate)
	lib.AddFresh(dated("fetched", day(2), 3))
	check("after a refresh")
	lib.SetHideRead(true)
	check("after a refresh, read ones hidden")
}

// With every statement shown in ascending order, the items are their
// own order.
func TestStatementOrderOfEveryStatementInTurn(t *testing.T) {
	t.Parallel()
	lib := NewLibrary(nil)
	lib.Add(dated("b", day(2), 2), dated("a", day(1), 3), &data.Briefing{ID: "none", Title: "none", Date: day(0)})
	items := []int32{0, 1, 3, 4}
	if got := lib.arrangeStatements(items); !slices.Equal(got, items) || !lib.ord.stmtsID {
		t.Errorf("%v (in turn: %v); want %v", got, lib.ord.stmtsID, items)
	}
	lib.SetSort(SortTitle) // a before b
	if got, want := lib.arrangeStatements(items), []int32{3, 4, 0, 1}; !slices.Equal(got, want) || lib.ord.stmtsID {
		t.Errorf("by title: %v (in turn: %v); want %v", got, lib.ord.stmtsID, want)
	}
}
