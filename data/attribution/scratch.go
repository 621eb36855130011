package attribution

import (
	"slices"

	"github.com/brief-reader/brief/data/syntax"
)

// scratch is storage the walk through a document's sentences reuses from
// one sentence to the next: the slices a sentence's steps build and
// drop before the next sentence. Growing them anew for each sentence
// was a fifth of the bytes attribution allocated (a mention is 272
// bytes), and the collector's work with them.
type scratch struct {
	events []event
	names  []named
	words  []string
	cues   []syntax.Phrase
}

// wordsOf returns the words of s as written, in storage that the next
// call reuses.
func (sc *scratch) wordsOf(s *syntax.Sentence) []string {
	words := sc.words[:0]
	for i := range s.Words {
		words = append(words, s.Words[i].Text)
	}
	sc.words = words
	return words
}

// keepNames returns a copy of the names found in a sentence, the size
// they are, and keeps the storage they were found in for the next
// sentence.
func (sc *scratch) keepNames(found []named) []named {
	sc.names = found[:0]
	return slices.Clone(found)
}
