package attribution

import (
	"testing"

	"github.com/brief-reader/brief/data/gazetteer"
)

// TestSeatInTitleGivesParty: an official whose title names a seat of a
// government by its name or its acronym ("TSC Spokesperson") speaks for
// that government, in a statement's title as in prose, with no address
// to say whose page the text is.
func TestSeatInTitleGivesParty(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	declared := gazetteer.Entries{Parties: []gazetteer.PartyEntry{
		{Name: "Tesmar", Demonyms: []string{"Tesmari"}, Capital: "Varn", Kind: "state", Seats: []string{"Tesmar Security Council = TSC"}},
		{Name: "Orlavia", Demonyms: []string{"Orlavian"}, Capital: "Ostra", Kind: "state"},
	}}
	cases := []struct {
		name string
		doc  Document
		want []wantStatement
	}{
		{"a statement's title", Document{Title: "Statement by TSC Spokesperson Ana Velk on Travel to Orlavia",
			Paragraphs: paragraphs("Deputy Advisor Jon Arno will travel to Ostra on Monday for talks on the river.")},
			[]wantStatement{{"Ana Velk", "Tesmar", "Deputy Advisor Jon Arno will travel to Ostra on Monday for talks on the river."}}},
		{"prose", Document{Paragraphs: paragraphs("TSC Spokesperson Ana Velk said the talks failed.")},
			[]wantStatement{{"Ana Velk", "Tesmar", "the talks failed"}}},
		{"the full name", Document{Paragraphs: paragraphs("Tesmar Security Council Spokesperson Ana Velk said the talks failed.")},
			[]wantStatement{{"Ana Velk", "Tesmar", "the talks failed"}}},
	}
	for _, c := range cases {
		c.doc.Declared = declared
		res := e.Attribute(&c.doc)
		for _, w := range c.want {
			found := false
			for _, st := range res.Statements {
				if st.Text == w.text {
					found = true
					if st.Speaker != w.speaker || st.Party != w.party {
						t.Errorf("%s: %q: speaker %q (%q), want %q (%q)", c.name, w.text, st.Speaker, st.Party, w.speaker, w.party)
					}
				}
			}
			if !found {
				t.Errorf("%s: no statement %q in %+v", c.name, w.text, res.Statements)
			}
		}
	}
}
