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
		{"a verb the tagger made a plural noun before a coordinated clause", "If KMA authorizes and KDC recommends one or both plans, it would be a milestone.", "authorizes", tag.VBZ},
		{"the same after an article", "If the KMA authorizes and the KDC recommends that kids get the shot, shots will begin.", "authorizes", tag.VBZ},
		{"a compound subject stays a noun", "Kestria officials and the Board agreed on Monday.", "officials", tag.NNS},
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
