package cue

import (
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// possessedEnd is the end of the noun phrase that ends at e, past the
// thing it possesses when a possessive clitic follows: "told ABC’s “Good
// Morning America” that …", "told Tesmar Radio's This Week that …",
// "responded to Velk’s rant". A phrase cut at its clitic would leave "’s
// …" to open the content. The thing possessed is a title in quotation
// marks, a noun phrase, or a word the tagger made an adjective at the
// end of the sentence ("rant/JJ").
func possessedEnd(s *syntax.Sentence, e int) int {
	if e < 0 || e+1 >= len(s.Words) || s.Words[e].Tag != tag.POS {
		return e
	}
	k := e + 1
	if isOpenQuote(s, k) {
		return quotationEnd(s, k)
	}
	if x := s.NounPhraseAt(k); x > k {
		return x
	}
	if s.Words[k].Tag == tag.JJ && (k+1 == len(s.Words) || s.Words[k+1].Tag == tag.Period) {
		return k + 1
	}
	return e
}

// quotationEnd is the word after the quotation that opens at k, past its
// closing mark.
func quotationEnd(s *syntax.Sentence, k int) int {
	q := s.Words[k].Quote
	for k < len(s.Words) && (s.Words[k].Quote == q || isOpenQuote(s, k)) {
		k++
	}
	if k < len(s.Words) && isCloseQuote(s, k) {
		k++
	}
	return k
}
