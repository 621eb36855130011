package attribution

import "testing"

// TestResolveWrongSpeakerFamilies holds the families of wrong speakers
// found in news prose, each as a short invented story: the speaker a
// reader gives the statement, not the nearest name.
func TestResolveWrongSpeakerFamilies(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	cases := []struct {
		name string
		doc  Document
		want []wantStatement
	}{
		{"a surname the tagger reads as a plural noun still names its person for a later he",
			Document{Paragraphs: paragraphs(
				"Jon Peters, a Tesmari senator, met Tom Arno in Varn on Monday.",
				"“The talks are over,” Arno said.",
				"Peters looked calm. He said the count would go ahead.",
			)},
			[]wantStatement{{"Jon Peters", "", "the count would go ahead"}}},
		{"the Post after The Hollin Post is the one body, named in full",
			Document{Paragraphs: paragraphs(
				"The Hollin Post noted that Tom Arno was seen in Ostra.",
				"The Post reported that the visit was short. It added that the talks would resume.",
			)},
			[]wantStatement{
				{"the Hollin Post", "", "the visit was short"},
				{"the Hollin Post", "", "the talks would resume"},
			}},
		{"two departments leave the Department unsaid",
			Document{Paragraphs: paragraphs(
				"The Tesmari Defence Department and the Orlavian Trade Department met in Varn.",
				"The Department said the talks would resume.",
			)},
			[]wantStatement{{"the Department", "", "the talks would resume"}}},
		{"the two after a pair named together is the pair",
			Document{Paragraphs: paragraphs(
				"Deputy Secretary Lena Velk spoke today with Foreign Minister Tom Arno.",
				"The two agreed that the talks would resume.",
			)},
			[]wantStatement{{"Velk and Arno", "", "the talks would resume"}}},
		{"the two with no pair before is a group of its own",
			Document{Paragraphs: paragraphs(
				"The two agreed that the talks would resume.",
			)},
			[]wantStatement{{"the two", "", "the talks would resume"}}},
	}
	for _, c := range cases {
		checkStatements(t, e, c.name, &c.doc, c.want)
	}
}
