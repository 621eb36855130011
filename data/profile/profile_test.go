package profile

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

// The stories are invented: Tesmar, Orlavia and Kestria and their people
// are no real country or person.

var attributor = sync.OnceValue(func() *data.Attributor {
	a, _ := data.NewAttributor("")
	return a
})

// said is one statement: who, as the story named them, with role and
// party.
type said struct{ speaker, role, party string }

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// story makes a story dated date whose statements are whats, one per
// paragraph; every speaker is a person unless named "the …".
func story(id string, date time.Time, whats ...said) *data.Briefing {
	b := &data.Briefing{ID: id, Title: "Title of " + id, Date: date}
	seen := map[string]bool{}
	for i, w := range whats {
		b.Paragraphs = append(b.Paragraphs, data.Paragraph{Text: w.speaker + " said something."})
		b.Statements = append(b.Statements, data.Statement{Speaker: w.speaker, Role: w.role, Party: w.party,
			Text: "something " + id, Paragraph: int32(i + 1), Kind: data.Reported})
		if !seen[w.speaker] {
			seen[w.speaker] = true
			b.Speakers = append(b.Speakers, data.Speaker{Name: w.speaker, Role: w.role, Party: w.party,
				Person: !strings.HasPrefix(w.speaker, "the ")})
		}
	}
	return b
}

func index(bs ...*data.Briefing) *Index {
	x := New(attributor().SpeakerKey)
	for i, b := range bs {
		x.Add(i, b)
	}
	return x
}

// who is each profile as "Name: name, name" (its names, sorted), sorted.
func who(x *Index) []string {
	var out []string
	for _, s := range x.Speakers() {
		names := slices.Clone(s.Names)
		slices.Sort(names)
		out = append(out, s.Name+": "+strings.Join(names, ", "))
	}
	slices.Sort(out)
	return out
}

