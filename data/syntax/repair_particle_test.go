package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairNameParticle: the particles inside a person's name are the
// name's, whatever the tagger read them as; elsewhere they are left be.
func TestRepairNameParticle(t *testing.T) {
	for _, c := range []struct {
		name, sentence, word string
		proper               bool
	}{
		{"van der", "Frans van der Berg, the Kestrian envoy, said the port would reopen.", "van", true},
		{"the second particle", "Frans van der Berg, the Kestrian envoy, said the port would reopen.", "der", true},
		{"dos", "Maria dos Santos told reporters the deal was close.", "dos", true},
		{"bin", "Ali bin Saad said the road would close.", "bin", true},
		{"the given name before", "Frans van der Berg said the port would reopen.", "Frans", true},
		{"a time after", "The Police van Monday was parked by the port.", "van", false},
		{"no capital after", "The Velk van was parked by the port.", "van", false},
	} {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if got := w.Tag == tag.NNP || w.Tag == tag.NNPS; got != c.proper {
			t.Errorf("%s: %s proper noun = %v, want %v: %s", c.name, w.Text, got, c.proper, tags(s))
		}
	}
}
