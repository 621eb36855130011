package attribution

import (
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// TestDefiniteBody: a speaker phrase that names one body by its common
// noun. No chained frame reaches it with an empty speaker today, so the
// empty phrases are asked directly: one at the sentence's first word,
// whose head would be word -1, and one past its last word.
func TestDefiniteBody(t *testing.T) {
	t.Parallel()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := text.Analyze([]string{"The agency said the port in Varn would reopen, and any company could use it."}, lex)
	b := syntax.Builder{Lexicon: lex, Tagger: tag.Default()}
	s := b.BuildTagged(d, 0, d.Paragraphs[0].Sentences[0])
	n := len(s.Words)
	cases := []struct {
		name string
		p    syntax.Phrase
		want bool
	}{
		{"The agency", syntax.Phrase{From: 0, To: 2}, true},
		{"the port in Varn", syntax.Phrase{From: 3, To: 7}, false}, // a port is no body
		{"any company", syntax.Phrase{From: 11, To: 13}, false},
		{"empty at the first word", syntax.Phrase{From: 0, To: 0}, false},
		{"empty past the last word", syntax.Phrase{From: n, To: n}, false},
	}
	for _, c := range cases {
		var ws []string
		for _, w := range s.Words[c.p.From:c.p.To] {
			ws = append(ws, w.Text)
		}
		if !c.p.Empty() && strings.Join(ws, " ") != c.name {
			t.Fatalf("%s: the phrase is %q", c.name, strings.Join(ws, " "))
		}
		if got := definiteBody(&s, c.p); got != c.want {
			t.Errorf("%s: definiteBody = %v, want %v", c.name, got, c.want)
		}
	}
}
