package syntax

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairPluralSubjectCue: a verb of saying right after a plural noun
// that the tagger made an adjective, a noun, a preposition or a foreign
// word ("American officials insist/JJ that …", "Critics argue/IN that
// …", "Election scholars caution/NN that …", "Her aides indicated/JJ that
// …", "Trump fans insist/JJ delegates must …", "World leaders denounce/IN
// the test.", "members of the council echo/FW her concerns,") is the
// noun's verb when what follows is what the verb takes and no noun does:
// a that-clause or a clause with its own finite verb, the rest of the
// cue's phrase ("point to"), an infinitive, or an object that ends the
// clause. A pronoun standing for people ("many", "others") is such a
// subject too, and between commas its verb is a parenthetical ("That,
// many argue, could …"); before a clause without "that" it is more
// likely a determiner ("these state bans have …"), and is left alone. A
// form ending in "s" may be a plural noun ("the officials' claims
// that"), one in "ing" is no finite verb, and "that" before a verb opens
// a relative clause ("the workers report that was filed"), so all three
// are left alone.
func (s *Sentence) repairPluralSubjectCue() {
	for i := 0; i+2 < len(s.Words); i++ {
		w, next := &s.Words[i], &s.Words[i+1]
		pronoun := w.Is(lexicon.Pronominal) && !w.Tok.Has(text.Cap)
		if (w.Tag != tag.NNS && w.Tag != tag.NNPS && !pronoun) || w.Quote >= 0 || next.Quote >= 0 || !next.Is(lexicon.CueVerb) {
			continue
		}
		if t := next.Tag; t != tag.JJ && t != tag.NN && t != tag.IN && t != tag.RB && t != tag.FW {
			continue
		}
		lower := text.Lower(next.Text)
		if strings.HasSuffix(lower, "s") || strings.HasSuffix(lower, "ing") || next.Tok.Has(text.Cap) {
			continue
		}
		parenthetical := pronoun && i > 0 && s.Words[i-1].Tag == tag.Comma && s.Words[i+2].Tag == tag.Comma
		clause := s.clauseFollows(i+2) && (!pronoun || s.Words[i+2].Is(lexicon.Complementizer))
		if !clause && !s.cueRestFollows(next, i+2) && !s.infinitiveAt(i+2) && !s.objectThenEnd(i+2) && !parenthetical {
			continue
		}
		if strings.HasSuffix(lower, "ed") {
			next.Tag = tag.VBD
		} else {
			next.Tag = tag.VBP
		}
	}
}

// infinitiveAt reports "to" and a verb's base form at k: "vowed to be".
func (s *Sentence) infinitiveAt(k int) bool {
	return k+1 < len(s.Words) && s.Words[k].Tag == tag.TO && s.Words[k+1].Tag == tag.VB
}

// clauseFollows reports a that-clause at k ("that" and then no verb, as
// a subject follows it) or a subject and its finite verb or modal.
func (s *Sentence) clauseFollows(k int) bool {
	if k+1 < len(s.Words) && s.Words[k].LinksClause() {
		n := s.Words[k+1].Tag
		return !isFinite(n) && n != tag.MD && n != tag.Period
	}
	if k+1 < len(s.Words) && s.Words[k].Tag == tag.EX {
		return isFinite(s.Words[k+1].Tag) // "insist there were …"
	}
	e := s.NounPhraseAt(k)
	if e < 0 || e >= len(s.Words) {
		return false
	}
	return isFinite(s.Words[e].Tag) || s.Words[e].Tag == tag.MD
}
