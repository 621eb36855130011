package gazetteer

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/text"
)

type testWords struct{}

func (testWords) Abbreviation(w string) (bool, bool) { return w == "st.", false }
func (testWords) SentenceOpener(string) bool         { return false }
func (testWords) NameSuffix(w string) bool           { return w == "jr." || w == "jr" }
func (testWords) NumeralAbbreviation(string) bool    { return false }
func (testWords) PlacePreposition(string) bool       { return false }
func (testWords) PlaceAbbreviation(string) bool      { return false }

func words(s string) []string {
	toks := text.Tokenize(s, testWords{}, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = s[t.Start:t.End]
	}
	return out
}

func builtinIndex(t *testing.T) *Index {
	t.Helper()
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ix, errs := New(testWords{}, b)
	for _, e := range errs {
		t.Error(e)
	}
	return ix
}

func TestBuiltinParties(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	states := 0
	for _, p := range b.Parties {
		if p.Kind == "state" {
			states++
		}
	}
	if states != 193 {
		t.Errorf("%d UN member states in parties.yaml, want 193", states)
	}
}

func TestMatchLongestName(t *testing.T) {
	ix := builtinIndex(t)
	cases := []struct {
		text  string
		party string
		kind  NameKind
		n     int
	}{
		{"Russia said", "Russia", PartyName, 1},
		{"Moscow said", "Russia", Capital, 1},
		{"Russian officials", "Russia", Demonym, 1},
		{"Kremlin aide", "Russia", Seat, 1},
		{"United States of America", "United States", PartyName, 4},
		{"U.S. officials", "United States", PartyName, 1},
		{"Guinea-Bissau and", "Guinea-Bissau", PartyName, 1},
		{"Security Council members", "United Nations", Seat, 2},
	}
	for _, c := range cases {
		h, ok := ix.Match(words(c.text))
		if !ok || ix.Party(h.Party).Name != c.party || h.Kind != c.kind || h.Len != c.n {
			t.Errorf("%q: got %+v (%s), want %s kind %d over %d words", c.text, h, ix.Party(h.Party).Name, c.party, c.kind, c.n)
		}
	}
	if _, ok := ix.Match(words("russia said")); ok {
		t.Error("matching is case-sensitive")
	}
}

func TestPeopleBySurnameAndAlias(t *testing.T) {
	ix := builtinIndex(t)
	id, ok := ix.PersonID("antony j. blinken")
	if !ok || ix.Person(id).Name != "Antony Blinken" || ix.Person(id).Party != "United States" {
		t.Fatalf("alias lookup: %v %+v", ok, ix.Person(id))
	}
	found := false
	for _, s := range ix.BySurname("Blinken") {
		found = found || s == id
	}
	if !found {
		t.Error("Blinken is not found by surname")
	}
	h, ok := ix.Match(words("Antony Blinken said"))
	if !ok || h.Kind != PersonName || h.Person != id || h.Len != 2 {
		t.Errorf("match: %+v", h)
	}
}

func TestOverlayExtendsWithoutChangingBase(t *testing.T) {
	base := builtinIndex(t)
	o, errs := base.With(Entries{
		Parties: []PartyEntry{{Name: "Tesmar", Demonyms: []string{"Tesmari"}, Capital: "Hollin"}, {Name: "Russia", Aliases: []string{"the Federation"}}},
		People:  []PersonEntry{{Name: "Ana Velk", Role: "Foreign Minister", Party: "Tesmar"}},
	})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	h, ok := o.Match(words("Tesmari envoy"))
	if !ok || o.Party(h.Party).Name != "Tesmar" || h.Kind != Demonym {
		t.Errorf("overlay demonym: %+v", h)
	}
	if c, _ := o.CanonicalParty("Federation"); c != "Russia" {
		t.Errorf("an alias added to a known party: %q", c)
	}
	if id, ok := o.PersonID("Ana Velk"); !ok || o.Person(id).Party != "Tesmar" {
		t.Error("overlay person")
	}
	if _, ok := base.Match(words("Tesmari envoy")); ok {
		t.Error("the overlay changed its base")
	}
	if c, _ := o.CanonicalParty("Moscow"); c != "Russia" {
		t.Error("the overlay lost its base")
	}
}

