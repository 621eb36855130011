package views

import (
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/query"
)

// queryFixture is libraryFixture with dates, kinds and marks: story 0
// (Border talks, March 2025) unread; story 1 (Water plan, July 2025)
// starred; story 2 undated, no statements.
func queryFixture() *Library {
	lib := libraryFixture()
	lib.Add(&data.Briefing{Title: "A quiet note"})
	lib.stories[0].b.Date = time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)
	lib.stories[1].b.Date = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	lib.stories[0].day, lib.stories[1].day = 20250314, 20250701
	lib.stories[1].b.Statements[1].Kind = data.Direct // Belo Sarn: "too much"
	lib.kinds[4] = data.Direct
	lib.stories[1].kinds |= 1 << data.Direct
	lib.TrackUnread()
	lib.SetUnread(0, true)
	lib.SetStarred(1, true)
	return lib
}

func TestQueryFilters(t *testing.T) {
	t.Parallel()
	tests := []struct {
		query   string
		stories []int32
		stmts   []int32
	}{
		{"", []int32{0, 1, 2}, []int32{0, 1, 2, 3, 4}},
		{"party:Varanda", []int32{0, 1}, []int32{0, 2, 3}},
		{"party:varanda", []int32{0, 1}, []int32{0, 2, 3}},
		{"-party:Varanda", []int32{2}, []int32{1, 4}},
		{"speaker:Halvek", []int32{0, 1}, []int32{0, 2, 3}}, // one word of the name, every spelling
		{`speaker:"Idrena Halvek"`, []int32{0, 1}, []int32{0, 2, 3}},
		{"-speaker:Halvek", []int32{2}, []int32{1, 4}},
		{"after:2025-04", []int32{1}, []int32{3, 4}},
		{"before:2025-03", []int32{0}, []int32{0, 1, 2}}, // the whole of March
		{"-after:2025-04", []int32{0, 2}, []int32{0, 1, 2}},
		{"kind:direct", []int32{1}, []int32{4}},
		{"-kind:direct", []int32{0, 2}, []int32{0, 1, 2, 3}},
		{"kind:reported", []int32{0, 1}, []int32{0, 1, 2, 3}},
		{"is:unread", []int32{0}, []int32{0, 1, 2}},
		{"is:starred", []int32{1}, []int32{3, 4}},
		{"plan", []int32{1}, []int32{3}},
		{"-plan", []int32{0, 2}, []int32{0, 1, 2, 4}},
		{`"no deal"`, []int32{0}, []int32{2}},          // in a statement of story 0
		{"party:Varanda -deal talks", nil, []int32{0}}, // story 0 has a statement with "deal"
		{"party:Varanda -deal", []int32{1}, []int32{0, 3}},
		{"party:Sorreland kind:direct is:starred after:2025", []int32{1}, []int32{4}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			lib := queryFixture()
			q, err := query.Parse(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			filters, err := lib.QueryFilters(q, nil)
			if err != nil {
				t.Fatal(err)
			}
			var ss, sq Selection
			ss.Sync(filters, lib.Len(), lib.Indexed(), storyTester{lib})
			sq.Sync(filters, lib.StatementCount(), lib.StatementCount(), statementTester{lib})
			if got := ss.Items(); !equalIDs(got, tt.stories) {
				t.Errorf("stories %v, want %v", got, tt.stories)
			}
			if got := sq.Items(); !equalIDs(got, tt.stmts) {
				t.Errorf("statements %v, want %v", got, tt.stmts)
			}
			if got := QueryText(filters); got != q.String() {
				t.Errorf("QueryText = %q, want %q", got, q.String())
			}
		})
	}
}

func TestQueryFiltersUnknownNames(t *testing.T) {
	t.Parallel()
	lib := queryFixture()
	for _, tt := range []struct{ query, want string }{
		{"party:Varnda", "unknown party in party:Varnda — nothing by that name is known; nearest: Varanda"},
		{"-speaker:Halvik", "unknown speaker in -speaker:Halvik — nothing by that name is known; nearest: Idrena Halvek"},
	} {
		q, _ := query.Parse(tt.query)
		_, err := lib.QueryFilters(q, nil)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q: %v, want %q", tt.query, err, tt.want)
		}
	}
	// The gazetteer knows it; no story has it: an empty answer.
	q, _ := query.Parse("party:Russia")
	if _, err := lib.QueryFilters(q, nil); err != nil {
		t.Errorf("party:Russia: %v", err)
	}
}

// TestQueryFiltersReusePickedOnes: a picker's filter (by id) read back
// from the query text is the same filter, so the views keep its stage.
func TestQueryFiltersReusePickedOnes(t *testing.T) {
	t.Parallel()
	lib := queryFixture()
	picked := SpeakerFilter(lib.speakerID[lib.attr.SpeakerKey("Idrena Halvek")], "Idrena Halvek")
	q, _ := query.Parse(QueryText([]Filter{picked}) + " plan")
	filters, err := lib.QueryFilters(q, []Filter{picked})
	if err != nil {
		t.Fatal(err)
	}
	if len(filters) != 2 || filters[0] != picked {
		t.Errorf("filters %+v, want the picked one first", filters)
	}
}

// TestPartyByDeclaredAlias: party: knows the names a story's front
// matter gives its parties, as the command line does.
func TestPartyByDeclaredAlias(t *testing.T) {
	t.Parallel()
	lib := queryFixture()
	lib.Add(&data.Briefing{Title: "Velhaven Speaks", Parties: []string{"Tesmar"},
		Declared: data.Declared{Parties: []data.PartyDecl{{Name: "Tesmar", Aliases: []string{"Velhaven"}}}}})
	q, _ := query.Parse("party:velhaven")
	filters, err := lib.QueryFilters(q, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ss Selection
	ss.Sync(filters, lib.Len(), lib.Indexed(), storyTester{lib})
	if got := ss.Items(); !equalIDs(got, []int32{3}) {
		t.Errorf("stories %v, want [3]", got)
	}
}

// TestMarksNeedTheLibrary: without read marks (no library), is: is an
// error, not a term that quietly keeps nothing.
func TestMarksNeedTheLibrary(t *testing.T) {
	t.Parallel()
	lib := libraryFixture()
	q, _ := query.Parse("plan -is:starred")
	filters, err := lib.QueryFilters(q, nil)
	if err == nil || !strings.Contains(err.Error(), "-is:starred: no read marks or stars here") {
		t.Errorf("error %v", err)
	}
	if len(filters) != 1 || filters[0].Label != "plan" {
		t.Errorf("filters before the bad term: %+v", filters)
	}
}
