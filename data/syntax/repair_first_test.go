package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairFirstNameWord: a sentence-first word the lexicon does not
// know, or knows only as a given name, is its name's first word before a
// proper noun; a known word, a time after it or a word later in the
// sentence is left be.
func TestRepairFirstNameWord(t *testing.T) {
	for _, c := range []struct {
		name, sentence, word string
		proper               bool
	}{
		{"an unknown adjective", "Judicial Oversight Kestria said the port would reopen.", "Judicial", true},
		{"a given name read as a noun", "Guy Varnel said the group might run ads.", "Guy", true},
		{"a name's particle", "Bin Saad said the road would close.", "Bin", true},
		{"a known adjective", "Last Tuesday Velk said the port would reopen.", "Last", false},
		{"no proper noun after", "Judicial reviews in Kestria take a year.", "Judicial", false},
	} {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if got := w.Tag == tag.NNP || w.Tag == tag.NNPS; got != c.proper {
			t.Errorf("%s: %s proper noun = %v, want %v: %s", c.name, w.Text, got, c.proper, tags(s))
		}
	}
}
