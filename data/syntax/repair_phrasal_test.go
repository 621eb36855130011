package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairPhrasalCue: "calls on", "calls for" after a noun phrase that
// opens its clause is the phrase's verb; the plural noun stays a noun
// after an article, a possessive or a preposition, and before a later
// finite verb.
func TestRepairPhrasalCue(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 tag.Tag
	}{
		{"a government calls on", "The Kestrian Republic calls on the Orlavian government to release the prisoners.", "calls", tag.VBZ},
		{"a name calls for", "Kestria calls for the immediate release of Anna Verel.", "calls", tag.VBZ},
		{"after a comma", "In the meantime, the Kestrian government calls upon all parties to show restraint.", "calls", tag.VBZ},
		{"a possessive's noun", "Tesmar’s calls for calm went unheard in Orlavia.", "calls", tag.NNS},
		{"after a preposition", "The talks opened amid calls for a ceasefire.", "calls", tag.NNS},
		{"a subject before its verb", "The Kestrian calls for calm were ignored by the rebels.", "calls", tag.NNS},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want {
			t.Errorf("%s: %s/%s, want %s: %s", c.name, w.Text, w.Tag, c.want, tags(s))
		}
	}
}
