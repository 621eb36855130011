package attribution

import "testing"

// TestResolveBodyDescriptions holds the family of a definite description
// of a body ("the state", "the company") in a story that gave someone a
// title with that word in it ("Secretary of State", "chief executive of
// the company"): the body speaks, not the title's holder. A description
// of a person still finds the one the story named.
func TestResolveBodyDescriptions(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	cases := []struct {
		name string
		doc  Document
		want []wantStatement
	}{
		{"the state is no Secretary of State",
			Document{Paragraphs: paragraphs(
				"Kestria Secretary of State Jon Husk has purged the voter rolls.",
				"Advocates recall the 2000 election in Ostra, when the state wrongly stated that 12,000 voters were felons.",
			)},
			[]wantStatement{{"the state", "", "12,000 voters were felons"}}},
		{"the company is no chief executive of the company",
			Document{Paragraphs: paragraphs(
				"Lena Velk, the chief executive of the company, met investors in Varn.",
				"The company says its policy is not to comment on rivals.",
			)},
			[]wantStatement{{"the company", "", "its policy is not to comment on rivals"}}},
		{"the secretary is still the Secretary of State",
			Document{Paragraphs: paragraphs(
				"Kestria Secretary of State Jon Husk has purged the voter rolls.",
				"The secretary said the rolls were clean.",
			)},
			[]wantStatement{{"Jon Husk", "", "the rolls were clean"}}},
	}
	for _, c := range cases {
		checkStatements(t, e, c.name, &c.doc, c.want)
	}
}
