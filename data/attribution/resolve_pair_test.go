package attribution

import "testing"

// TestPairNamesCarryNoJunk: a group of two named by its members' surnames
// takes each member's surname, not a suffix, a title's last word or a
// body's name that is part of a title.
func TestPairNamesCarryNoJunk(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	cases := []struct {
		name string
		doc  Document
		want []wantStatement
	}{
		{"a suffix after a comma is the name's, not a member",
			Document{Paragraphs: paragraphs(
				"President Jonas R. Vell, Jr. spoke today with President Emil Marrow of Orlavia. They underscored their commitment to peace.",
			)},
			[]wantStatement{{"Vell and Marrow", "", "their commitment to peace"}}},
		{"a suffix after a comma does not make the suffix the speaker",
			Document{Paragraphs: paragraphs(
				"President Jonas R. Vell, Jr. said the war must end.",
			)},
			[]wantStatement{{"Jonas R. Vell Jr.", "", "the war must end"}}},
		{"a country's name before a title is the title's",
			Document{Paragraphs: paragraphs(
				"Secretary Anna Verel spoke today with Democratic Republic of the Kestria (DRK) President Jon Tashe. They discussed the ties between Tesmar and the DRK.",
			)},
			[]wantStatement{{"Verel and Tashe", "", "the ties between Tesmar and the DRK"}}},
		{"a country's name before a title in parentheses is the title's too",
			Document{Paragraphs: paragraphs(
				"National Security Advisor Anna Verel spoke by phone today with Republic of Kestria (ROK) National Security Advisor Jon Tashe to discuss the launch. They both condemned the tests.",
			)},
			[]wantStatement{{"Verel and Tashe", "", "the tests"}}},
		{"two titles joined by and are one person's",
			Document{Paragraphs: paragraphs(
				"Secretary Anna Verel met yesterday with Kestrian Vice Prime Minister and Foreign Minister Jon Lutan in Port Selin. They discussed efforts to promote peace.",
			)},
			[]wantStatement{{"Verel and Lutan", "", "efforts to promote peace"}}},
		{"the titles after a partner's name are the name's, no partners",
			Document{Paragraphs: paragraphs(
				"National Security Advisor Anna Verel spoke by phone today with Dr. Amir Osk, Spokesperson and Chief Advisor to the President of Kestria. They discussed their shared commitment to peace.",
			)},
			[]wantStatement{{"Verel and Osk", "", "their shared commitment to peace"}}},
		{"a surname after an initial stays a name in a title-cased sentence",
			Document{Paragraphs: paragraphs(
				"Secretary of State Anna K. Woven spoke today with Kestrian President Jon Tad Orlo Tashe. They discussed the Harbor Accord.",
			)},
			[]wantStatement{{"Woven and Tashe", "", "the Harbor Accord"}}},
	}
	for _, c := range cases {
		checkStatements(t, e, c.name, &c.doc, c.want)
	}
}
