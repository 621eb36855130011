package views

import (
	"fmt"
	"slices"
	"testing"

	"github.com/brief-reader/brief/data"
)

// compactFixture is stories whose statements test what a compact record
// must give back: capitals, letters beyond ASCII that fold ("Ölund"),
// one that folds to another length ("İstanbul"), bytes that are not
// UTF-8, empty roles and cues, several kinds and paragraphs.
func compactFixture() []*data.Briefing {
	at := func(text string, para, start int32) data.Span {
		return data.Span{Start: start, End: start + int32(len(text))}
	}
	st := func(speaker, role, party, cue, text string, kind data.Kind, para int32) data.Statement {
		return data.Statement{Speaker: speaker, Role: role, Party: party, Cue: cue, Text: text, Kind: kind,
			Paragraph: para, Span: at(text, para, 4*para)}
	}
	halvek := data.Speaker{Name: "Idrena Halvek", Role: "Foreign Minister", Party: "Varanda", Person: true}
	orvell := data.Speaker{Name: "Tomas Orvell", Party: "Kestria", Person: true}
	council := data.Speaker{Name: "the Meridian Council", Party: "Meridian Union", Group: true}
	return []*data.Briefing{
		{ID: "border", Title: "Border Talks Resume", Dateline: "Port Selin", Parties: []string{"Varanda", "Kestria"},
			Speakers: []data.Speaker{halvek, orvell},
			Statements: []data.Statement{
				st("Idrena Halvek", "Foreign Minister", "Varanda", "said", "The first round opens in Ostrava Nova NEXT WEEK", data.Reported, 2),
				st("Halvek", "", "Varanda", "told", "We are not there yet, but the mood is CALM.", data.Direct, 3),
				st("Tomas Orvell", "", "Kestria", "", "Ostrava Nova welcomes the decision", data.Reported, 4),
			}},
		{ID: "water", Title: "Water Plan for the Selin Delta", Dateline: "Ölund", Parties: []string{"Varanda", "Meridian Union"},
			Speakers: []data.Speaker{halvek, council},
			Statements: []data.Statement{
				st("IDRENA HALVEK", "Foreign Minister", "Varanda", "said", "Ölund and Ärvik will share the ÉTANG water", data.Reported, 1),
				st("the Meridian Council", "", "Meridian Union", "urged", "İstanbul rules do not apply; \xff bytes stay", data.Reported, 2),
				st("the Meridian Council", "", "Meridian Union", "asked", "Will the delta hold?", data.Question, 2),
			}},
		{ID: "quiet", Title: "A Quiet Week in Kestria", Dateline: "Ostrava Nova", Parties: []string{"Kestria"}},
	}
}

// twoLibraries is the fixture held whole in one library and, in the
// other, read without statements (rows from the database) and given
// them afterwards, as the quote view does, so that they are kept
// compact.
func twoLibraries(t *testing.T) (held, compact *Library) {
	t.Helper()
	held, compact = NewLibrary(nil), NewLibrary(nil)
	held.Add(compactFixture()...)
	whole := compactFixture()
	for _, b := range whole {
		c := *b
		c.StatementCount, c.Statements = len(b.Statements), nil
		compact.Add(&c)
	}
	for _, i := range compact.Pending() {
		compact.Attach(i, slices.Clone(whole[i].Statements))
	}
	if compact.pending != 0 {
		t.Fatalf("%d stories still without statements", compact.pending)
	}
	return held, compact
}

func TestCompactStatementsAreTheStatements(t *testing.T) {
	t.Parallel()
	held, compact := twoLibraries(t)
	if held.StatementCount() != compact.StatementCount() || held.StatementCount() != 6 {
		t.Fatalf("%d and %d statements, want 6 each", held.StatementCount(), compact.StatementCount())
	}
	for i := range compact.StatementCount() {
		if n := len(compact.Story(int(compact.stmts[i].story)).Statements); n != 0 {
			t.Fatalf("statement %d: its story still holds %d statements", i, n)
		}
		hs, h := held.Statement(i)
		cs, c := compact.Statement(i)
		if hs != cs || h != c {
			t.Errorf("statement %d:\n held    %d %+v\n compact %d %+v", i, hs, h, cs, c)
		}
		if data.StatementKey(held.Story(hs).ID, h) != data.StatementKey(compact.Story(cs).ID, c) {
			t.Errorf("statement %d: its star key differs", i)
		}
	}
	// A story opened gets its statements back whole, and they are the ones
	// given then.
	b := compact.Story(1)
	b.Statements = compactFixture()[1].Statements
	_, c := compact.Statement(4)
	if c != b.Statements[1] {
		t.Errorf("opened story's statement: %+v", c)
	}
}

