package voice_test

import (
	"testing"

	"github.com/brief-reader/brief/data/attribution"
	"github.com/brief-reader/brief/data/gazetteer"
)

// TestRelativeOwnGovernment: "…, which Kestria welcomes and supports" in
// the author's text is the author's stance on the phrase before it; a
// past act ("which Kestria signed") and a verb with an object of its own
// ("which Kestria calls a threat", a description) are not read so.
func TestRelativeOwnGovernment(t *testing.T) {
	e, errs := attribution.New("")
	for _, err := range errs {
		t.Fatal(err)
	}
	declared := gazetteer.Entries{
		Parties: []gazetteer.PartyEntry{{Name: "Kestria", Aliases: []string{"Kestrian"}, Domains: []string{"kestria.example"}}, {Name: "Tesmar", Aliases: []string{"Tesmari"}}, {Name: "Orlavia"}},
		People:  []gazetteer.PersonEntry{{Name: "Ana Velk", Role: "Foreign Minister", Party: "Kestria"}, {Name: "Toma Brandt", Role: "Spokesperson", Party: "Kestria"}},
	}
	cases := []struct {
		para      string
		cue, text string // "" when nothing is said
	}{
		{"Foreign Minister Velk spoke with Tesmar’s envoy following the applications of Tesmar and Orlavia to join the pact, which Kestria welcomes and supports.",
			"welcomes", "the applications of Tesmar and Orlavia to join the pact"},
		{"Foreign Minister Velk spoke with Tesmar’s envoy about the treaty, which Kestria signed in May.", "", ""},
		{"Foreign Minister Velk spoke with Tesmar’s envoy about the dam, which Kestria calls a threat.", "", ""},
	}
	for _, c := range cases {
		d := attribution.Document{Title: "Foreign Minister Velk's Call with the Tesmari Envoy", Source: "https://kestria.example/x", Declared: declared,
			Paragraphs: []attribution.Paragraph{{Text: "Toma Brandt, Spokesperson"}, {Text: c.para}}}
		res := e.Attribute(&d)
		var got []attribution.Statement
		for _, s := range res.Statements {
			if s.Speaker == "Toma Brandt" {
				got = append(got, s)
			}
		}
		switch {
		case c.text == "" && len(got) > 0:
			t.Errorf("%q: %+v", c.para, got)
		case c.text != "" && (len(got) != 1 || got[0].Text != c.text || got[0].Cue != c.cue):
			t.Errorf("%q: %+v, want %q %q", c.para, got, c.cue, c.text)
		}
	}
}
