package cue

import (
	"strings"

	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/text"
)

// writersAsClause reports "as" at k opening a clause of its own after
// content [from, k) that is an object, not a clause: a named subject, its
// finite verb and more words ("as Orlavia fired three missiles"), what
// another party did meanwhile. A pronoun's clause is the speaker's
// ("congratulate the people of Tesmar as they celebrate …", "emphasized
// the partnership as we work to …"), and so is one a mark sets off
// ("concerns in private – as we have in public – about …"). "as" after an
// adjective or an adverb, or after another "as" nearby, compares ("as
// bad as Orlavia has ever been"); "as the Person of the Year was made"
// may be the content's own clause.
func writersAsClause(s *syntax.Sentence, from, k, end int) bool {
	if !strings.EqualFold(s.Words[k].Text, "as") || k+1 >= end {
		return false
	}
	for j := max(from, k-5); j < k; j++ {
		if strings.EqualFold(s.Words[j].Text, "as") {
			return false
		}
	}
	if p := &s.Words[k-1]; p.Tag.IsAdj() || p.Tag.IsAdverb() || p.Tok.Kind != text.Word {
		return false
	}
	if n := &s.Words[k+1]; n.Quote >= 0 || !n.Tag.IsProperNoun() || !subjectClause(s, k+1, end) {
		return false
	}
	v := pastAdverbs(s, s.NounPhraseAt(k+1), end)
	return v+1 < end && s.Words[v+1].Tok.Kind == text.Word
}
