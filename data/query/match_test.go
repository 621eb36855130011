package query

import (
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

type marks map[string]string // id -> "unread", "starred" or both

func (m marks) Unread(id string) bool  { return m[id] == "unread" || m[id] == "both" }
func (m marks) Starred(id string) bool { return m[id] == "starred" || m[id] == "both" }

func matchStories() []*data.Briefing {
	return []*data.Briefing{
		{
			ID: "ambra", Title: "Tesmar and Orlavia Extend the Ceasefire", Dateline: "Hollin",
			Date:       time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC),
			Paragraphs: []data.Paragraph{{Text: "The talks in Hollin ran late."}, {Text: "Monitors will stay along the Ambra line."}},
			Parties:    []string{"Tesmar", "Orlavia"},
			Speakers:   []data.Speaker{{Name: "Ana Verin", Party: "Tesmar", Person: true}},
			Statements: []data.Statement{
				{Speaker: "Ana Verin", Role: "Foreign Minister", Party: "Tesmar", Text: "the security guarantees must hold", Kind: data.Direct, Paragraph: 1},
				{Speaker: "Orlavian officials", Party: "Orlavia", Text: "the monitors were welcome", Kind: data.Reported, Paragraph: 2},
			},
			Declared: data.Declared{Parties: []data.PartyDecl{{Name: "Tesmar", Aliases: []string{"Velhaven"}}}},
		},
		{
			ID: "steel", Title: "Kestria Files a Steel Complaint", Dateline: "Varn",
			Date:       time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC),
			Paragraphs: []data.Paragraph{{Text: "The duties are unfair, Kestria said."}},
			Parties:    []string{"Kestria"},
			Statements: []data.Statement{{Speaker: "Kestria", Party: "Kestria", Text: "the duties are unfair", Kind: data.Reported, Paragraph: 1}},
		},
		{ID: "undated", Title: "A Note Without a Date", Paragraphs: []data.Paragraph{{Text: "Nothing said."}}},
	}
}

func TestMatchStories(t *testing.T) {
	attr, _ := data.NewAttributor("")
	m := marks{"ambra": "both", "undated": "unread"}
	tests := []struct {
		query string
		want  string // the IDs kept, in order
	}{
		{"", "ambra steel undated"},
		{"party:Tesmar", "ambra"},
		{"party:tesmar", "ambra"},
		{"party:Velhaven", "ambra"}, // declared alias
		{"-party:Tesmar", "steel undated"},
		{"party:Orlavia party:Kestria", ""},
		{`speaker:"Ana Verin"`, "ambra"},
		{"speaker:Verin", "ambra"},
		{"-speaker:Verin", "steel undated"},
		{"after:2025-03", "ambra steel"},
		{"after:2025-03-15", "steel"},
		{"before:2025-03", "ambra"}, // before is inclusive of the whole month
		{"before:2025-03-13", ""},
		{"after:2025 before:2025", "ambra steel"},
		{"-after:2025-04", "ambra undated"}, // undated passes a negated date
		{"kind:direct", "ambra"},
		{"kind:reported", "ambra steel"},
		{"-kind:direct", "steel undated"},
		{"is:unread", "ambra undated"},
		{"is:starred", "ambra"},
		{"-is:unread", "steel"},
		{"ceasefire", "ambra"},             // the title
		{"CEASEFIRE", "ambra"},             // case aside
		{"varn", "steel"},                  // the dateline
		{"ambra", "ambra"},                 // the body
		{`"security guarantees"`, "ambra"}, // a statement
		{`"guarantees security"`, ""},      // a phrase is in order
		{"monitors welcome", "ambra"},      // words anywhere in the story
		{"-ceasefire", "steel undated"},
		{"party:Tesmar -kind:reported", ""},
		{"party:Kestria kind:reported after:2025-06 is:unread", ""},
		{"party:Kestria kind:reported after:2025-06 -is:unread", "steel"},
	}
	for _, tt := range tests {
		q, err := Parse(tt.query)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.query, err)
		}
		matcher := NewMatcher(q, attr, m)
		var got []string
		for _, b := range matchStories() {
			if matcher.Story(b) {
				got = append(got, b.ID)
			}
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("%q keeps %q, want %q", tt.query, s, tt.want)
		}
	}
}

func TestMatchStatements(t *testing.T) {
	attr, _ := data.NewAttributor("")
	m := marks{"steel": "starred"}
	tests := []struct {
		query string
		want  string // the statements kept, by speaker
	}{
		{"", "Ana Verin|Orlavian officials|Kestria"},
		{"party:Tesmar", "Ana Verin"}, // the statement's party, not the story's
		{"-party:Tesmar", "Orlavian officials|Kestria"},
		{"speaker:verin", "Ana Verin"},
		{"kind:reported", "Orlavian officials|Kestria"},
		{"after:2025-04", "Kestria"}, // the story's date
		{"is:starred", "Kestria"},    // the story's mark
		{"guarantees", "Ana Verin"},  // the text
		{"minister", "Ana Verin"},    // the role
		{"ceasefire", ""},            // in the story's title, not the statement
		{"-monitors -duties", "Ana Verin"},
	}
	for _, tt := range tests {
		q, err := Parse(tt.query)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.query, err)
		}
		matcher := NewMatcher(q, attr, m)
		var got []string
		for _, b := range matchStories() {
			for i := range b.Statements {
				if matcher.Statement(b, &b.Statements[i]) {
					got = append(got, b.Statements[i].Speaker)
				}
			}
		}
		if s := strings.Join(got, "|"); s != tt.want {
			t.Errorf("%q keeps %q, want %q", tt.query, s, tt.want)
		}
	}
}

// TestNoMarks: without reading state, is: keeps nothing and -is: all.
func TestNoMarks(t *testing.T) {
	attr, _ := data.NewAttributor("")
	q, _ := Parse("is:unread")
	if NewMatcher(q, attr, nil).Story(matchStories()[0]) {
		t.Error("is:unread kept a story with no marks known")
	}
	q, _ = Parse("-is:starred")
	if !NewMatcher(q, attr, nil).Story(matchStories()[0]) {
		t.Error("-is:starred dropped a story with no marks known")
	}
}
