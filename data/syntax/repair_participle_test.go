package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairParticipleObject: a regular past between a verb of saying
// and a noun describes the verb's object, and the verb of saying after
// a subject pronoun or a name is the clause's verb; after a verb whose
// content is a clause, the past may be that clause's verb.
func TestRepairParticipleObject(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 tag.Tag
	}{
		{"the verb after a pronoun", "He urged continued democratic reforms.", "urged", tag.VBD},
		{"the participle after it", "He urged continued democratic reforms.", "continued", tag.JJ},
		{"after a name", "Minister Velk welcomed continued progress on the dam.", "welcomed", tag.VBD},
		{"after a finite verb of saying", "She encouraged increased cooperation with Orlavia.", "increased", tag.JJ},
		{"a clause's verb after a verb of saying a clause", "These killings, that the council at the time concluded constituted ethnic cleansing, ended.", "constituted", tag.VBN},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want {
			t.Errorf("%s: %s/%s, want %s: %s", c.name, w.Text, w.Tag, c.want, tags(s))
		}
	}
}
