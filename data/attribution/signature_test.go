package attribution_test

import (
	"fmt"
	"testing"

	"github.com/brief-reader/brief/data/attribution"
)

// TestAttributeSignedQuotations: a quotation signed with a dash, in its
// paragraph or in the next ("“…”" then "– Foreign Minister Ana Velk, May
// 28, 2021", as a fact sheet opens on an epigraph), is the signer's; so
// is an unquoted epigraph, which the document's own voice then leaves
// alone; a byline under narration and a list item opened by a dash sign
// nothing.
func TestAttributeSignedQuotations(t *testing.T) {
	t.Parallel()
	e := newEngine(t)
	cases := []struct {
		name string
		doc  *attribution.Document
		want []said
	}{
		{"a signature under a quotation",
			document("Fact sheet: Tesmar and Orlavia",
				"“Tesmar stands with the people of Orlavia in their hour of need.”",
				"– Foreign Minister Ana Velk, May 28, 2021",
				"The minister will travel to Ostra on Monday."),
			[]said{{"Ana Velk", "Tesmar", attribution.Direct, "", "Tesmar stands with the people of Orlavia in their hour of need.", 0}}},
		{"a signature in the quotation's paragraph",
			document("Dam talks",
				"Kestria and Orlavia signed the accord on Monday.",
				"“We will not retreat from the table.” — Jonas Vell"),
			[]said{{"Jonas Vell", "Orlavia", attribution.Direct, "", "We will not retreat from the table.", 1}}},
		{"an unquoted epigraph",
			document("Statement by the Tesmari Foreign Ministry",
				"We are making the river the centerpiece of our diplomacy. We believe water is a right.",
				"– Ana Velk",
				"Today the ministry released its report."),
			[]said{{"Ana Velk", "Tesmar", attribution.Reported, "", "We are making the river the centerpiece of our diplomacy. We believe water is a right.", 0}}},
		{"a byline under narration",
			document("Hearing",
				"Before the hearing, the committee interviewed two aides of the minister.",
				"– Mara Tillon."),
			nil},
		{"a list opened by dashes",
			document("Demands",
				"The unions listed their demands.",
				"– Raise the minimum wage",
				"– Extend the tax credit"),
			nil},
	}
	for _, c := range cases {
		var got []said
		for _, st := range e.Attribute(c.doc).Statements {
			got = append(got, saidOf(st))
			checkSpan(t, c.name, c.doc, st)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s:\n got %v\nwant %v", c.name, got, c.want)
		}
	}
}
