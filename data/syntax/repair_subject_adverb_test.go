package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairSubjectAdverb: a preposition between a subject and its past
// verb of saying is an adverb of the verb; a preposition before a noun,
// or after a time's name, stays one.
func TestRepairSubjectAdverb(t *testing.T) {
	for _, c := range []struct {
		sentence, word string
		want           tag.Tag
	}{
		{"President Tashe says that the border stays open, but he also once said that it would close.", "once", tag.RB},
		{"He once said that the port would close.", "once", tag.RB},
		{"Once the port closed, Velk said nothing.", "Once", tag.IN},
		{"Concerns rose Monday over claims that the ballots had flowed in late.", "over", tag.IN},
	} {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want {
			t.Errorf("%s/%s, want %s: %s", w.Text, w.Tag, c.want, tags(s))
		}
	}
}
