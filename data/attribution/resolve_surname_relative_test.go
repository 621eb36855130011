package attribution

import "testing"

// TestSurnameOfTheOneCalledSo: a lone surname two people of the story
// share is the one the story already calls by it, not the relative named
// in full since ("Heidi Cruz" does not take over "Cruz said").
func TestSurnameOfTheOneCalledSo(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	cases := []struct {
		name string
		doc  Document
		want []wantStatement
	}{
		{"a wife named in full after her husband's surname does not take it over",
			Document{Paragraphs: paragraphs(
				"Senator Tomas Brel of Tesmar said he would not back the treaty.",
				"“I will tell the truth,” Brel said at the time.",
				"Rivals had mocked a photo of his wife, Mira Brel, at a rally in Varn.",
				"“I do not support people who attack my wife,” Brel said in July.",
			)},
			[]wantStatement{{"Tomas Brel", "Tesmar", "I do not support people who attack my wife"}}},
		{"a lone surname with no one called so yet is the one the story introduced first",
			Document{Paragraphs: paragraphs(
				"Tomas Brel met Mira Brel in Varn on Monday.",
				"“The talks are over,” Brel said.",
			)},
			[]wantStatement{{"Tomas Brel", "", "The talks are over"}}},
	}
	for _, c := range cases {
		checkStatements(t, e, c.name, &c.doc, c.want)
	}
}
