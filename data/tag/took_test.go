package tag_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestTook: the tags a word took in training, which the syntax layer
// asks before it trusts a tag guessed from a suffix.
func TestTook(t *testing.T) {
	t.Parallel()
	tg := tag.Default()
	cases := []struct {
		word string
		tag  tag.Tag
		want bool
	}{
		{"really", tag.RB, true},
		{"the", tag.DT, true},
		{"rally", tag.RB, false}, // tagged RB by its "-lly", never seen as one
		{"Kestria", tag.RB, false},
	}
	for _, c := range cases {
		if got := tg.Took(c.word, c.tag); got != c.want {
			t.Errorf("Took(%q, %s) = %v, want %v", c.word, c.tag, got, c.want)
		}
	}
	var zero tag.Tagger
	if zero.Took("really", tag.RB) {
		t.Error("a zero Tagger took a tag")
	}
}
