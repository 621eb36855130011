package attribution

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
)

// publisherWe: the speaker phrase p is a bare "we" of the publisher's
// own text, outside quotations and transcript turns, when the text names
// no author: "We encourage anyone with information to contact …" on a
// government's page is that government's office speaking, as an
// unframed "We are concerned …" there is (see voice.Authored).
func (r *run) publisherWe(s *syntax.Sentence, p syntax.Phrase) bool {
	if r.voice.Publisher == nil || p.Len() != 1 || r.turn[s.Para] {
		return false
	}
	w := &s.Words[p.From]
	return w.Quote < 0 && w.Is(lexicon.Pronoun) && w.Entry.Pronoun.Person == 1 && w.Entry.Pronoun.Plural && w.Entry.Pronoun.Case == 's'
}
