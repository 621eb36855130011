package cue

// Words of time around a cue: when a saying was made, not what was said.

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// subordinateSubject reports a speaker that a subordinator opens its
// clause before: "As X said yesterday, …", "When X said Monday, …".
func subordinateSubject(s *syntax.Sentence, sp syntax.Phrase) bool {
	return sp.From > 0 && sp.From <= len(s.Words) && s.Words[sp.From-1].Is(lexicon.Subordinator)
}

// subjectClauseAt reports a subject and its finite verb at k: "the
// President needs …", not "as they bristled …".
func subjectClauseAt(s *syntax.Sentence, k int) bool {
	if k >= len(s.Words) || s.Words[k].Quote >= 0 || s.Words[k].Is(lexicon.Subordinator) || s.Words[k].Tag == tag.CC {
		return false
	}
	e := s.NounPhraseAt(k)
	return e > k && e < len(s.Words) && s.Words[e].Quote < 0 && (s.Words[e].Tag.IsFiniteVerb() || s.Words[e].Tag == tag.MD) &&
		!s.Words[e].Is(lexicon.CueVerb) // "I said this yesterday, the Secretary said this …": a second saying, not content
}

// timeBeforeTime reports a word of time at k before a noun of time that
// nothing modifies in turn: "Monday morning", "last night" before a
// clause or the end, not "next month’s summit", "this week is …" (a
// subject), "last year to counter …" nor "last week and as …".
func timeBeforeTime(s *syntax.Sentence, k int) bool {
	if k+1 >= len(s.Words) || !s.Words[k+1].Tag.IsNoun() || !s.Words[k+1].Is(lexicon.Time) || s.Words[k+1].Quote >= 0 {
		return false
	}
	if k+2 >= len(s.Words) {
		return true
	}
	n := &s.Words[k+2]
	if n.Tok.Kind == text.Punct {
		return n.Tag == tag.Period || n.Tag == tag.Comma
	}
	return !(n.Tag == tag.POS || n.Tag.IsNoun() || n.Tag.IsVerb() || n.Tag == tag.MD || n.Tag == tag.TO || n.Tag == tag.CC ||
		n.Tag == tag.WRB || n.Is(lexicon.Subordinator) && !isComplementizer(n)) // ("said last week when he was in Europe, …")
}

// timePhraseEnd is the end of a short noun phrase of time at k ("last
// month", "this week") that a mark, "that" or a preposition follows,
// else -1.
func timePhraseEnd(s *syntax.Sentence, k int) int {
	e := s.NounPhraseAt(k)
	if e < 0 || e-k > 3 || !s.Words[s.Head(syntax.Phrase{From: k, To: e})].IsTime() {
		return -1
	}
	if e >= len(s.Words) {
		return e
	}
	// a mark, "that" or a preposition of setting may follow a time; not
	// "of" ("proclaim the week of May 3") nor a clause the phrase is the
	// subject of ("said the days when … are gone")
	if n := &s.Words[e]; n.Tok.Kind == text.Punct || n.Tok.Kind == text.Quote || isComplementizer(n) ||
		n.Tag == tag.IN && !n.Partitive() && !n.Is(lexicon.Subordinator) || n.Tag.IsAdverb() && n.Is(lexicon.Time) {
		return e
	}
	return -1
}
