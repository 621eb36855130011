package statement

import (
	"unicode"

	"github.com/brief-reader/brief/data/syntax"
)

// hasWord reports a letter or a digit in the words of content c: a dash
// or a bracket the cue's slot caught ("“He would have loved the old
// tyrant,” Velk said twice - and …" leaves "-" after a quotation the frame
// before took) is no content.
func hasWord(s *syntax.Sentence, c syntax.Phrase) bool {
	for i := c.From; i < c.To; i++ {
		for _, r := range s.Words[i].Text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}
