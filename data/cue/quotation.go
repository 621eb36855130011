package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/text"
)

// Quotations that run to the end of the sentence after a cue: the
// content of "X said, “…”" and the second half of "“A,” X said, “B.”"

// lastQuotation is the opening mark of a quotation after k that runs to
// the end of the sentence (past final punctuation), or -1.
func lastQuotation(s *syntax.Sentence, k int) int {
	p := trimEnd(s, syntax.Phrase{From: k, To: len(s.Words)})
	if p.Empty() {
		return -1
	}
	q := s.Words[p.To-1].Quote
	if q < 0 {
		// the closing mark was trimmed: look at the word before it
		if p.To < len(s.Words) {
			q = s.Words[p.To].Quote
		}
		if q < 0 {
			return -1
		}
	}
	for i := k; i < len(s.Words); i++ {
		if s.Words[i].Quote == q {
			if isOpenQuote(s, i) {
				return i
			}
			return -1
		}
	}
	return -1
}

// secondQuotation is a quotation that resumes after the cue: "“A,” X
// said, “B.”"
func (f *Finder) secondQuotation(s *syntax.Sentence, k int) syntax.Phrase {
	if isPunct(s, k, ',') || isPunct(s, k, ':') {
		k++
	}
	if !isOpenQuote(s, k) {
		k = quotationPastAdjuncts(s, k)
	}
	if k < 0 || !isOpenQuote(s, k) || !quotationIntroduced(s, k) {
		return syntax.Phrase{}
	}
	return trimEnd(s, syntax.Phrase{From: k + 1, To: len(s.Words)})
}

// quotationPastAdjuncts is the opening mark of a quotation that ends the
// sentence after a comma, past words from k that only set the saying in
// its time, place or manner ("“A,” X said during a rally in Tesmar,
// “but B.”", "“A,” X said, referring to the vote, “B.”"): no finite
// verb, no other quotation and no verb of saying lie between. -1 when
// there is none.
func quotationPastAdjuncts(s *syntax.Sentence, k int) int {
	for j := k; j < len(s.Words); j++ {
		w := &s.Words[j]
		if isOpenQuote(s, j) {
			if j > k && isPunct(s, j-1, ',') && quotationEndsSentence(s, j) {
				return j
			}
			return -1
		}
		if w.Quote >= 0 || w.Tag.IsFiniteVerb() || w.Is(lexicon.CueVerb) && w.Tag.IsVerb() {
			return -1
		}
	}
	return -1
}

// quotationEndsSentence reports a quotation opened at k whose closing
// mark, or the sentence's end, is followed by punctuation alone.
func quotationEndsSentence(s *syntax.Sentence, k int) bool {
	q := s.Words[k].Quote
	j := k + 1
	for j < len(s.Words) && s.Words[j].Quote == q && q >= 0 {
		j++
	}
	for ; j < len(s.Words); j++ {
		if s.Words[j].Tok.Kind == text.Word {
			return false
		}
	}
	return true
}
