package cue

// A phrase or clause of time between a cue and its that-clause: "said
// after a lunch on Tuesday that he had not read the plan", "told the
// paper before he spoke to the committee that he believed …".

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// maxSubordinateWords bounds how far a subordinator's phrase may run
// before the "that" that opens the content: a longer one is a clause of
// the writer's with its own "that".
const maxSubordinateWords = 12

// thatAfterSubordinate is where a that-clause begins after the
// subordinator at k ("after", "before", "when asked") when the
// subordinator's phrase or clause stands between the cue and it, or -1.
// The "that" must open a clause (a subject and its finite verb) and
// follow no verb or noun of saying of the subordinate clause's own
// ("said after officials announced that …", "said after reports that
// …": the clause is theirs, not the speaker's); a "that" before a verb
// ("after the attack that killed …") is a relative pronoun.
func (f *Finder) thatAfterSubordinate(s *syntax.Sentence, k int) int {
	for j := k + 1; j < len(s.Words) && j <= k+maxSubordinateWords; j++ {
		w := &s.Words[j]
		if w.Quote >= 0 || w.Tag == tag.Comma || w.Tag == tag.Colon || w.Tag == tag.Period || w.Tok.Has(text.Dash) ||
			w.Tag == tag.CC || w.Is(lexicon.CueNoun) || f.isCue(s, j) {
			return -1
		}
		if !w.LinksClause() {
			continue
		}
		if j == k+1 || relativeThat(s, j+1) || !clauseAt(s, max(s.NounPhraseAt(j+1), j+1)) || s.Words[j+1].Tag.IsVerb() {
			return -1
		}
		return j
	}
	return -1
}