func TestCompactStatementsFilterAsHeld(t *testing.T) {
	t.Parallel()
	held, compact := twoLibraries(t)
	all := func(l *Library) []int32 {
		out := make([]int32, l.StatementCount())
		for i := range out {
			out[i] = int32(i)
		}
		return out
	}
	for _, f := range []Filter{
		{Kind: FilterText, Query: "ostrava"},
		{Kind: FilterText, Query: "ölund"},
		{Kind: FilterText, Query: "halvek"},
		{Kind: FilterText, Query: "meridian union"},
		{Kind: FilterText, Query: "foreign minister"},
		{Kind: FilterParty, Query: "Kestria"},
		{Kind: FilterSpeaker, Query: "Idrena Halvek"},
	} {
		named := func(l *Library) Filter {
			switch f.Kind {
			case FilterParty:
				return PartyFilter(l.partyID[f.Query], f.Query)
			case FilterSpeaker:
				return SpeakerFilter(l.speakerID[l.SpeakerKey(f.Query)], f.Query)
			}
			return f
		}
		h := statementTester{held}.holding(named(held), all(held))
		c := statementTester{compact}.holding(named(compact), all(compact))
		if !slices.Equal(h, c) || len(h) == 0 {
			t.Errorf("%v %q: held keeps %v, compact %v", f.Kind, f.Query, h, c)
		}
	}
	// The pickers, as offered: ids may differ, names and counts not.
	offered := func(items []PickItem) []string {
		var out []string
		for _, it := range items {
			out = append(out, fmt.Sprintf("%s|%s|%d", it.Label, it.Detail, it.Count))
		}
		slices.Sort(out)
		return out
	}
	for _, statements := range []bool{true, false} {
		items := all(held)
		if !statements {
			items = []int32{0, 1, 2}
		}
		if h, c := offered(held.SpeakerItems(items, statements)), offered(compact.SpeakerItems(items, statements)); !slices.Equal(h, c) {
			t.Errorf("speaker picker (statements %v):\n held    %s\n compact %s", statements, h, c)
		}
		if h, c := offered(held.PartyItems(items, statements)), offered(compact.PartyItems(items, statements)); !slices.Equal(h, c) {
			t.Errorf("party picker (statements %v):\n held    %s\n compact %s", statements, h, c)
		}
	}
}

func TestCompactStatementsProfileAsHeld(t *testing.T) {
	t.Parallel()
	held, compact := twoLibraries(t)
	profile := func(l *Library, name string) string {
		s, ok := l.People().Speaker(name)
		if !ok {
			return "none"
		}
		out := fmt.Sprintf("%s %v %s %v:", s.Name, s.Roles, s.Party, s.Names)
		for _, r := range s.Statements {
			b, st := l.People().Statement(r)
			out += fmt.Sprintf("\n %s %+v", b.ID, st)
			if sp, ok := l.People().SpeakerOf(r); !ok || sp.Name != s.Name {
				out += " (not their own)"
			}
		}
		return out
	}
	for _, name := range []string{"Idrena Halvek", "the Meridian Council", "Tomas Orvell"} {
		h, c := profile(held, name), profile(compact, name)
		if h != c || h == "none" {
			t.Errorf("%s's profile:\n held:\n%s\n compact:\n%s", name, h, c)
		}
	}
	for _, party := range []string{"Varanda", "Meridian Union"} {
		hp, _ := held.People().Party(party)
		cp, _ := compact.People().Party(party)
		if fmt.Sprint(hp.Speakers, hp.Statements) != fmt.Sprint(cp.Speakers, cp.Statements) {
			t.Errorf("%s's profile: held %v, compact %v", party, hp, cp)
		}
	}
}

// The story list's words are found in its statements' speakers, roles
// and parties too, which the statements' search keys no longer hold.
func TestStoryListFindsStatementNames(t *testing.T) {
	t.Parallel()
	held, compact := twoLibraries(t)
	for _, q := range []string{"foreign minister", "meridian council", "halvek", "next week", "étang"} {
		f := Filter{Kind: FilterText, Label: q, Query: fold(q)}
		h := storyTester{held}.filter(f, []int32{0, 1, 2})
		c := storyTester{compact}.filter(f, []int32{0, 1, 2})
		if !slices.Equal(h, c) || len(h) == 0 {
			t.Errorf("%q: held keeps %v, compact %v", q, h, c)
		}
		if q == "foreign minister" && !slices.Equal(h, []int32{0, 1}) {
			t.Errorf("%q, only in the statements' roles: %v, want [0 1]", q, h)
		}
	}
	f := Filter{Kind: FilterText, Query: "said"} // a cue: never searched
	if got := (storyTester{compact}).filter(f, []int32{0, 1, 2}); len(got) != 0 {
		t.Errorf("a cue found stories %v", got)
	}
}
