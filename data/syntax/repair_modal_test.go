package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairModalBeforeAside: "will" between a subject and an aside
// before a verb's base form is the clause's modal; the noun "will" and a
// name stay nouns.
func TestRepairModalBeforeAside(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 tag.Tag
	}{
		{"a phrase of time as the aside", "The Ministry will, in the coming days, announce new steps it is taking.", "will", tag.MD},
		{"an aside with a participle", "Today, the President will, in an effort to get more kids 12 and older vaccinated, call on school districts to host clinics.", "will", tag.MD},
		{"the noun after a determiner", "The will, in the end, left everything to Tad Arno.", "will", tag.NN},
		{"the noun after a possessive", "Against the people's will, in March, Velk dissolved the Senate.", "will", tag.NN},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want && !(c.want == tag.NN && w.Tag.IsNoun()) {
			t.Errorf("%s: %s/%s, want %s: %s", c.name, w.Text, w.Tag, c.want, tags(s))
		}
	}
}
