package views

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
	"github.com/brief-reader/brief/data/provenance/provenancetest"
)

// rewrittenLibrary is stories of three statements each, rewrites of a
// few (words dropped and changed, speakers named in full or not, dates
// near, far and unknown, in no order), every third story read without
// its statements, which come later (Attach), as a library's rows do.
func rewrittenLibrary(seed uint64, n int) (stories []*data.Briefing, later map[int][]data.Statement) {
	r := rand.New(rand.NewPCG(seed, 2))
	later = map[int][]data.Statement{}
	for i := range n {
		b := &data.Briefing{ID: "story-" + strconv.Itoa(i), Title: "Talks " + strconv.Itoa(i)}
		if r.IntN(12) > 0 {
			b.Date = time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(60))
		}
		var stmts []data.Statement
		for range 3 {
			said := provenancetest.Rewrite(r)
			stmts = append(stmts, data.Statement{Speaker: said.Speaker, Party: said.Party, Text: said.Text, Kind: data.Reported, Paragraph: 1})
		}
		if i%3 == 2 {
			b.StatementCount = len(stmts)
			later[i] = stmts
		} else {
			b.Statements = stmts
		}
		stories = append(stories, b)
	}
	return stories, later
}

// TestLibraryGroupsAsOneIndexOfEveryStatement: the library's grouping,
// which keeps the words only of statements another story may report,
// finds the groups, the "also in" stories and the earliest reports that
// one Index of every statement finds, while stories arrive and once
// their statements are attached.
func TestLibraryGroupsAsOneIndexOfEveryStatement(t *testing.T) {
	t.Parallel()
	stories, later := rewrittenLibrary(7, 240)
	lib := NewLibrary(nil)
	check := func(when string) {
		t.Helper()
		whole := provenance.New()
		all := make([]int32, lib.StatementCount())
		for i := range lib.StatementCount() {
			story, st := lib.Statement(i)
			whole.Add(provenance.Statement{Story: story, Date: lib.Story(story).Date, Speaker: st.Speaker, Party: st.Party, Text: st.Text})
			all[i] = int32(i)
		}
		grouped := 0
		for i := range lib.StatementCount() {
			if got, want := lib.AlsoIn(i), whole.Others(i); !slices.Equal(got, want) {
				t.Fatalf("%s: statement %d also in %v, want %v", when, i, got, want)
			}
			if !whole.Single(i) {
				grouped++
			}
		}
		var want []int32
		for _, i := range all {
			if whole.Earliest(int(i)) {
				want = append(want, i)
			}
		}
		if got := lib.firstReports(all); !slices.Equal(got, want) {
			t.Fatalf("%s: the earliest reports are %d statements, want %d: %v, want %v", when, len(got), len(want), got, want)
		}
		if lib.StatementCount() > 300 && grouped < lib.StatementCount()/4 {
			t.Errorf("%s: only %d of %d statements grouped: the case tests little", when, grouped, lib.StatementCount())
		}
	}
	for from := 0; from < len(stories); from += 60 {
		lib.Add(stories[from : from+60]...)
		check("after " + strconv.Itoa(from+60) + " stories")
	}
	pending := lib.Pending()
	rand.New(rand.NewPCG(7, 3)).Shuffle(len(pending), func(a, b int) { pending[a], pending[b] = pending[b], pending[a] })
	for k, i := range pending {
		lib.Attach(i, later[i])
		if k%20 == 19 {
			check("after " + strconv.Itoa(k+1) + " stories attached")
		}
	}
	check("with every story attached")
}
