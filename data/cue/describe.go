package cue

import (
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// namedFrom is where what a verb of naming says begins when a quotation
// that ends the clause at q names its object at k: "called the plan “a
// trap”" says the plan is a trap, and a quoted name alone ("a trap")
// says nothing of what it names. After "as" the quotation is the name
// given ("described the atmosphere as “reasonably good”"), and words
// between that are no object (a clause, a comma, another quotation)
// leave the quotation alone.
func namedFrom(s *syntax.Sentence, k, q int) int {
	if k >= q || s.NounPhraseAt(k) <= k {
		return q
	}
	e, list := s.NounPhraseAt(k), false
	for j := k; j < q; j++ {
		w := &s.Words[j]
		if j >= e && (w.Quote >= 0 || w.Tok.Kind == text.Quote) {
			list = true // "called the charge “pathetic” and “dangerous”": names in a list
			continue
		}
		if list && (w.Tag == tag.CC || w.Tag == tag.Comma || w.Tag == tag.DT) {
			continue
		}
		if w.Quote >= 0 || w.Tok.Kind == text.Quote || w.Tok.Kind == text.Punct || w.Tag.IsFiniteVerb() ||
			w.Likens() || list {
			return q
		}
	}
	return k
}

// verbJoinedBetween reports "and" or "but" before a verb between from and
// to, outside quotations, right after the name a verb of calling gave:
// in "called him divisive and accused him of blocking “real reform”" the
// last quotation is the second verb's, not the name the first one gave.
// A call with no name ("called and said, “…”", "called him — … — and
// said") is still the saying's.
func verbJoinedBetween(s *syntax.Sentence, from, to int) bool {
	for i := from + 1; i+1 < to; i++ {
		if verbJoinedAt(s, i) && s.Words[i-1].Tag != tag.Comma && s.Words[i-1].Tag != tag.Colon {
			return true
		}
	}
	return false
}

// verbJoinedAt reports a conjunction at i that joins a verb of its own
// ("… and accused him", "… and asserting that …"), outside quotations.
func verbJoinedAt(s *syntax.Sentence, i int) bool {
	if i+1 >= len(s.Words) || s.Words[i].Tag != tag.CC || s.Words[i].Quote >= 0 || s.Words[i+1].Quote >= 0 {
		return false
	}
	switch s.Words[i+1].Tag {
	case tag.VBD, tag.VBZ, tag.VBP, tag.VBG:
		return true
	}
	return false
}
