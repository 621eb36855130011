package attribution

import "testing"

// TestResolveTitleWordSurnames holds the family of surnames that are
// also title words (King, Judge): after a given name the story
// gave, "Mr. King" is that person, not a description a role elsewhere
// in the story could take.
func TestResolveTitleWordSurnames(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	cases := []struct {
		name string
		doc  Document
		want []wantStatement
	}{
		{"Mr. King is the Larry King the story named, not a role's holder",
			Document{Paragraphs: paragraphs(
				"Last week, I caught Larry King on his media perch, the Orla network.",
				"Jon Dickey, the chief executive of Ora Media -- the production company that owns Mr. King's Orla programming, which is also streamed online -- told me, “We're a content provider.”",
				"“I have never been edited,” Mr. King, 82, told me.",
				"Mr. King said that he was not familiar with the rest of the programming.",
			)},
			[]wantStatement{
				{"Jon Dickey", "", "We're a content provider."},
				{"Larry King", "", "I have never been edited"},
				{"Larry King", "", "he was not familiar with the rest of the programming"},
			}},
		{"a title word after a given name the story never gives is still a surname",
			Document{Paragraphs: paragraphs(
				"In Varn, Tom Arno met Lena Judge, a Tesmari lawyer.",
				"Ms. Judge said the case would go on.",
			)},
			[]wantStatement{{"Lena Judge", "", "the case would go on"}}},
		{"the governor's aside names her past a second appositive, not the governor named before",
			Document{Paragraphs: paragraphs(
				"Tom Arno, the governor of Ostra, met voters in Varn on Monday.",
				"Kestria's governor, Lena Velk, a Tesmari, said Tuesday that she had voted for Mr. Arno.",
			)},
			[]wantStatement{{"Lena Velk", "", "she had voted for Mr. Arno"}}},
	}
	for _, c := range cases {
		checkStatements(t, e, c.name, &c.doc, c.want)
	}
}
