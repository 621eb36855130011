package voice_test

import (
	"testing"

	"github.com/brief-reader/brief/data/attribution"
	"github.com/brief-reader/brief/data/gazetteer"
)

// The document's voice through the whole engine: an authored statement's
// "I" and "we" with a cue verb are the author's statements, and a
// transcript's turns are their speakers' whole. The people are invented.
func TestVoiceInTheEngine(t *testing.T) {
	e, errs := attribution.New("")
	for _, err := range errs {
		t.Fatal(err)
	}
	declared := gazetteer.Entries{
		Parties: []gazetteer.PartyEntry{{Name: "Kestria", Aliases: []string{"Kestrian"}}, {Name: "Tesmar"}},
		People: []gazetteer.PersonEntry{{Name: "Ana Velk", Role: "President", Party: "Kestria"},
			{Name: "Pela Oru", Role: "Foreign Minister", Party: "Tesmar"}},
	}
	type want struct {
		speaker, party, text string
		kind                 attribution.Kind
	}
	cases := []struct {
		name  string
		doc   attribution.Document
		wants []want
		none  []string // texts no statement may have
	}{
		{"an authored statement", attribution.Document{
			Title: "Statement by President Ana Velk on the Attack on the Dam",
			Paragraphs: []attribution.Paragraph{
				{Text: "I condemn the attack on the Ruvo dam."},
				{Text: "We call on Tesmar to open the border crossings."},
				{Text: "The river has risen for a week."},
			},
		}, []want{
			{"Ana Velk", "Kestria", "the attack on the Ruvo dam", attribution.Reported},
			{"Ana Velk", "Kestria", "Tesmar to open the border crossings", attribution.Reported},
		}, []string{"The river has risen for a week."}},
		{"no author, no first person", attribution.Document{
			Title:      "Kestria National Day",
			Paragraphs: []attribution.Paragraph{{Text: "I condemn the attack on the Ruvo dam."}},
		}, nil, []string{"the attack on the Ruvo dam"}},
		{"a transcript", attribution.Document{
			Title: "Remarks by President Velk and Foreign Minister Oru",
			Paragraphs: []attribution.Paragraph{
				{Text: "Ostrava Nova"},
				{Label: "THE PRESIDENT", Text: "We welcome the Foreign Minister. (Applause.)"},
				{Label: "FOREIGN MINISTER ORU", Text: "Thank you. I said yesterday that the border would open."},
				{Label: "Q", Text: "When?"},
			},
		}, []want{
			{"Ana Velk", "Kestria", "We welcome the Foreign Minister.", attribution.Direct},
			{"Pela Oru", "Tesmar", "Thank you. I said yesterday that the border would open.", attribution.Direct},
			{"Reporter", "", "When?", attribution.Question},
		}, []string{"the border would open"}},
		{"what a turn reports someone else said", attribution.Document{
			Title: "Press Availability",
			Paragraphs: []attribution.Paragraph{
				{Label: "Q", Text: "President Velk said on Monday that the dam is safe. Did Tesmar agree that the locks are open?"},
				{Label: "FOREIGN MINISTER ORU", Text: "Jake, they told us that the ferries were late. Tesmar said this morning."},
			},
		}, []want{
			{"Reporter", "", "President Velk said on Monday that the dam is safe. Did Tesmar agree that the locks are open?", attribution.Question},
			{"Ana Velk", "Kestria", "the dam is safe", attribution.Reported},
			{"Pela Oru", "Tesmar", "Jake, they told us that the ferries were late. Tesmar said this morning.", attribution.Direct},
		}, []string{"the locks are open", "the ferries were late", "this morning"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.doc.Declared = declared
			res := e.Attribute(&c.doc)
			for _, w := range c.wants {
				found := false
				for _, s := range res.Statements {
					if s.Text == w.text {
						found = true
						if s.Speaker != w.speaker || s.Party != w.party || s.Kind != w.kind {
							t.Errorf("%q: %s/%s kind %d, want %s/%s kind %d", w.text, s.Speaker, s.Party, s.Kind, w.speaker, w.party, w.kind)
						}
					}
				}
				if !found {
					t.Errorf("no statement %q in %+v", w.text, res.Statements)
				}
			}
			for _, s := range res.Statements {
				for _, n := range c.none {
					if s.Text == n {
						t.Errorf("statement %+v", s)
					}
				}
			}
		})
	}
}
