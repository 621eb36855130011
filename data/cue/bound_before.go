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
	}
	return from
}
