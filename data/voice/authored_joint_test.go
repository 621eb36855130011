package voice_test

import (
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/attribution"
	"github.com/brief-reader/brief/data/gazetteer"
)

// TestJointSignatoriesInTheThirdPerson: a joint statement's signatories,
// named as a list or as "they", speak in the present tense; what they
// did or will do is the statement's narration.
func TestJointSignatoriesInTheThirdPerson(t *testing.T) {
	e, errs := attribution.New("")
	for _, err := range errs {
		t.Fatal(err)
	}
	d := attribution.Document{
		Title:  "Kestria-Tesmar Joint Statement on the Delta",
		Source: "https://kestria.example/joint/delta",
		Declared: gazetteer.Entries{
			Parties: []gazetteer.PartyEntry{{Name: "Kestria", Aliases: []string{"Kestrian"}, Domains: []string{"kestria.example"}}, {Name: "Tesmar", Aliases: []string{"Tesmari"}}},
			People:  []gazetteer.PersonEntry{{Name: "Ana Velk", Role: "Envoy for Water", Party: "Kestria"}, {Name: "Pela Oru", Role: "Minister of Water", Party: "Tesmar"}},
		},
		Paragraphs: []attribution.Paragraph{
			{Text: "Kestrian Envoy for Water Ana Velk and Tesmari Minister of Water Pela Oru recognize the need to restore the delta with urgency."},
			{Text: "They are committed to the delta agreement. They will meet again in May. They met in Varn last week."},
		},
	}
	res := e.Attribute(&d)
	want := []string{"Kestrian Envoy for Water Ana Velk and Tesmari Minister of Water Pela Oru recognize the need to restore the delta with urgency",
		"They are committed to the delta agreement"}
	for _, w := range want {
		found := false
		for _, s := range res.Statements {
			if s.Text == w {
				found = true
				if s.Speaker != "Kestria and Tesmar" {
					t.Errorf("%q: speaker %q, want Kestria and Tesmar", w, s.Speaker)
				}
			}
		}
		if !found {
			t.Errorf("no statement %q in %+v", w, res.Statements)
		}
	}
	for _, s := range res.Statements {
		if strings.Contains(s.Text, "meet again") || strings.Contains(s.Text, "met in Varn") {
			t.Errorf("statement %+v", s)
		}
	}
}