func TestUserFilesReportLines(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "parties.yaml"), []byte("- {name: Tesmar}\n- {name: Orlavia, colour: red}\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "people.yaml"), []byte("- {name: Ana Velk, party: Nowhere}\n"), 0o644)
	user, errs := LoadUser(dir)
	b, _ := Builtin()
	_, ierrs := New(testWords{}, b, &user)
	errs = append(errs, ierrs...)
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"parties.yaml: line 2: unknown field \"colour\"", "people.yaml: line 1: party \"Nowhere\" is not in the gazetteer"} {
		if !strings.Contains(all, want) {
			t.Errorf("errors %q lack %q", all, want)
		}
	}
}

func TestPartyOfURL(t *testing.T) {
	ix := builtinIndex(t)
	id, ok := ix.PartyOfURL("https://www.state.gov/briefings/x/")
	if !ok || ix.Party(id).Name != "United States" {
		t.Errorf("state.gov: %v %v", ok, ix.Party(id))
	}
}

// A seat written with its other names is one body, known by the first;
// each name is a seat of the party, and a seat of one name is no body.
func TestBodyOfSeveralNames(t *testing.T) {
	ix, errs := New(testWords{}, &Entries{Parties: []PartyEntry{
		{Name: "Tesmar", Aliases: []string{"T.S."}, Kind: "state", Seats: []string{"the Water Agency = TWA = Water Office", "Tesmar Palace"}},
		{Name: "Orlavia", Kind: "state"},
	}})
	for _, e := range errs {
		t.Fatal(e)
	}
	tesmar, _ := ix.PartyID("Tesmar")
	for _, n := range []string{"Water Agency", "the TWA", "water office", "the Tesmar Water Agency", "the T.S. TWA"} {
		if name, party, ok := ix.Body(n); !ok || name != "Water Agency" || party != tesmar {
			t.Errorf("Body(%q) = %q, %d, %v; want Water Agency of Tesmar", n, name, party, ok)
		}
	}
	if got, want := ix.BodyNames("the T.S. TWA"), []string{"the Water Agency", "TWA", "Water Office"}; !slices.Equal(got, want) {
		t.Errorf("BodyNames(the T.S. TWA) = %q, want %q", got, want)
	}
	if got := ix.BodyNames("Tesmar Palace"); got != nil {
		t.Errorf("BodyNames(Tesmar Palace) = %q, a seat of one name", got)
	}
	for _, n := range []string{"Water Agency", "TWA", "Water Office"} {
		if !ix.IsSeat(n) {
			t.Errorf("%q is no seat", n)
		}
	}
	if h, ok := ix.Match(words("TWA said")); !ok || h.Kind != Seat || h.Party != tesmar || h.Len != 1 {
		t.Errorf("Match(TWA said) = %+v, %v", h, ok)
	}
	for _, n := range []string{"Tesmar Palace", "Tesmar", "Water", "the Orlavia Water Agency", "Tesmar Palace TWA", "the Tesmar TWA report"} {
		if _, _, ok := ix.Body(n); ok {
			t.Errorf("Body(%q) is a body", n)
		}
	}
	// a briefing's own entries extend it
	o, _ := ix.With(Entries{Parties: []PartyEntry{{Name: "Tesmar", Seats: []string{"Ports Board = TPB"}}}})
	if name, _, ok := o.Body("TPB"); !ok || name != "Ports Board" {
		t.Errorf("overlay: Body(TPB) = %q, %v", name, ok)
	}
	if name, _, ok := o.Body("TWA"); !ok || name != "Water Agency" {
		t.Errorf("overlay: Body(TWA) = %q, %v", name, ok)
	}
}
