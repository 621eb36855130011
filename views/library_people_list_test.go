package views

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/profile"
)

// The library's profiles, which list their statements from the library's
// entries, are the profiles of an index that keeps its lists, over the
// same stories: every speaker's by each name, every party's, and all of
// them at once; held whole or attached later, with a statement whose
// speaker is blank, and after more stories arrive.
func TestLibraryProfilesAsAnIndexThatKeepsItsLists(t *testing.T) {
	t.Parallel()
	stories := func() []*data.Briefing {
		bs := compactFixture()
		bs[2].Date = time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)
		bs[0].Date = time.Date(2025, 1, 9, 0, 0, 0, 0, time.UTC)
		bs = append(bs, &data.Briefing{ID: "later", Title: "Later Talks", Date: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
			Statements: []data.Statement{
				{Speaker: " ", Party: "Kestria", Text: "Nobody said this"},
				{Speaker: "Halvek", Party: "Varanda", Text: "Calm again"},
				{Speaker: "Tomas Orvell", Party: "", Text: "No party here"},
				{Speaker: "Sela Dorn", Party: "Kestria", Text: "Kestria agrees"},
			}})
		return bs
	}
	held, compact := NewLibrary(nil), NewLibrary(nil)
	held.Add(stories()[:3]...)
	for _, b := range stories()[:3] {
		c := *b
		c.StatementCount, c.Statements = len(b.Statements), nil
		compact.Add(&c)
	}
	for _, i := range compact.Pending() {
		compact.Attach(i, stories()[i].Statements)
	}
	for name, lib := range map[string]*Library{"held": held, "compact": compact} {
		lib.People().Speakers() // listed before the last story arrives
		lib.Add(stories()[3])
		kept := profile.New(lib.SpeakerKey)
		for i, b := range stories() {
			kept.Add(i, b)
		}
		listed := lib.People()
		names := kept.Names()
		slices.Sort(names)
		for _, n := range append(names, "halvek", "Nobody at all") {
			want, wok := kept.Speaker(n)
			got, gok := listed.Speaker(n)
			if wok != gok || !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %q: %+v, %v; want %+v, %v", name, n, got, gok, want, wok)
			}
		}
		for _, p := range []string{"Varanda", "Kestria", "Meridian Union", "kestria", "Tesmar"} {
			want, wok := kept.Party(p)
			got, gok := listed.Party(p)
			if wok != gok || !reflect.DeepEqual(got, want) {
				t.Errorf("%s: party %q: %+v, %v; want %+v, %v", name, p, got, gok, want, wok)
			}
		}
		if got, want := listed.Speakers(), kept.Speakers(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: every speaker: %+v; want %+v", name, got, want)
		}
		if got, want := listed.Parties(), kept.Parties(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: every party: %+v; want %+v", name, got, want)
		}
		if p, _ := listed.Party("Kestria"); p == nil || len(p.Statements) != 2 {
			t.Errorf("%s: Kestria's profile: %+v; want 2 statements, not the blank speaker's", name, p)
		}
	}
}
