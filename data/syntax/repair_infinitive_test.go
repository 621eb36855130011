package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairVerbBeforeInfinitive: an "-s" form the tagger made a plural
// noun between a singular noun opening its clause and an infinitive is
// the clause's verb when the clause has no other; a compound noun whose
// clause goes on to its verb stays a noun.
func TestRepairVerbBeforeInfinitive(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 tag.Tag
	}{
		{"after an opening phrase, before an inverted cue", "In addition, the campaign plans to make more detailed financial records available soon, a spokesman announced Monday.", "plans", tag.VBZ},
		{"at the sentence's start", "The campaign plans to make its records available soon, an aide said.", "plans", tag.VBZ},
		{"after a name in the compound", "In addition, the Velk campaign plans to make more detailed medical records available soon, an aide announced.", "plans", tag.VBZ},
		{"a clause whose past the tagger made a participle", "After the vote, the party plans to raise taxes collapsed, Arno said.", "plans", tag.NNS},
		{"no infinitive after it", "The Kestrian army plans to retreat were leaked to Arno, an aide said.", "plans", tag.NNS},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want {
			t.Errorf("%s: %s/%s, want %s: %s", c.name, w.Text, w.Tag, c.want, tags(s))
		}
	}
}
