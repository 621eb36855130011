package views

import (
	"testing"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/query"
)

// TestTextFilterFindsStatementsTheIndexDoesNotHold: with a full-text
// index that does not know the stories (the built-in examples, loose
// files), the story list still finds a word that is only in a statement.
func TestTextFilterFindsStatementsTheIndexDoesNotHold(t *testing.T) {
	t.Parallel()
	lib := queryFixture()
	lib.SetBodySearch(func(string) func(*data.Briefing) bool {
		return func(*data.Briefing) bool { return false } // holds none of them
	})
	q, err := query.Parse(`"no deal"`) // in a statement of story 0 only
	if err != nil {
		t.Fatal(err)
	}
	filters, err := lib.QueryFilters(q, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ss Selection
	ss.Sync(filters, lib.Len(), lib.Indexed(), storyTester{lib})
	if got := ss.Items(); !equalIDs(got, []int32{0}) {
		t.Errorf("stories %v, want [0]", got)
	}
}
