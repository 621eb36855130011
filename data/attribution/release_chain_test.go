package attribution

import "testing"

// TestReleaseJoinsSayings: a readout's, a bylined release's or a
// government's page's subject says one thing with verbs joined in a
// sentence; a news story or a transcript with no voice of its own and on
// no government's page keeps each verb's.
func TestReleaseJoinsSayings(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	const sentence = "Minister Ana Velk commended the efforts of the envoys and called on Orlavia’s leaders to keep the peace."
	cases := []struct {
		name string
		doc  Document
		want []wantStatement
	}{
		{"a readout", Document{Title: "Readout of Minister Velk’s Call with Minister Arno", Paragraphs: paragraphs(sentence)},
			[]wantStatement{{"Ana Velk", "", "the efforts of the envoys and called on Orlavia’s leaders to keep the peace"}}},
		{"a bylined release", Document{Title: "On the Harbour", Paragraphs: paragraphs("Jon Arno, Department Spokesperson", sentence)},
			[]wantStatement{{"Ana Velk", "", "the efforts of the envoys and called on Orlavia’s leaders to keep the peace"}}},
		{"a news story", Document{Title: "Talks in Varn", Paragraphs: paragraphs(sentence)},
			[]wantStatement{{"Ana Velk", "", "the efforts of the envoys"}, {"Ana Velk", "", "Orlavia’s leaders to keep the peace"}}},
		{"a government's page", Document{Title: "Talks in Varn", Publisher: "Tesmar Ministry of Foreign Affairs", Paragraphs: paragraphs(sentence)},
			[]wantStatement{{"Ana Velk", "Tesmar", "the efforts of the envoys and called on Orlavia’s leaders to keep the peace"}}},
		{"a transcript on no government's page", Document{Title: "Remarks at the Harbour Forum", Paragraphs: []Paragraph{
			{Label: "MODERATOR", Text: "Good morning, and welcome."},
			{Label: "MR. ARNO", Text: sentence},
		}},
			[]wantStatement{{"Ana Velk", "", "the efforts of the envoys"}, {"Ana Velk", "", "Orlavia’s leaders to keep the peace"}}},
	}
	for _, c := range cases {
		checkStatements(t, e, c.name, &c.doc, c.want)
	}
}
