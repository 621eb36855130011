package attribution

import (
	"testing"

	"github.com/brief-reader/brief/data/gazetteer"
)

// TestTheyAfterACallIsThePair: "they" in the clause after a call or a
// meeting of two people is the two, in the same sentence as in the next;
// an issuing office's byline over the text is no one "they" stands for.
func TestTheyAfterACallIsThePair(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	cases := []struct {
		name string
		doc  Document
		want []wantStatement
	}{
		{"and they after spoke with",
			Document{Paragraphs: paragraphs(
				"Foreign Minister Ilse Marrow spoke today with Orlavian Foreign Minister Jonas Vell and they jointly condemned the missile launch as a violation of the treaty.",
			)},
			[]wantStatement{{"Marrow and Vell", "", "the missile launch as a violation of the treaty"}}},
		{"and they after met with, under an office's byline",
			Document{Title: "Foreign Minister Marrow’s Meeting with Foreign Minister Vell", Paragraphs: paragraphs(
				"Office of the Spokesperson",
				"The below is attributable to Spokesperson Tom Arno:",
				"Foreign Minister Ilse Marrow met with Orlavian Foreign Minister Jonas Vell in Varn and they condemned the raid on the port.",
			)},
			[]wantStatement{{"Marrow and Vell", "", "the raid on the port"}}},
		{"a known person's surname wherever the name puts it",
			Document{Declared: gazetteer.Entries{People: []gazetteer.PersonEntry{{Name: "Ren Kobo", Surname: "Kobo", Aliases: []string{"Kobo Ren"}, Role: "Foreign Minister", Party: "Orlavia", Gender: "m"}}},
				Paragraphs: paragraphs(
					"Foreign Minister Ilse Marrow spoke today with Orlavian Foreign Minister Kobo Ren and they condemned the raid on the port.",
				)},
			[]wantStatement{{"Marrow and Kobo", "", "the raid on the port"}}},
		{"a list of partners still ends at and",
			Document{Paragraphs: paragraphs(
				"Foreign Minister Ilse Marrow met with Jonas Vell and Ana Dorsic in Varn, and they condemned the raid on the port.",
			)},
			[]wantStatement{{"Marrow, Vell, and Dorsic", "", "the raid on the port"}}},
	}
	for _, c := range cases {
		checkStatements(t, e, c.name, &c.doc, c.want)
	}
}

// TestIssuerBylineIsNoAntecedent: with no one named before it, "they"
// under "Office of the Spokesperson" is no one's: a byline office is no
// speaker named "Office".
func TestIssuerBylineIsNoAntecedent(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	for _, byline := range []string{"Office of the Spokesperson", "Office of the Press Secretary"} {
		doc := Document{Title: "On the Harbour", Paragraphs: paragraphs(
			byline,
			"They condemned the raid on the port as a violation of the treaty.",
		)}
		doc.Declared.Parties = inventedParties.Parties
		for _, st := range e.Attribute(&doc).Statements {
			t.Errorf("%s: %q given to %q", byline, st.Text, st.Speaker)
		}
	}
}
