package views

import (
	"testing"

	"github.com/brief-reader/brief/data"
)

// A statement over two paragraphs, the first ending on no sentence mark,
// shows the break in the quote view's entry: "the table The border" would
// read as one sentence.
func TestStatementWordsShowParagraphBreak(t *testing.T) {
	t.Parallel()
	st := NewStyles(ThemeNoColor)
	cases := []struct {
		s    data.Statement
		want string
	}{
		{data.Statement{Kind: data.Direct, Text: "We stay at the table\n\nThe border is open."}, "“We stay at the table ¶ The border is open.”"},
		{data.Statement{Kind: data.Direct, Text: "We stay at the table.\n\nThe border is open."}, "“We stay at the table. The border is open.”"},
		{data.Statement{Kind: data.Reported, Text: "the talks\n  will go on"}, "the talks will go on"},
	}
	for _, c := range cases {
		if got, _ := statementWords(&st, c.s); got != c.want {
			t.Errorf("statementWords(%q) = %q, want %q", c.s.Text, got, c.want)
		}
	}
}
