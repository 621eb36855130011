package data

import (
	"strings"
	"testing"
)

// Lines of a quarter megabyte with no break in them load and attribute,
// whether they are one endless sentence, many sentences, or one unclosed
// quote. A quarter megabyte is four times the 64 KiB where line readers
// (bufio.Scanner) and parseText's sample stop, and a cost quadratic in the
// line would still show; a megabyte was 1 to 2 CPU-s a case under -race
// (issue #13).
func TestLongLines(t *testing.T) {
	t.Parallel()
	const size = 1 << 18
	fill := func(unit string) string { return strings.Repeat(unit, size/len(unit)+1)[:size] }
	cases := map[string]string{
		"no punctuation":   fill("the envoys of Vesk talk and "),
		"many sentences":   fill("Minister Ada Morrow said that the talks in Port Ilden went well. "),
		"unclosed quote":   "“" + fill("we are ready to talk again and "),
		"no spaces at all": fill("x"),
	}
	a, _ := NewAttributor("")
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
				t.Error("no statement found in a quarter megabyte of 'X said that …'")
			}
		})
	}
}
