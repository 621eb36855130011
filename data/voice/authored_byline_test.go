package voice_test

import (
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/attribution"
	"github.com/brief-reader/brief/data/gazetteer"
)

// TestBylinedJudgments: under a person's byline, the author's judgments
// ("It is critical that …", "That is what …") are their statement, as
// in a text titled "Statement by …"; a notice under the same byline
// ("The Minister will travel …", "This trip follows …") says nothing; a
// demonstrative's noun speaks for the author when what it says is the
// author's own ("This appointment reflects … our relations").
// The parties and people are invented.
func TestBylinedJudgments(t *testing.T) {
	e, errs := attribution.New("")
	for _, err := range errs {
		t.Fatal(err)
	}
	declared := gazetteer.Entries{
		Parties: []gazetteer.PartyEntry{{Name: "Kestria", Aliases: []string{"Kestrian"}, Domains: []string{"kestria.example"}}, {Name: "Tesmar", Aliases: []string{"Tesmari"}}},
		People: []gazetteer.PersonEntry{{Name: "Ana Velk", Role: "Foreign Minister", Party: "Kestria"},
			{Name: "Pela Oru", Role: "Prime Minister", Party: "Tesmar"}},
	}
	cases := []struct {
		name   string
		doc    attribution.Document
		wants  []string // statements of Ana Velk, by text
		nobody []string
	}{
		{"a statement under a byline", attribution.Document{
			Title:  "Resignation of Tesmari Prime Minister Pela Oru",
			Source: "https://kestria.example/statements/oru",
			Paragraphs: []attribution.Paragraph{
				{Text: "Ana Velk, Foreign Minister"},
				{Text: "The resignation of Pela Oru is another disappointing development for the people of Tesmar."},
				{Text: "It is critical that a government able to implement reforms be formed now. That is what the people of Tesmar need."},
			},
		}, []string{"It is critical that a government able to implement reforms be formed now", "That is what the people of Tesmar need"}, nil},
		{"a byline whose title reads through its links", attribution.Document{
			Title:  "Resignation of Tesmari Prime Minister Pela Oru",
			Source: "https://kestria.example/statements/oru",
			Paragraphs: []attribution.Paragraph{
				{Text: "Ana Velk, Minister of Foreign Affairs and Trade for the Kestrian Republic"},
				{Text: "The resignation of Pela Oru is another disappointing development for the people of Tesmar."},
				{Text: "It is critical that a government able to implement reforms be formed now. That is what the people of Tesmar need."},
			},
		}, []string{"It is critical that a government able to implement reforms be formed now", "That is what the people of Tesmar need"}, nil},
		{"a travel notice under a byline", attribution.Document{
			Title:  "Foreign Minister Velk's Travel to Tesmar",
			Source: "https://kestria.example/notices/travel",
			Paragraphs: []attribution.Paragraph{
				{Text: "Ana Velk, Foreign Minister"},
				{Text: "Foreign Minister Velk will travel to Tesmar on Monday. This trip follows the Prime Minister's visit in May."},
			},
		}, nil, []string{"will travel", "This trip follows"}},
		{"a demonstrative's noun, judged by what is the author's own", attribution.Document{
			Title:  "Appointment of Daro Venn as Envoy to Tesmar",
			Source: "https://kestria.example/statements/venn",
			Paragraphs: []attribution.Paragraph{
				{Text: "Ana Velk, Foreign Minister"},
				{Text: "Today, the Foreign Minister designated Daro Venn as envoy to Tesmar. This appointment reflects the importance of our relations with Tesmar. This post follows his years in Varn."},
			},
		}, []string{"This appointment reflects the importance of our relations with Tesmar"}, []string{"designated Daro Venn", "This post follows"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.doc.Declared = declared
			res := e.Attribute(&c.doc)
			for _, w := range c.wants {
				found := false
				for _, s := range res.Statements {
					if s.Text == w {
						found = true
						if s.Speaker != "Ana Velk" || s.Party != "Kestria" {
							t.Errorf("%q: %s/%s, want Ana Velk/Kestria", w, s.Speaker, s.Party)
						}
					}
				}
				if !found {
					t.Errorf("no statement %q in %+v", w, res.Statements)
				}
			}
			for _, s := range res.Statements {
				for _, n := range c.nobody {
					if strings.Contains(s.Text, n) {
						t.Errorf("statement %+v", s)
					}
				}
			}
		})
	}
}

// TestOfficeJudgments: under an issuing office's byline ("Office of the
// Spokesperson"), "It is critical that …" is the office's judgment; its
// "This is the first in a series …" and "It is also home to …" tell, and
// say nothing.
func TestOfficeJudgments(t *testing.T) {
	e, errs := attribution.New("")
	for _, err := range errs {
		t.Fatal(err)
	}
	d := attribution.Document{
		Title:  "Launch of the Delta Consultative Platform",
		Source: "https://www.state.gov/launch-of-the-delta-platform/",
		Paragraphs: []attribution.Paragraph{
			{Text: "Office of the Spokesperson"},
			{Text: "The future of the delta must be decided by its people, and it is critical that the international community support their voices."},
			{Text: "This is the first in a series of meetings on the delta. It is also home to the largest wetland in Kestria."},
		},
	}
	res := e.Attribute(&d)
	want := "it is critical that the international community support their voices"
	found := false
	for _, s := range res.Statements {
		switch {
		case s.Text == want:
			found = true
			if s.Speaker != "State Department" {
				t.Errorf("%q: speaker %s, want State Department", want, s.Speaker)
			}
		case strings.Contains(s.Text, "first in a series") || strings.Contains(s.Text, "home to"):
			t.Errorf("statement %+v", s)
		}
	}
	if !found {
		t.Errorf("no statement %q in %+v", want, res.Statements)
	}
}
