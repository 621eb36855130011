package voice

import "testing"

// TestLabelledStatements: a paragraph that labels a statement ("Statement
// from …:", "Joint Statement of …") gives the paragraphs after it, quoted
// or not, to the speakers it names, up to the next label or the
// release's narration; a label that names no one, or one that is a
// document's title in running text, gives nothing.
func TestLabelledStatements(t *testing.T) {
	r := testReader(t)
	cases := []struct {
		name  string
		paras []string
		want  []turnWant
	}{
		{"two labelled quotations", []string{
			"Today, President Ana Velk named Daro Venn her new envoy to Tesmar.",
			"Statement from President Ana Velk:",
			"“Daro Venn is uniquely qualified for this post, and I look forward to his work.”",
			"Statement from Foreign Minister Pela Oru:",
			"“I am proud to welcome Daro to Tesmar.”",
		}, []turnWant{
			{2, "Ana Velk", "Kestria", false, "“Daro Venn is uniquely qualified for this post, and I look forward to his work.”"},
			{4, "Pela Oru", "Tesmar", false, "“I am proud to welcome Daro to Tesmar.”"},
		}},
		{"a label whose place only holds a party's name", []string{
			"Statement from New Orlavia Governor Dara Quill:",
			"“The river towns will be rebuilt.”",
		}, []turnWant{{1, "Dara Quill", "", false, "“The river towns will be rebuilt.”"}}},
		{"a quotation over two paragraphs, then the narration", []string{
			"Statement of Daro Venn, Executive Director, Kestrian Foreign Ministry:",
			"“We are at a critical time for the river.",
			"“We must rebuild the dam before the rains.”",
			"The dam was built in 1961.",
		}, []turnWant{
			{1, "Daro Venn", "Kestria", false, "“We are at a critical time for the river."},
			{2, "Daro Venn", "Kestria", false, "“We must rebuild the dam before the rains.”"},
		}},
		{"a joint statement's label without a colon, unquoted", []string{
			"Joint Statement of Kestria and Tesmar",
			"Kestria and Tesmar welcome the ceasefire.",
			"The talks resume on Friday.",
		}, []turnWant{{1, "Kestria and Tesmar", "", false, "Kestria and Tesmar welcome the ceasefire."}}},
		{"a title alone is the resolver's", []string{
			"Statement from the Governor:",
			"“We will rebuild the bridge.”",
		}, nil},
		{"a label in running text is no label", []string{
			"Statement of Kestria on the dam, issued today, welcomed the talks.",
			"“We will rebuild the bridge.”",
		}, nil},
		{"a quotation inside narration is the statement stage's", []string{
			"Statement from President Ana Velk:",
			"Velk told reporters, “We are glad.”",
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Document{Title: "Envoy named", Paragraphs: paras(c.paras...)}
			v := r.Read(&d)
			var got []turnWant
			for _, tu := range v.Turns {
				got = append(got, turnWant{tu.Para, tu.Speaker.Name, party(r, tu.Speaker.Party), tu.Question, d.Paragraphs[tu.Para].Text[tu.Start:tu.End]})
				if tu.Cue != "statement" {
					t.Errorf("turn %d: cue %q, want \"statement\"", tu.Para, tu.Cue)
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("turns:\n%s\nwant:\n%s", show(got), show(c.want))
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("turn %d: %+v, want %+v", i, got[i], c.want[i])
				}
			}
		})
	}
}
