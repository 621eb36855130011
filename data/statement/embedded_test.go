package statement_test

import "testing"

// TestEmbeddedSayingKeepsContent: an adverbial clause set off by dashes
// is an aside the content's clause goes on past (the aside itself is not
// shown in it).
func TestEmbeddedSayingKeepsContent(t *testing.T) {
	checkStatements(t, []statementCase{
		{"an adverbial aside between dashes",
			[]string{"But analysts note that Jonas Vell — even as he says his record makes him fit to lead — has signed none of its terms."},
			[]string{`note direct=false: ¶0 "Jonas Vell" ¶0 "has signed none of its terms"`}},
	})
}
