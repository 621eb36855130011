package attribution_test

import (
	"testing"

	"github.com/brief-reader/brief/data/attribution"
	"github.com/brief-reader/brief/data/gazetteer"
)

// TestPublisherWeFramed: on a government's page that names no author,
// a "we" before a verb of saying ("We encourage anyone …", "we urge
// Orlavia to …") is the publisher's, as its unframed "we" is; inside a
// quotation, in a readout's narration, or on a page that names an
// author, it is not the publisher's.
func TestPublisherWeFramed(t *testing.T) {
	t.Parallel()
	e := newEngine(t)
	entries := gazetteer.Entries{
		Parties: append([]gazetteer.PartyEntry{{Name: "Kestria", Demonyms: []string{"Kestrian"}, Domains: []string{"kestria.example"}}}, declared.Parties[:2]...),
		People:  []gazetteer.PersonEntry{{Name: "Ana Velk", Role: "Foreign Minister", Party: "Kestria", Gender: "f"}, {Name: "Jonas Vell", Role: "Ambassador", Party: "Orlavia", Gender: "m"}},
	}
	doc := func(title string, paras ...string) *attribution.Document {
		d := &attribution.Document{Title: title, Source: "https://kestria.example/releases/x", Declared: entries}
		for _, p := range paras {
			d.Paragraphs = append(d.Paragraphs, attribution.Paragraph{Text: p})
		}
		return d
	}
	cases := []struct {
		name string
		doc  *attribution.Document
		want []said // speaker, party, cue and text only
	}{
		{"a reward offer's we", doc("Reward Offer for Information on the Delta Attack",
			"The Kestrian reward program is offering a reward for information on the attack.",
			"We encourage anyone with information on the attack to contact the program."),
			[]said{{speaker: "Kestria", party: "Kestria", cue: "encourage", text: "anyone with information on the attack to contact the program"}}},
		{"a quoted we is the quotation's", doc("Reward Offer for Information on the Delta Attack",
			"“We encourage anyone with information to come forward,” Ambassador Jonas Vell said."),
			[]said{{speaker: "Jonas Vell", party: "Orlavia", cue: "said", text: "We encourage anyone with information to come forward"}}},
		{"a readout's we is no one's", doc("Readout of Foreign Minister Velk's Call with Ambassador Vell",
			"Foreign Minister Velk spoke with Ambassador Vell. We urge Orlavia to open the border."),
			nil},
		{"an author's we stays the author's", doc("Delta Attack",
			"Ana Velk, Foreign Minister",
			"We urge Orlavia to open the border."),
			[]said{{speaker: "Ana Velk", party: "Kestria", cue: "urge", text: "Orlavia to open the border"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := e.Attribute(c.doc)
			var got []said
			for _, st := range res.Statements {
				got = append(got, said{speaker: st.Speaker, party: st.Party, cue: st.Cue, text: st.Text})
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("got %v, want %v", got[i], c.want[i])
				}
			}
		})
	}
}