func TestIdentityAcrossStories(t *testing.T) {
	anna := said{"Anna Verel", "Tesmar's Foreign Minister", "Tesmar"}
	tests := []struct {
		name    string
		stories []*data.Briefing
		want    []string
	}{
		{"a surname alone is the one full name with it",
			[]*data.Briefing{story("a", day(2031, 1, 5), anna), story("b", day(2031, 2, 1), said{"Verel", "", ""})},
			[]string{"Anna Verel: Anna Verel, Verel"}},
		{"the surname first, the full name later",
			[]*data.Briefing{story("b", day(2031, 2, 1), said{"Verel", "", "Tesmar"}), story("a", day(2031, 1, 5), anna)},
			[]string{"Anna Verel: Anna Verel, Verel"}},
		{"a full name after a role the person was given",
			[]*data.Briefing{story("a", day(2031, 1, 5), anna), story("c", day(2031, 3, 1), said{"Foreign Minister Anna Verel", "", ""})},
			[]string{"Anna Verel: Anna Verel, Foreign Minister Anna Verel"}},
		{"a surname after a role",
			[]*data.Briefing{story("a", day(2031, 1, 5), anna), story("c", day(2031, 3, 1), said{"Minister Verel", "", ""})},
			[]string{"Anna Verel: Anna Verel, Minister Verel"}},
		{"the full name, its title form and the surname together",
			[]*data.Briefing{story("a", day(2031, 1, 5), anna), story("b", day(2031, 2, 1), said{"Verel", "", ""}),
				story("c", day(2031, 3, 1), said{"Foreign Minister Anna Verel", "Foreign Minister", "Tesmar"})},
			[]string{"Anna Verel: Anna Verel, Foreign Minister Anna Verel, Verel"}},
		{"two full names are two people",
			[]*data.Briefing{story("a", day(2031, 1, 5), anna), story("d", day(2031, 1, 6), said{"Marta Verel", "negotiator", "Kestria"})},
			[]string{"Anna Verel: Anna Verel", "Marta Verel: Marta Verel"}},
		{"a surname that fits two people stays on its own",
			[]*data.Briefing{story("a", day(2031, 1, 5), anna), story("d", day(2031, 1, 6), said{"Marta Verel", "", ""}),
				story("b", day(2031, 2, 1), said{"Verel", "", ""})},
			[]string{"Anna Verel: Anna Verel", "Marta Verel: Marta Verel", "Verel: Verel"}},
		{"a surname for another party is someone else",
			[]*data.Briefing{story("a", day(2031, 1, 5), anna), story("b", day(2031, 2, 1), said{"Verel", "", "Orlavia"})},
			[]string{"Anna Verel: Anna Verel", "Verel: Verel"}},
		{"a first name before a full name is not a role",
			[]*data.Briefing{story("a", day(2031, 1, 5), anna), story("e", day(2031, 2, 1), said{"Marta Anna Verel", "", ""})},
			[]string{"Anna Verel: Anna Verel", "Marta Anna Verel: Marta Anna Verel"}},
		{"a body is never merged by surname",
			[]*data.Briefing{story("a", day(2031, 1, 5), said{"Ilsa Council", "", "Tesmar"}), story("f", day(2031, 2, 1), said{"the Council", "", "Tesmar"})},
			[]string{"Ilsa Council: Ilsa Council", "the Council: the Council"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := who(index(tt.stories...)); !slices.Equal(got, tt.want) {
				t.Errorf("profiles:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestIdentityChangesAsStoriesArrive(t *testing.T) {
	x := index(story("a", day(2031, 1, 5), said{"Anna Verel", "", "Tesmar"}), story("b", day(2031, 2, 1), said{"Verel", "", ""}))
	if s, _ := x.Speaker("Verel"); s.Name != "Anna Verel" || len(s.Statements) != 2 {
		t.Fatalf("Verel before Marta: %+v", s)
	}
	x.Add(2, story("d", day(2031, 3, 1), said{"Marta Verel", "", "Kestria"}))
	if s, _ := x.Speaker("Verel"); s.Name != "Verel" || len(s.Statements) != 1 {
		t.Errorf("Verel once Marta Verel is known too: %+v, want a profile of its own", s)
	}
	if s, _ := x.Speaker("Anna Verel"); len(s.Statements) != 1 {
		t.Errorf("Anna Verel keeps only her own statement: %d", len(s.Statements))
	}
}

func TestSpeakerProfile(t *testing.T) {
	x := index(
		story("jan", day(2031, 1, 5), said{"Anna Verel", "Foreign Minister", "Tesmar"}, said{"Verel", "", "Tesmar"}),
		story("undated", time.Time{}, said{"Anna Verel", "Foreign Minister", "Tesmar"}),
		story("apr", day(2031, 4, 20), said{"Anna Verel", "foreign minister", "Tesmar"}, said{"Jonas Pell", "", "Orlavia"}),
		story("mar", day(2031, 3, 2), said{"Anna Verel", "Deputy Prime Minister", "Tesmar"}),
		story("jan-late", day(2031, 1, 30), said{"Anna Verel", "Foreign Minister", "Tesmar"}),
	)
	s, ok := x.Speaker("anna verel")
	if !ok {
		t.Fatal("Anna Verel not found, case aside")
	}
	if s.Name != "Anna Verel" || s.Party != "Tesmar" || !s.Person {
		t.Errorf("who: %+v", s)
	}
	if want := []string{"Foreign Minister", "Deputy Prime Minister"}; !slices.Equal(s.Roles, want) {
		t.Errorf("roles %q, want %q (one spelling per role, most given first)", s.Roles, want)
	}
	if want := []string{"Anna Verel", "Verel"}; !slices.Equal(s.Names, want) {
		t.Errorf("names %q, want %q", s.Names, want)
	}
	var order []string
	for _, r := range s.Statements {
		b, _ := x.Statement(r)
		order = append(order, b.ID)
	}
	if want := []string{"apr", "mar", "jan-late", "jan", "jan", "undated"}; !slices.Equal(order, want) {
		t.Errorf("statements in order %q, want newest first, undated last: %q", order, want)
	}
	if s.Statements[3].Statement != 0 || s.Statements[4].Statement != 1 {
		t.Errorf("one story's statements in reading order: %+v", s.Statements[3:5])
	}
	if !s.First.Equal(day(2031, 1, 5)) || !s.Last.Equal(day(2031, 4, 20)) || s.Undated != 1 {
		t.Errorf("first %v last %v undated %d", s.First, s.Last, s.Undated)
	}
	var months []string
	for _, m := range s.Months {
		months = append(months, m.Month.Format("2006-01")+"="+string(rune('0'+m.Count)))
	}
	if want := []string{"2031-01=3", "2031-02=0", "2031-03=1", "2031-04=1"}; !slices.Equal(months, want) {
		t.Errorf("months %q, want %q (empty months kept)", months, want)
	}
}

func TestRoles(t *testing.T) {
	x := index(story("a", day(2031, 1, 5),
		said{"Anna Verel", "Tesmar's Foreign Minister", "Tesmar"}, said{"Anna Verel", "Foreign Minister", "Tesmar"},
		said{"Anna Verel", "foreign minister", "Tesmar"}, said{"Anna Verel", "Deputy Prime Minister", "Tesmar"},
		said{"Anna Verel", "Deputy Prime Minister", "Tesmar"}, said{"Anna Verel", "Tesmar Prime Minister", "Tesmar"},
		said{"Anna Verel", "Prime Minister", "Tesmar"}))
	s, _ := x.Speaker("Anna Verel")
	if want := []string{"Foreign Minister", "Deputy Prime Minister", "Prime Minister"}; !slices.Equal(s.Roles, want) {
		t.Errorf("roles %q, want %q: one spelling, a role with the country before it counted as the role", s.Roles, want)
	}
}

func TestMonthsAcrossAYear(t *testing.T) {
	x := index(story("a", day(2030, 11, 3), said{"Jonas Pell", "", ""}), story("b", day(2031, 2, 3), said{"Jonas Pell", "", ""}))
	s, _ := x.Speaker("Jonas Pell")
	if len(s.Months) != 4 || s.Months[1].Month != day(2030, 12, 1) || s.Months[2].Month != day(2031, 1, 1) || s.Months[3].Count != 1 {
		t.Errorf("months %+v", s.Months)
	}
}

func TestPartyProfile(t *testing.T) {
	x := index(
		story("a", day(2031, 1, 5), said{"Anna Verel", "", "Tesmar"}, said{"Anna Verel", "", "Tesmar"}, said{"Jonas Pell", "", "Orlavia"}),
		story("b", day(2031, 2, 1), said{"Verel", "", "Tesmar"}, said{"the Tesmari government", "", "Tesmar"}),
	)
	p, ok := x.Party("tesmar")
	if !ok {
		t.Fatal("Tesmar not found, case aside")
	}
	want := []Count{{"Anna Verel", 3}, {"the Tesmari government", 1}}
	if !slices.Equal(p.Speakers, want) {
		t.Errorf("speakers %+v, want %+v (Verel counted as Anna Verel)", p.Speakers, want)
	}
	if len(p.Statements) != 4 || p.Statements[0].Story != 1 || !p.Last.Equal(day(2031, 2, 1)) {
		t.Errorf("statements %+v last %v", p.Statements, p.Last)
	}
	var names []string
	for _, q := range x.Parties() {
		names = append(names, q.Name)
	}
	if want := []string{"Tesmar", "Orlavia"}; !slices.Equal(names, want) {
		t.Errorf("parties %q, want most statements first: %q", names, want)
	}
	if _, ok := x.Party("Kestria"); ok {
		t.Error("a party nobody spoke for has no profile")
	}
}

func TestAddOnlyOnceAndOnlyWithStatements(t *testing.T) {
	x := New(nil)
	compact := &data.Briefing{ID: "row", StatementCount: 3, Speakers: []data.Speaker{{Name: "Anna Verel", Person: true}}}
	if x.Add(0, compact) {
		t.Error("a story without its statements was added")
	}
	full := story("a", day(2031, 1, 5), said{"Anna Verel", "", ""})
	if !x.Add(0, full) || x.Add(0, full) {
		t.Error("a story is added once")
	}
	if s, _ := x.Speaker("Anna Verel"); len(s.Statements) != 1 {
		t.Errorf("%d statements", len(s.Statements))
	}
	if _, ok := x.Speaker("Nobody Here"); ok {
		t.Error("an unknown name found a profile")
	}
	if s, ok := x.SpeakerOf(Ref{0, 0}); !ok || s.Name != "Anna Verel" {
		t.Errorf("SpeakerOf: %+v", s)
	}
}

func TestSpeakersOrder(t *testing.T) {
	x := index(story("a", day(2031, 1, 5), said{"Jonas Pell", "", ""}, said{"Anna Verel", "", ""}, said{"Anna Verel", "", ""}, said{"Ilse Marn", "", ""}))
	var names []string
	for _, s := range x.Speakers() {
		names = append(names, s.Name)
	}
	if want := []string{"Anna Verel", "Ilse Marn", "Jonas Pell"}; !slices.Equal(names, want) {
		t.Errorf("%q, want most statements first, then by name: %q", names, want)
	}
}

// TestNeverTwoPeopleInOneProfile mixes full names, surnames and titled
// names of people who share surnames over many random libraries: no
// profile ever holds two full names, and a surname two people known in
// full share is never merged.
func TestNeverTwoPeopleInOneProfile(t *testing.T) {
	forms := []said{
		{"Anna Verel", "Foreign Minister", "Tesmar"}, {"Marta Verel", "negotiator", "Kestria"},
		{"Jonas Pell", "envoy", "Orlavia"}, {"Ilse Pell", "", ""}, {"Tomas Orvell", "spokesperson", "Kestria"},
		{"Verel", "", ""}, {"Verel", "", "Tesmar"}, {"Pell", "", "Orlavia"}, {"Orvell", "", ""},
		{"Foreign Minister Anna Verel", "", ""}, {"Minister Verel", "", ""}, {"Envoy Pell", "", ""},
	}
	rng := rand.New(rand.NewPCG(12, 31))
	for run := range 300 {
		var bs []*data.Briefing
		for s := range 1 + rng.IntN(6) {
			var whats []said
			for range 1 + rng.IntN(3) {
				whats = append(whats, forms[rng.IntN(len(forms))])
			}
			bs = append(bs, story(fmt.Sprint(s), day(2031, 1+rng.IntN(12), 1), whats...))
		}
		x := index(bs...)
		titled := func(n string) bool { return strings.HasPrefix(n, "Minister ") || strings.HasPrefix(n, "Envoy ") }
		full := map[string][]string{} // surname -> the full names in the library
		for _, n := range x.Names() {
			if w := strings.Fields(n); len(w) == 2 && !titled(n) {
				full[w[1]] = append(full[w[1]], n)
			}
		}
		for _, s := range x.Speakers() {
			var fulls []string
			for _, n := range s.Names {
				w := strings.Fields(n)
				switch {
				case len(w) == 2 && !titled(n):
					fulls = append(fulls, n)
				case len(w) == 1 && len(s.Names) > 1 && len(full[n]) > 1:
					t.Fatalf("run %d: %q merged into %q, but %q are known", run, n, s.Name, full[n])
				}
			}
			if len(fulls) > 1 {
				t.Fatalf("run %d: one profile for %q", run, fulls)
			}
		}
	}
}

func TestRoleEndingInAnotherIsDropped(t *testing.T) {
	x := index(story("a", day(2031, 1, 5),
		said{"Anna Verel", "Tesmari Foreign Minister", "Tesmar"}, said{"Anna Verel", "Foreign Minister", "Tesmar"},
		said{"Anna Verel", "Deputy Prime Minister", "Tesmar"}, said{"Anna Verel", "Prime Minister", "Tesmar"}))
	s, _ := x.Speaker("Anna Verel")
	if want := []string{"Tesmari Foreign Minister", "Deputy Prime Minister", "Prime Minister"}; !slices.Equal(s.Roles, want) {
		t.Errorf("roles %q, want %q: the fuller role kept, a deputy's office its own", s.Roles, want)
	}
}

func TestRootKey(t *testing.T) {
	x := index(story("a", day(2031, 1, 5), said{"Anna Verel", "Foreign Minister", "Tesmar"}),
		story("b", day(2031, 1, 6), said{"Verel", "", "Tesmar"}))
	k := attributor().SpeakerKey
	if got, ok := x.RootKey(k("Verel")); !ok || got != k("Anna Verel") {
		t.Errorf("RootKey(Verel) = %q, %v; want %q", got, ok, k("Anna Verel"))
	}
	if _, ok := x.RootKey(k("Jonas Pell")); ok {
		t.Error("RootKey of a name nobody spoke under is known")
	}
}
