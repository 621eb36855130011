package voice_test

import (
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/attribution"
	"github.com/brief-reader/brief/data/gazetteer"
)

// The author's own voice without a verb of saying, through the whole
// engine: an authored text's "I", "we", "our …" and its government are
// its author's statements, sentence by sentence; its narration is no
// one's. The parties and people are invented.
func TestAuthoredVoice(t *testing.T) {
	e, errs := attribution.New("")
	for _, err := range errs {
		t.Fatal(err)
	}
	declared := gazetteer.Entries{
		Parties: []gazetteer.PartyEntry{{Name: "Kestria", Aliases: []string{"Kestrian"}, Domains: []string{"kestria.example"}}, {Name: "Tesmar", Aliases: []string{"Tesmari"}}},
		People: []gazetteer.PersonEntry{{Name: "Ana Velk", Role: "President", Party: "Kestria", Aliases: []string{"Ana M. Velk Jr."}},
			{Name: "Toma Brandt", Role: "Press Secretary", Party: "Kestria"},
			{Name: "Pela Oru", Role: "Foreign Minister", Party: "Tesmar"}},
	}
	type want struct{ speaker, party, cue, text string }
	cases := []struct {
		name   string
		doc    attribution.Document
		wants  []want
		nobody []string // sentences no statement may hold
	}{
		{"a statement's first person and its government", attribution.Document{
			Title: "Statement by President Ana Velk on the Floods in the Delta",
			Paragraphs: []attribution.Paragraph{
				{Text: "I extend my condolences to the families of the victims."},
				{Text: "Kestria stands with the people of the delta, and our thoughts are with them."},
				{Text: "This is a tragedy for the whole region."},
				{Text: "We discussed the floods with Tesmar. The river has risen for a week."},
				{Text: "Kestria joined the rescue effort last week. Will Tesmar open its border?"},
			},
		}, []want{
			{"Ana Velk", "Kestria", "extend", "extend my condolences to the families of the victims"},
			{"Ana Velk", "Kestria", "stands", "Kestria stands with the people of the delta, and our thoughts are with them"},
			{"Ana Velk", "Kestria", "is", "This is a tragedy for the whole region"},
		}, []string{"the floods with Tesmar", "The river has risen", "joined the rescue effort", "open its border"}},
		{"a press secretary's third person", attribution.Document{
			Title:  "Statement by Press Secretary Toma Brandt on the Visit of Foreign Minister Oru",
			Source: "https://kestria.example/statements/visit",
			Paragraphs: []attribution.Paragraph{
				{Text: "The President looks forward to welcoming Foreign Minister Oru to Ostrava Nova."},
				{Text: "The President will meet the Foreign Minister on Monday. The leaders will discuss the fisheries."},
			},
		}, []want{
			{"Toma Brandt", "Kestria", "looks", "The President looks forward to welcoming Foreign Minister Oru to Ostrava Nova"},
		}, []string{"will meet the Foreign Minister", "will discuss the fisheries"}},
		{"a proclamation's performative, not its formula", attribution.Document{
			Title: "A Proclamation on Fisheries Week",
			Paragraphs: []attribution.Paragraph{
				{Text: "NOW, THEREFORE, I, ANA M. VELK JR., President of Kestria, by virtue of the authority vested in me, do hereby proclaim this week as Fisheries Week."},
				{Text: "IN WITNESS WHEREOF, I have hereunto set my hand this first day of May."},
				{Text: "ANA M. VELK JR."},
			},
		}, []want{
			{"Ana Velk", "Kestria", "proclaim", "do hereby proclaim this week as Fisheries Week"},
		}, []string{"set my hand"}},
		{"an order's passive performative", attribution.Document{
			Title: "Executive Order on the Delta Water Council",
			Paragraphs: []attribution.Paragraph{
				{Text: "By the authority vested in me as President of Kestria, it is hereby ordered as follows:"},
				{Text: "Section 1. The Delta Water Council shall meet every month."},
				{Text: "ANA M. VELK JR."},
			},
		}, []want{
			{"Ana Velk", "Kestria", "ordered", "it is hereby ordered as follows"},
		}, []string{"shall meet every month"}},
		{"one addressed says nothing", attribution.Document{
			Title: "Tesmar National Day",
			Paragraphs: []attribution.Paragraph{
				{Text: "Ana Velk, President"},
				{Text: "I wish to congratulate the people of Tesmar as you celebrate your national day."},
			},
		}, []want{
			{"Ana Velk", "Kestria", "wish", "wish to congratulate the people of Tesmar as you celebrate your national day"},
		}, nil},
		{"a government page speaks in its we, not as an I", attribution.Document{
			Title:  "Fact Sheet: Rebuilding the Delta",
			Source: "https://kestria.example/fact-sheets/delta",
			Paragraphs: []attribution.Paragraph{
				{Text: "We will rebuild every bridge in the delta."},
				{Text: "I will visit the delta in June."},
			},
		}, []want{
			{"Kestria", "Kestria", "rebuild", "will rebuild every bridge in the delta"},
		}, []string{"visit the delta"}},
		{"a readout's narration is no one's", attribution.Document{
			Title:  "Readout of President Velk's Call with Foreign Minister Oru",
			Source: "https://kestria.example/readouts/call",
			Paragraphs: []attribution.Paragraph{
				{Text: "President Velk spoke with Foreign Minister Oru. We will keep the border open."},
			},
		}, nil, []string{"keep the border open"}},
		{"a fact sheet's government named after its leaders", attribution.Document{
			Title:  "FACT SHEET: Velk-Brandt Administration Opens the Ports",
			Source: "https://kestria.example/fact-sheets/ports",
			Paragraphs: []attribution.Paragraph{
				{Text: "The Velk Administration is committed to open ports."},
				{Text: "To keep the river open, the Velk-Brandt Administration is releasing a new plan."},
				{Text: "The Oru Administration is committed to closed ports."},
			},
		}, []want{
			{"Kestria", "Kestria", "committed", "The Velk Administration is committed to open ports"},
			{"Kestria", "Kestria", "releasing", "the Velk-Brandt Administration is releasing a new plan"},
		}, []string{"closed ports"}},
		{"a titled statement in which nothing speaks is its author's", attribution.Document{
			Title:  "Statement by Press Secretary Toma Brandt on the Visit of Foreign Minister Oru",
			Source: "https://kestria.example/statements/visit",
			Paragraphs: []attribution.Paragraph{
				{Text: "The President will meet Foreign Minister Oru in Ostrava Nova on Monday."},
				{Text: "###"},
			},
		}, []want{
			{"Toma Brandt", "Kestria", "", "The President will meet Foreign Minister Oru in Ostrava Nova on Monday."},
		}, []string{"###"}},
		{"an untitled notice in which nothing speaks is no one's", attribution.Document{
			Title:  "President Velk's Travel to Tesmar",
			Source: "https://kestria.example/notices/travel",
			Paragraphs: []attribution.Paragraph{
				{Text: "The President will meet Foreign Minister Oru in Ostrava Nova on Monday."},
			},
		}, nil, []string{"will meet"}},
		{"a speech without labels is its speaker's turns", attribution.Document{
			Title: "Remarks as Prepared for Delivery by President Ana Velk at the Fisheries Forum",
			Paragraphs: []attribution.Paragraph{
				{Text: "Ostrava Nova"},
				{Text: "Thank you all for coming."},
				{Text: "The river gave us everything. We will rebuild the dam."},
			},
		}, []want{
			{"Ana Velk", "Kestria", "", "Thank you all for coming."},
			{"Ana Velk", "Kestria", "", "The river gave us everything. We will rebuild the dam."},
		}, []string{"Ostrava Nova"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.doc.Declared = declared
			res := e.Attribute(&c.doc)
			for _, w := range c.wants {
				found := false
				for _, s := range res.Statements {
					if s.Text != w.text {
						continue
					}
					found = true
					if s.Speaker != w.speaker || s.Party != w.party || s.Cue != w.cue {
						t.Errorf("%q: %s/%s cue %q, want %s/%s cue %q", w.text, s.Speaker, s.Party, s.Cue, w.speaker, w.party, w.cue)
					}
				}
				if !found {
					t.Errorf("no statement %q in %+v", w.text, res.Statements)
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
