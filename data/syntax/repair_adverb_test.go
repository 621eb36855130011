package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairUnseenAdverbs: a word the tagger made an adverb by its
// "-lly" ending, never having seen it as one, is a noun where a noun
// phrase ends; an adverb it knows, and one before an adjective, stay.
func TestRepairUnseenAdverbs(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 tag.Tag
	}{
		{"after an adjective, before the verb", "The organizer of a pro-Velk rally said the rules increased violence.", "rally", tag.NN},
		{"after a determiner, before a preposition", "A close ally of Velk said so.", "ally", tag.NN},
		{"after a noun", "At a campaign rally Velk said the rules were bad.", "rally", tag.NN},
		{"a known adverb", "Velk spoke really well of the rally.", "really", tag.RB},
		{"an adjective's adverb after a name", "When Mr. Velk implicitly criticizes Mr. Arno, voters listen.", "implicitly", tag.RB},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want {
			t.Errorf("%s: %s/%s, want %s: %s", c.name, w.Text, w.Tag, c.want, tags(s))
		}
	}
}
