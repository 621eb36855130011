package attribution

import (
	"github.com/brief-reader/brief/data/syntax"
)

// scratch is storage the walk through a document's sentences reuses from
// one sentence to the next: the slices a sentence's steps build and
// drop before the next sentence. Growing them anew for each sentence
// was a fifth of the bytes attribution allocated (a mention is 272
// bytes), and the collector's work with them. It lives in the engine's
// workspace, so the next document reuses it too.
type scratch struct {
	events []event
	names  []named
	words  []string
	cues   []syntax.Phrase
	cut    []bool // titleCaseCuts'
	// kept holds the names of every sentence of the document, which the
	// walk keeps to the end (keepNames); copying each sentence's into a
	// slice of its own was a sixth of the bytes attribution allocated.
	kept []named
}

// cutOf returns n marks, all false, in storage that the next call
// reuses.
func (sc *scratch) cutOf(n int) []bool {
	if cap(sc.cut) < n {
		sc.cut = make([]bool, n)
	}
	sc.cut = sc.cut[:n]
	clear(sc.cut)
	return sc.cut
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
// they are (appending to it copies), and keeps the storage they were
// found in for the next sentence. The copy lasts until release.
func (sc *scratch) keepNames(found []named) []named {
	sc.names = found[:0]
	from := len(sc.kept)
	sc.kept = append(sc.kept, found...)
	return sc.kept[from:len(sc.kept):len(sc.kept)]
}

// release lets go of what the document's walk stored, keeping the
// storage: nothing of the document stays reachable from the workspace.
func (sc *scratch) release() {
	clear(sc.events[:cap(sc.events)])
	clear(sc.names[:cap(sc.names)])
	clear(sc.words[:cap(sc.words)])
	clear(sc.kept)
	sc.events, sc.names, sc.words, sc.cues, sc.kept = sc.events[:0], sc.names[:0], sc.words[:0], sc.cues[:0], sc.kept[:0]
}
