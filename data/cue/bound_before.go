package cue

import (
	"github.com/brief-reader/brief/data/syntax"
)

// clauseBefore is where the content of a cue that follows it ("…, X
// said", "…, according to X", "…, as X noted") begins, from `from` on, for content ending
// at b: after the last colon before it that opens a clause. What comes
// before the colon sets the clause up in the writer's words ("The tax
// has not hurt the city: it was the capital of finance in 2015,
// according to an index"); the source vouches for the clause after it. A
// quotation's words are the speaker's whole, and a semicolon, which
// often joins clauses of one list ("A was paid $5; B was paid $7, records
// show"), is no such break.
func clauseBefore(s *syntax.Sentence, from, b int) int {
	if from >= b || s.Words[from].Quote >= 0 || isOpenQuote(s, from) {
		return from
	}
	for k := b - 1; k > from+1; k-- {
		if s.Words[k].Quote < 0 && isPunct(s, k, ':') && k+1 < b && hasFiniteVerb(s, k+1, b) {
			return k + 1
		}
		if s.Words[k].Quote < 0 && isPunct(s, k, ':') && isOpenQuote(s, k+1) && quotedThrough(s, k+1, b) {
			// "Velk scolded him: “…,” she said": the quotation after the
			// colon is what she said; the clause before it is the
			// writer's setting of the scene
			return k + 2
		}
	}
	return from
}

// quotedThrough reports every word from `from` up to b (the mark or the
// comma that ends content before a cue) inside a quotation.
func quotedThrough(s *syntax.Sentence, from, b int) bool {
	for k := from; k < b; k++ {
		if s.Words[k].Quote < 0 && !isPunct(s, k, ',') {
			return false
		}
	}
	return true
}
