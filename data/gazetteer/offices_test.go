package gazetteer

import (
	"strings"
	"testing"
	"time"
)

// The embedded table parses, and every holder is a person of
// people.yaml: a holder the gazetteer does not know would name no one.
func TestBuiltinOfficesKnowTheirHolders(t *testing.T) {
	o, err := BuiltinOffices()
	if err != nil {
		t.Fatal(err)
	}
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, p := range g.People {
		known[p.Name] = true
	}
	if len(o.terms) == 0 {
		t.Fatal("no terms")
	}
	for _, tm := range o.terms {
		if !known[tm.person] {
			t.Errorf("%s holds an office but is not in people.yaml", tm.person)
		}
	}
}

func TestParseOfficesReportsBadEntries(t *testing.T) {
	raw := `
- {office: President, party: Orlavia, person: Mira Donat, from: 2025-03-01, to: 2029-03-01}
- {office: President, party: Orlavia, person: Ilan Roswe, from: March 2029}
- {office: President, party: Orlavia, person: Ilan Roswe, from: 2029-03-01, to: 2028-01-01}
- {office: President, party: Orlavia, from: 2029-03-01}
- {office: President, party: Orlavia, person: Ilan Roswe, form: 2029-03-01}
`
	o, errs := ParseOffices([]byte(raw), "offices.yaml")
	if len(o.terms) != 1 {
		t.Errorf("kept %d terms, want the 1 good one", len(o.terms))
	}
	want := []string{"line 3: from", "line 4: the term ends", "line 5: a term needs", `line 6: unknown field "form"`}
	if len(errs) != len(want) {
		t.Fatalf("errors %v, want %d", errs, len(want))
	}
	for i, w := range want {
		if !strings.Contains(errs[i].Error(), w) {
			t.Errorf("error %q, want it to say %q", errs[i], w)
		}
	}
	if got, ok := o.Holder("the President", "orlavia", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); !ok || got != "Mira Donat" {
		t.Errorf("Holder = %q, %v", got, ok)
	}
}
