package statement

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// Where endBefore would cut a content before the next frame's speaker but
// the next saying sits inside the content, which goes on past it: these
// report the shapes of it.

// insideDashes reports k inside an adverbial clause set off by dashes
// within content c: between a dash that opens it and the dash that closes
// it before c ends.
func insideDashes(s *syntax.Sentence, c syntax.Phrase, k int) bool {
	open := -1
	for j := k - 1; j > c.From; j-- {
		if s.Words[j].Quote >= 0 {
			return false
		}
		if s.Words[j].Tok.Has(text.Dash) {
			open = j
			break
		}
	}
	if open < 0 || open+1 >= k {
		return false
	}
	if o := &s.Words[open+1]; o.Quote >= 0 || o.Tag != tag.RB && !(o.Tag == tag.IN && o.Is(lexicon.Subordinator)) {
		// in speech a dash marks a fresh start as often as an aside
		// ("he — and he committed to …", "those vaccines – those
		// doses would …"): only an adverbial clause ("— even as he
		// says …", "— while …") is surely set in
		return false
	}
	for j := k; j < c.To-1; j++ {
		if s.Words[j].Quote >= 0 {
			return false
		}
		if s.Words[j].Tok.Has(text.Dash) {
			return true
		}
	}
	return false
}
