package statement_test

import "testing"

// TestEmbeddedSayingKeepsContent: a saying whose speaker follows a
// preposition or a relative word of the content ("by …", "a report in
// which …") sits inside the content, which goes on past it; after a comma
// the preposition opens the writer's words and the content ends before
// them. An adverbial clause set off by dashes is an aside the content's
// clause goes on past (the aside itself is not shown in it).
func TestEmbeddedSayingKeepsContent(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a relative word straight after its noun",
			[]string{"Ana Velk cited a report in which Kestrian officials said the dam was unsafe."},
			[]string{
				`cited direct=false: ¶0 "a report in which Kestrian officials said the dam was unsafe"`,
				`said direct=false: ¶0 "the dam was unsafe"`,
			}},
		{"a preposition whose object says something",
			[]string{"Ana Velk said she had no talks with envoys who suggested that Orlavia leave the pact."},
			[]string{`said direct=false: ¶0 "she had no talks with envoys who suggested that Orlavia leave the pact"`}},
		{"a writer's comparison after a comma is cut off",
			[]string{"Forty percent of voters said yes, compared with 20 percent who said the pact was unfair."},
			[]string{
				`said direct=false: ¶0 "yes"`,
				`said direct=false: ¶0 "the pact was unfair"`,
			}},
		{"an adverbial aside between dashes",
			[]string{"But analysts note that Jonas Vell — even as he says his record makes him fit to lead — has signed none of its terms."},
			[]string{`note direct=false: ¶0 "Jonas Vell" ¶0 "has signed none of its terms"`}},
	})
}

// TestFreeRelativeIsTheNextSaying: "what" defines no noun of the content;
// the saying after it stays a statement of its own (the outer content's
// own end at the free relative is left as it was).
func TestFreeRelativeIsTheNextSaying(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a free relative before the next speaker",
			[]string{"Ana Velk said the treaty is not what Jonas Vell said it was."},
			[]string{
				`said direct=false: ¶0 "the treaty is not what"`,
				`said direct=false: ¶0 "it was"`,
			}},
	})
}
