package voice

import "testing"

// TestIssuerBylineParagraph: the head's first paragraph that is wholly a
// byline naming an issuing body is told to the stages after voice, which
// then read no one in it; a person's byline, a byline with more words, or
// one below the head's first paragraph is none.
func TestIssuerBylineParagraph(t *testing.T) {
	t.Parallel()
	r := testReader(t)
	const body = "The Department condemned the raid on the port."
	cases := []struct {
		name  string
		paras []Paragraph
		want  int32
	}{
		{"first paragraph", []Paragraph{{Text: "Office of the Spokesperson"}, {Text: body}}, 0},
		{"with its period", []Paragraph{{Text: "Office of the Press Secretary."}, {Text: body}}, 0},
		{"under a heading", []Paragraph{{Text: "On the Harbour", Heading: true}, {Text: "Office of the Spokesperson"}, {Text: body}}, 1},
		{"a person's byline", []Paragraph{{Text: "Toma Brandt, Department Spokesperson"}, {Text: body}}, -1},
		{"more than the byline", []Paragraph{{Text: "Office of the Spokesperson of Kestria"}, {Text: body}}, -1},
		{"below the first paragraph", []Paragraph{{Text: body}, {Text: "Office of the Spokesperson"}}, -1},
	}
	for _, c := range cases {
		v := r.Read(&Document{Title: "On the Harbour", Paragraphs: c.paras})
		if v.IssuerByline != c.want {
			t.Errorf("%s: IssuerByline = %d, want %d", c.name, v.IssuerByline, c.want)
		}
	}
	if v := (&Reader{}).Read(&Document{Paragraphs: []Paragraph{{Text: "Office of the Spokesperson"}}}); v.IssuerByline != -1 {
		t.Errorf("no lexicon: IssuerByline = %d, want -1", v.IssuerByline)
	}
}
