package views

import (
	"testing"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/query"
)

// verelFixture is Anna Verel of Tesmar, named in full in one story, with
// her title in another and by surname in two more: 4 statements, one
// person. Tomas Orvell speaks once.
func verelFixture() *Library {
	lib := NewLibrary(nil)
	story := func(title string, sts ...data.Statement) *data.Briefing {
		b := &data.Briefing{Title: title, Parties: []string{"Tesmar"}, Statements: sts}
		for _, st := range sts {
			b.Speakers = append(b.Speakers, data.Speaker{Name: st.Speaker, Party: st.Party, Person: true})
		}
		return b
	}
	st := func(speaker, role, text string) data.Statement {
		return data.Statement{Speaker: speaker, Role: role, Party: "Tesmar", Text: text, Kind: data.Reported, Paragraph: 1}
	}
	lib.Add(
		story("Border talks", st("Anna Verel", "Foreign Minister", "talks resume")),
		story("Water plan", st("Foreign Minister Anna Verel", "Foreign Minister", "backs the plan")),
		story("Grain deal", st("Verel", "", "no deal yet"), st("Tomas Orvell", "", "welcome news")),
		story("Harbour fees", st("Verel", "", "fees stay")),
	)
	return lib
}

func TestSpeakerPickerOffersAPersonOnce(t *testing.T) {
	t.Parallel()
	lib := verelFixture()
	stmts := []int32{0, 1, 2, 3, 4}
	got := counts(lib.SpeakerItems(stmts, true))
	if want := map[string]int{"Anna Verel|Tesmar": 4, "Tomas Orvell|Tesmar": 1}; !equalCounts(got, want) {
		t.Errorf("statements: %v, want %v (Anna Verel once, her surname and title counted)", got, want)
	}
	got = counts(lib.SpeakerItems([]int32{0, 1, 2, 3}, false))
	if want := map[string]int{"Anna Verel|Tesmar": 4, "Tomas Orvell|Tesmar": 1}; !equalCounts(got, want) {
		t.Errorf("stories: %v, want %v", got, want)
	}
}

func TestSpeakerFilterKeepsEveryNameOfThePerson(t *testing.T) {
	t.Parallel()
	lib := verelFixture()
	var picked Filter
	for _, it := range lib.SpeakerItems([]int32{0, 1, 2, 3, 4}, true) {
		if it.Label == "Anna Verel" {
			picked = SpeakerFilter(it.ID, it.Label)
		}
	}
	tests := []struct {
		name    string
		filters func() []Filter
	}{
		{"picked", func() []Filter { return []Filter{picked} }},
		{"speaker:Verel", func() []Filter { return parsed(t, lib, "speaker:Verel") }},
		{`speaker:"Anna Verel"`, func() []Filter { return parsed(t, lib, `speaker:"Anna Verel"`) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ss, sq Selection
			f := tt.filters()
			sq.Sync(f, lib.StatementCount(), lib.StatementCount(), statementTester{lib})
			ss.Sync(f, lib.Len(), lib.Indexed(), storyTester{lib})
			if got, want := sq.Items(), []int32{0, 1, 2, 4}; !equalIDs(got, want) {
				t.Errorf("statements %v, want %v", got, want)
			}
			if got, want := ss.Items(), []int32{0, 1, 2, 3}; !equalIDs(got, want) {
				t.Errorf("stories %v, want %v", got, want)
			}
		})
	}
}

func parsed(t *testing.T, lib *Library, text string) []Filter {
	t.Helper()
	q, err := query.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	f, err := lib.QueryFilters(q, nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, n := range a {
		if b[k] != n {
			return false
		}
	}
	return true
}

// A person the picker shows by a name of no party takes the party of
// their other names: the briefer "Ms. Verel" of the host's briefings is
// Anna Verel of Tesmar, though the story that names her in full gives
// her none.
func TestSpeakerPickerPartyOfAPersonsOtherNames(t *testing.T) {
	t.Parallel()
	lib := NewLibrary(nil)
	story := func(title string, st data.Statement) *data.Briefing {
		return &data.Briefing{Title: title, Statements: []data.Statement{st},
			Speakers: []data.Speaker{{Name: st.Speaker, Party: st.Party, Person: true}}}
	}
	lib.Add(
		story("Border talks", data.Statement{Speaker: "Anna Verel", Text: "talks resume", Kind: data.Direct, Paragraph: 1}),
		story("Water plan", data.Statement{Speaker: "Verel", Party: "Tesmar", Text: "the plan holds", Kind: data.Direct, Paragraph: 1}),
		story("Grain deal", data.Statement{Speaker: "Tomas Orvell", Text: "welcome news", Kind: data.Reported, Paragraph: 1}),
	)
	got := counts(lib.SpeakerItems([]int32{0, 1, 2}, true))
	if want := map[string]int{"Anna Verel|Tesmar": 2, "Tomas Orvell|": 1}; !equalCounts(got, want) {
		t.Errorf("%v, want %v", got, want)
	}
}

// TestSpeakerPickerFindsABodyByItsOtherNames: typing one of a body's
// other names in the gazetteer ("Pentagon") offers the body the picker
// shows by its first ("the Department of Defense").
func TestSpeakerPickerFindsABodyByItsOtherNames(t *testing.T) {
	t.Parallel()
	lib := NewLibrary(nil)
	lib.Add(&data.Briefing{Title: "Budget", Statements: []data.Statement{
		{Speaker: "the Department of Defense", Party: "United States", Text: "the budget holds", Kind: data.Reported, Paragraph: 1},
		{Speaker: "Tomas Orvell", Text: "welcome news", Kind: data.Reported, Paragraph: 2},
	}})
	found := map[string]bool{}
	for _, it := range lib.SpeakerItems([]int32{0, 1}, true) {
		found[it.Label] = lib.SpeakerMatcher("pentagon")(it)
	}
	if !found["the Department of Defense"] || found["Tomas Orvell"] || len(found) != 2 {
		t.Errorf("pentagon offers %v, want the Department of Defense only", found)
	}
}
