package syntax_test

import "testing"

// TestRepairAdjectiveAdverb: a "-wide" word the tagger read as an adverb
// before a subject's noun modifies it; after a verb, before an object or
// as an "-ly" adverb it is left be.
func TestRepairAdjectiveAdverb(t *testing.T) {
	for _, c := range []struct {
		name, sentence, word string
		adjective            bool
	}{
		{"opening the sentence", "Nationwide surveys indicate that Velk leads the race in Kestria.", "Nationwide", true},
		{"after a preposition", "The results of nationwide surveys indicate that Velk leads the race.", "nationwide", true},
		{"after its verb", "The protests spread nationwide after Velk spoke in Ostrava.", "nationwide", false},
	} {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if got := w.Tag.IsAdj(); got != c.adjective {
			t.Errorf("%s: %s adjective = %v, want %v: %s", c.name, w.Text, got, c.adjective, tags(s))
		}
	}
}
