package attribution

import "testing"

// TestResolveAgreement holds the families of wrong antecedents a story
// with two people of one surname, names the lexicon knows the gender
// of, a name that closes the phrase opening its sentence, and a place
// met in passing give.
func TestResolveAgreement(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	cases := []struct {
		name string
		doc  Document
		want []wantStatement
	}{
		{"a lone surname is the person of that name the story introduced first",
			Document{Paragraphs: paragraphs(
				"Maren Arda, who was an adviser to former President Jonas Arda, said Arda kept her illness from the public.",
				"Arda noted the illness in her 2003 memoir. “I could barely walk,” Arda wrote.",
			)},
			[]wantStatement{{"Maren Arda", "", "the illness"}, {"Maren Arda", "", "I could barely walk"}}},
		{"she is not a man whose given name the lexicon knows",
			Document{Paragraphs: paragraphs(
				"The gathering heard from Loretta Dorn and Tomas Kell.",
				"Dorn described Kell as reckless after she said the plan had failed.",
			)},
			[]wantStatement{{"Loretta Dorn", "", "the plan had failed"}}},
		{"a lone name after a title is a surname, though it is also a woman's given name",
			Document{Paragraphs: paragraphs(
				"Tesmari Agriculture Minister Robert Bonnie led a call with growers on Monday.",
				"Minister Bonnie emphasized that the new fund would grow.",
			)},
			[]wantStatement{{"Robert Bonnie", "Tesmar", "the new fund would grow"}}},
		{"a name that closes the phrase opening its sentence is its subject, and the possessor before it is not",
			Document{Paragraphs: paragraphs(
				"Lester Dorn said the first debate would run long. The forum drew a large crowd.",
				"Dorn's longtime network colleague Matt Brevik faced criticism after he asked Ana Tesk about her plan.",
			)},
			[]wantStatement{{"Matt Brevik", "", "Ana Tesk about her plan"}}},
		{"a gerund's quotation that closes before the comma ends its phrase",
			Document{Paragraphs: paragraphs(
				"Citing “old debts,” the Kestrian envoy told the council the loan was off.",
			)},
			[]wantStatement{{"the Kestrian envoy", "", "old debts"}}},
	}
	for _, c := range cases {
		checkStatements(t, e, c.name, &c.doc, c.want)
	}
}

// TestItIsNoPlaceMetInPassing: "it" does not stand for a name the story
// met only as where something happens.
func TestItIsNoPlaceMetInPassing(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	doc := Document{Paragraphs: paragraphs(
		"Sen. Tomas Velk spent the week in Dorva Hill and Ostrel Kane, where the first votes fall.",
		"The strategy that Velk outlined was notable. Now his team is bracing supporters for a drawn-out race that it says will ultimately reward his versatility.",
	)}
	doc.Declared.Parties = inventedParties.Parties
	for _, st := range e.Attribute(&doc).Statements {
		if st.Speaker == "Ostrel Kane" || st.Speaker == "Dorva Hill" {
			t.Errorf("%q said by the place %q", st.Text, st.Speaker)
		}
	}
}
