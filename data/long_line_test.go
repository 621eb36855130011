package data

import (
	"strings"
	"testing"
)

// Lines of 128 KiB with no break in them load and attribute, whether
// they are one endless sentence, many sentences, or one unclosed quote.
// 128 KiB is twice the 64 KiB where line readers (bufio.Scanner) and
// parseText's sample stop, the only bounds a line meets in data; a cost
// quadratic in the line would still take minutes. A megabyte was 1 to 2
// CPU-s a case under -race, a quarter megabyte (four times the bound)
// 1.1 CPU-s for the four, twice what this costs (issue #13).
func TestLongLines(t *testing.T) {
	t.Parallel()
	const size = 1 << 17
	fill := func(unit string) string { return strings.Repeat(unit, size/len(unit)+1)[:size] }
	cases := map[string]string{
		"no punctuation":   fill("the envoys of Vesk talk and "),
		"many sentences":   fill("Minister Ada Morrow said that the talks in Port Ilden went well. "),
		"unclosed quote":   "“" + fill("we are ready to talk again and "),
		"no spaces at all": fill("x"),
	}
	a := attrTestAttributor(t)
	for name, line := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel() // one Attributor for all, as the loader shares it
			b, err := Parse("long.txt", []byte("Vesk Talks\n"+line+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			if len(b.Paragraphs) != 1 || len(b.Paragraphs[0].Text) < size-8 {
				t.Fatalf("%d paragraphs, want the one long line whole", len(b.Paragraphs))
			}
			a.Attribute(b)
			for _, s := range b.Statements {
				if s.Paragraph != 1 || s.Span.Start < 0 || int(s.Span.End) > len(b.Paragraphs[0].Text) || s.Span.Start > s.Span.End {
					t.Fatalf("statement outside its paragraph: ¶%d %+v", s.Paragraph, s.Span)
				}
			}
			if name == "many sentences" && len(b.Statements) == 0 {
				t.Error("no statement found in 128 KiB of 'X said that …'")
			}
		})
	}
}
