package views

import (
	"testing"
	"unicode/utf8"

	"github.com/brief-reader/brief/data"
)

func TestFoldKeepsByteOffsets(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Port Selin", "port selin"},
		{"ÖSTERREICH Ärger", "österreich ärger"},
		{"İstanbul", "İstanbul"}, // lowers to 3 bytes from 2: kept as is
		{"東京 Ab", "東京 ab"},
		{"bad \xff byte", "bad \xff byte"},
	}
	for _, tt := range tests {
		got := fold(tt.in)
		if got != tt.want || len(got) != len(tt.in) {
			t.Errorf("fold(%q) = %q, want %q of the same length", tt.in, got, tt.want)
		}
		if utf8.ValidString(tt.in) && !utf8.ValidString(got) {
			t.Errorf("fold(%q) made invalid UTF-8", tt.in)
		}
	}
}

func libraryFixture() *Library {
	lib := NewLibrary(nil)
	st := func(speaker, party, text string) data.Statement {
		return data.Statement{Speaker: speaker, Party: party, Text: text, Kind: data.Reported, Paragraph: 1}
	}
	lib.Add(
		&data.Briefing{Title: "Border talks", Parties: []string{"Varanda", "Kestria"},
			Statements: []data.Statement{
				st("Idrena Halvek", "Varanda", "talks resume"),
				st("Tomas Orvell", "Kestria", "welcome news"),
				st("Idrena Halvek", "Varanda", "no deal yet"),
			}},
		&data.Briefing{Title: "Water plan", Parties: []string{"Sorreland"},
			Statements: []data.Statement{
				st("IDRENA HALVEK", "Varanda", "backs the plan"), // the same person, named otherwise
				st("Belo Sarn", "Sorreland", "too much"),
			}},
	)
	return lib
}

func counts(items []PickItem) map[string]int {
	out := map[string]int{}
	for _, it := range items {
		out[it.Label+"|"+it.Detail] = it.Count
	}
	return out
}

func TestLibraryCountsForThePickers(t *testing.T) {
	t.Parallel()
	lib := libraryFixture()
	allStories := []int32{0, 1}
	allStmts := []int32{0, 1, 2, 3, 4}
	tests := []struct {
		name string
		got  []PickItem
		want map[string]int
	}{
		{"parties by story", lib.PartyItems(allStories, false),
			// a party a story's statements speak for counts as appearing
			map[string]int{"Varanda|": 2, "Kestria|": 1, "Sorreland|": 1}},
		{"parties by statement", lib.PartyItems(allStmts, true),
			map[string]int{"Varanda|": 3, "Kestria|": 1, "Sorreland|": 1}},
		{"speakers by statement, one entry per person", lib.SpeakerItems(allStmts, true),
			map[string]int{"Idrena Halvek|Varanda": 3, "Tomas Orvell|Kestria": 1, "Belo Sarn|Sorreland": 1}},
		{"speakers by story", lib.SpeakerItems(allStories, false),
			map[string]int{"Idrena Halvek|Varanda": 2, "Tomas Orvell|Kestria": 1, "Belo Sarn|Sorreland": 1}},
		{"only what is selected", lib.PartyItems([]int32{4}, true), map[string]int{"Sorreland|": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := counts(tt.got)
			if len(got) != len(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s: %d, want %d (all: %v)", k, got[k], v, got)
				}
			}
		})
	}
}

func TestLibraryFilters(t *testing.T) {
	t.Parallel()
	lib := libraryFixture()
	varanda := PartyFilter(lib.partyID["Varanda"], "Varanda")
	halvek := SpeakerFilter(lib.speakerID[lib.attr.SpeakerKey("Idrena Halvek")], "Idrena Halvek")
	tests := []struct {
		name    string
		filters []Filter
		stories []int32
		stmts   []int32
	}{
		{"party", []Filter{varanda}, []int32{0, 1}, []int32{0, 2, 3}},
		{"speaker", []Filter{halvek}, []int32{0, 1}, []int32{0, 2, 3}},
		{"text on headline and words", []Filter{TextFilter("PLAN")}, []int32{1}, []int32{3}},
		{"text on the speaker's name", []Filter{TextFilter("sarn")}, []int32{1}, []int32{4}},
		{"party and text", []Filter{varanda, TextFilter("deal")}, []int32{0}, []int32{2}}, // a statement of story 0 has it
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ss, sq Selection
			ss.Sync(tt.filters, lib.Len(), lib.Indexed(), storyTester{lib})
			sq.Sync(tt.filters, lib.StatementCount(), lib.StatementCount(), statementTester{lib})
			if got := ss.Items(); !equalIDs(got, tt.stories) {
				t.Errorf("stories %v, want %v", got, tt.stories)
			}
			if got := sq.Items(); !equalIDs(got, tt.stmts) {
				t.Errorf("statements %v, want %v", got, tt.stmts)
			}
		})
	}
}

func equalIDs(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// A group speaks as one entry, and the speaker picker says it is a group.
func TestSpeakerPickerMarksGroups(t *testing.T) {
	t.Parallel()
	lib := NewLibrary(nil)
	lib.Add(&data.Briefing{Title: "Ferries",
		Speakers: []data.Speaker{{Name: "Kestrian officials", Party: "Kestria", Group: true}, {Name: "Idrena Halvek", Party: "Varanda", Person: true}},
		Statements: []data.Statement{
			{Speaker: "Kestrian officials", Party: "Kestria", Text: "the port is open", Paragraph: 1},
			{Speaker: "Idrena Halvek", Party: "Varanda", Text: "the port is closed", Paragraph: 1},
		},
		Paragraphs: []data.Paragraph{{Text: "the port is open the port is closed"}}})
	got := counts(lib.SpeakerItems([]int32{0, 1}, true))
	want := map[string]int{"Kestrian officials|Kestria · group": 1, "Idrena Halvek|Varanda": 1}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %d, want %d (all: %v)", k, got[k], v, got)
		}
	}
}
