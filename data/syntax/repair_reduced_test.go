package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairReducedBeforeCue: an "-ed" form after a common noun, followed
// by a preposition or a word of time and then by a verb of saying, is a
// participle describing the speaker; a verb whose object may be a clause,
// a clause a comma and a new subject end, and a verb of saying whose
// finite verbs are all inside its that-clause keep their tags.
func TestRepairReducedBeforeCue(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 tag.Tag
	}{
		{"a preposition after the participle", "Protesters gathered outside the ministry said the vote was rigged.", "gathered", tag.VBN},
		{"a word of time after it", "“The claim is speculative,” the order released Friday said.", "released", tag.VBN},
		{"an aside right before the cue", "Veterans interviewed at rallies in Orlavia this week, including Tad Arno, said they had no problem with it.", "interviewed", tag.VBN},
		{"a clause and a new subject after a comma", "Velk arrived in Hollin on Friday, officials said.", "arrived", tag.VBD},
		{"a noun phrase after the verb", "Officials believed the ministers said nothing.", "believed", tag.VBD},
		{"a name before it", "Velk appeared on Sunday and said nothing.", "appeared", tag.VBD},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want {
			t.Errorf("%s: %s/%s, want %s: %s", c.name, w.Text, w.Tag, c.want, tags(s))
		}
	}
}
