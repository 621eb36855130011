package data

import (
	"os"
	"path/filepath"
	"testing"
)

// A demonym before an institution is that party's body: a seat the
// gazetteer lists ("the Russian Duma") as well as a common head noun
// ("the Russian legislature").
func TestDemonymInstitution(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	yaml := "- {name: Varanda, demonyms: [Varandan, Varandans], capital: Port Selin, seats: [Selin Diet, Diet], kind: state}\n" +
		"- {name: Kestria, demonyms: [Kestrian, Kestrians], capital: Ostrava Nova, seats: [Kestrian Chancery, Chancery], kind: state}\n"
	if err := os.WriteFile(filepath.Join(dir, "parties.yaml"), []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	a, errs := NewAttributor(dir)
	for _, err := range errs {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		para string
		want []wantStmt
	}{
		{"demonym and seat", "The Varandan Diet has stated that it plans to close the strait.",
			[]wantStmt{{"the Varandan Diet", "Varanda", Reported, "it plans to close the strait"}}},
		{"demonym and seat, no article", "Varandan Diet members aside, Kestria said the strait is open.",
			[]wantStmt{{"Kestria", "Kestria", Reported, "the strait is open"}}},
		{"demonym and legislature", "The Kestrian legislature said the vote would happen.",
			[]wantStmt{{"the Kestrian legislature", "Kestria", Reported, "the vote would happen"}}},
		{"demonym and government", "The Kestrian government said the vote would happen.",
			[]wantStmt{{"the Kestrian government", "Kestria", Reported, "the vote would happen"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := &Briefing{Title: "Test", Paragraphs: []Paragraph{{Text: c.para}}}
			a.Attribute(b)
			checkStatements(t, b, c.want)
		})
	}
}
