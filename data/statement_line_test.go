package data

import "testing"

func TestStatementLine(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, text, want string }{
		{"one paragraph", "We will not  retreat\nfrom the table.", "We will not retreat from the table."},
		{"a sentence ends the paragraph", "We will not retreat.\n\nThe border stays open.", "We will not retreat. The border stays open."},
		{"inside closing marks", "We asked, “Why now?”\n\nThe border stays open.", "We asked, “Why now?” The border stays open."},
		{"a dash breaks off", "We will not —\n\nThe border stays open.", "We will not — The border stays open."},
		{"no sentence mark", "We will not retreat from the table\n\nThe border stays open.", "We will not retreat from the table ¶ The border stays open."},
		{"three paragraphs", "Kestria waits\n\nTesmar talks.\n\nOrlavia acts", "Kestria waits ¶ Tesmar talks. Orlavia acts"},
		{"a trailing break", "Tesmar talks\n\n", "Tesmar talks"},
	}
	for _, c := range cases {
		if got := StatementLine(c.text); got != c.want {
			t.Errorf("%s: StatementLine(%q) = %q, want %q", c.name, c.text, got, c.want)
		}
	}
}
