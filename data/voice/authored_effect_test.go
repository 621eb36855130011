package voice_test

import (
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/attribution"
	"github.com/brief-reader/brief/data/gazetteer"
)

// TestAuthoredJudgment: in a release, a thing's present effect ("This
// appointment underscores …") is no one's saying but the issuer's
// judgment; a past one narrates; in a story without an author, no one
// says it. The parties and people are invented.
func TestAuthoredJudgment(t *testing.T) {
	e, errs := attribution.New("")
	for _, err := range errs {
		t.Fatal(err)
	}
	declared := gazetteer.Entries{
		Parties: []gazetteer.PartyEntry{{Name: "Kestria", Aliases: []string{"Kestrian"}, Domains: []string{"kestria.example"}}, {Name: "Tesmar", Aliases: []string{"Tesmari"}}},
	}
	doc := attribution.Document{
		Title:  "Appointment of Ambassador Anna Verel as Envoy to Tesmar",
		Source: "https://kestria.example/releases/appointment",
		Paragraphs: []attribution.Paragraph{
			{Text: "Ambassador Anna Verel will serve as envoy to Tesmar."},
			{Text: "Ambassador Verel’s appointment underscores our strong commitment to Tesmar and the Tesmari people."},
			{Text: "The symposium highlighted the importance of the river talks."},
		},
		Declared: declared,
	}
	res := e.Attribute(&doc)
	want := "Ambassador Verel’s appointment underscores our strong commitment to Tesmar and the Tesmari people"
	found := false
	for _, s := range res.Statements {
		if s.Text == want {
			found = true
			if s.Party != "Kestria" || s.Cue != "underscores" || strings.Contains(s.Speaker, "appointment") {
				t.Errorf("judgment given to %q (%s), cue %q", s.Speaker, s.Party, s.Cue)
			}
		}
		if strings.Contains(s.Text, "the importance of the river talks") {
			t.Errorf("narration as a statement: %+v", s)
		}
	}
	if !found {
		t.Errorf("no statement %q in %+v", want, res.Statements)
	}
	news := attribution.Document{
		Title:      "Floods in the Delta",
		Paragraphs: []attribution.Paragraph{{Text: "The clash raised serious doubts about whether the Tesmari council will act."}},
		Declared:   declared,
	}
	if res := e.Attribute(&news); len(res.Statements) != 0 {
		t.Errorf("a thing's effect as a statement: %+v", res.Statements)
	}
}
