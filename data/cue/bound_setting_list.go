package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// listAfterSetting reports a phrase of time or setting at k, after an
// object, that a list goes on after: "discussed the summit in June as
// well as commitments to …", "praised the talks on Monday and the plan
// for …". The time is the first item's own ("the summit in June"), and
// the next item is the object's too; one more phrase of time or setting
// ("in an interview on Tuesday"), a clause ("and the army fired …", "a
// while ago now that …") or a bare noun after "and" is not.
func listAfterSetting(s *syntax.Sentence, k, end int) bool {
	e := k + 1
	if s.Words[k].Tag == tag.IN {
		e = s.NounPhraseAt(k + 1)
	} else if n := s.NounPhraseAt(k); n > k {
		e = n
	}
	if e <= k || e >= end || s.Words[e].Quote >= 0 {
		return false
	}
	j := e
	if w := &s.Words[j]; w.Tag == tag.CC && w.Entry != nil && w.Entry.JoinsList {
		j++
		if j < end && (s.Words[j].Tag == tag.NNS || s.Words[j].Tag == tag.NN) {
			// a bare noun after "and" is as often the subject's next
			// verb, which the tagger made a noun: "condemns the
			// crackdown on the media and stands/NNS in solidarity"
			return false
		}
	} else {
		// "as well as": adverbs, then the preposition that joins the item
		for j < end && s.Words[j].Tag == tag.RB && s.Words[j].Quote < 0 {
			j++
		}
		if j == e || j >= end || s.Words[j].Tag != tag.IN || s.Words[j].Quote >= 0 || isComplementizer(&s.Words[j]) {
			return false
		}
		j++
	}
	n := s.NounPhraseAt(j)
	if n <= j || n > end || s.Words[j].Quote >= 0 || clauseAt(s, n) {
		return false
	}
	h := &s.Words[s.Head(syntax.Phrase{From: j, To: n})]
	return !h.IsTime() && !h.Is(lexicon.Setting) && !h.Is(lexicon.Media)
}
