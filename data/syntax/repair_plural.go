package syntax

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairPluralSubjectCue: a verb of saying right after a plural noun
// that the tagger made an adjective, a noun or a preposition ("American
// officials insist/JJ that …", "Critics argue/IN that …", "Election
// scholars caution/NN that …", "Her aides indicated/JJ that …", "Trump
// fans insist/JJ delegates must …") is the noun's verb when a that-clause
// or a clause with its own finite verb follows: a plural noun cannot take
// the word as a modifier or a second noun there. A form ending in "s"
// may be a plural noun ("the officials' claims that"), and "that" before
// a verb opens a relative clause ("the workers report that was filed"),
// so both are left alone.
func (s *Sentence) repairPluralSubjectCue() {
	for i := 0; i+2 < len(s.Words); i++ {
		w, next := &s.Words[i], &s.Words[i+1]
		if (w.Tag != tag.NNS && w.Tag != tag.NNPS) || w.Quote >= 0 || next.Quote >= 0 || !next.Is(lexicon.CueVerb) {
			continue
		}
		if t := next.Tag; t != tag.JJ && t != tag.NN && t != tag.IN && t != tag.RB {
			continue
		}
		lower := text.Lower(next.Text)
		if strings.HasSuffix(lower, "s") || next.Tok.Has(text.Cap) {
			continue
		}
		if !s.clauseFollows(i + 2) {
			continue
		}
		if strings.HasSuffix(lower, "ed") {
			next.Tag = tag.VBD
		} else {
			next.Tag = tag.VBP
		}
	}
}

// clauseFollows reports a that-clause at k ("that" and then no verb, as
// a subject follows it) or a subject and its finite verb or modal.
func (s *Sentence) clauseFollows(k int) bool {
	if k+1 < len(s.Words) && text.Lower(s.Words[k].Text) == "that" {
		n := s.Words[k+1].Tag
		return !isFinite(n) && n != tag.MD && n != tag.Period
	}
	e := s.NounPhraseAt(k)
	if e < 0 || e >= len(s.Words) {
		return false
	}
	return isFinite(s.Words[e].Tag) || s.Words[e].Tag == tag.MD
}
