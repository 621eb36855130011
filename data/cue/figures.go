package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// figureObject reports an object at k that a verb of figures makes known
// ("reported 906 attacks", "reported spending $1 million", "reported its
// smallest quarterly profit in 17 years", "reported a 2.8 percent
// unemployment rate"): a gerund with its own object, or a noun phrase
// that holds a number, an amount or a superlative. "Reported the story" and "reported a
// case of measles" tell of no figure, and say nothing.
func figureObject(s *syntax.Sentence, fr *Frame, k int) bool {
	if cue := &s.Words[fr.Cue.From]; cue.Entry == nil || !cue.Entry.ReportsFigures || k >= len(s.Words) {
		return false
	}
	w := &s.Words[k]
	if w.Quote >= 0 {
		return false
	}
	if c := fr.Cue.From; (s.Words[c].Tag == tag.VBP || s.Words[c].Tag == tag.VB) && c > 1 && compoundBefore(s, c) {
		return false // "a new HHS report showing …": the noun and a plain "report" are a compound
	}
	if w.Tag == tag.VBG && (w.Is(lexicon.CueVerb) || w.Is(lexicon.QuotingVerb)) {
		return false // "CNN reports, quoting officials, that …": the that-clause is what is reported
	}
	if w.Tag == tag.VBG {
		// "reported spending $1 million", not the gap of "the fees he
		// reported receiving in May"
		if k+1 >= len(s.Words) {
			return false
		}
		n := s.Words[k+1].Tag
		return n == tag.DT || n == tag.CD || n == tag.Dollar || n == tag.PRPS || n == tag.CC || n == tag.RB || n.IsNoun() || n.IsAdj()
	}
	e := s.NounPhraseAt(k)
	if e < 0 {
		return false
	}
	for j := k; j < e; j++ {
		x := &s.Words[j]
		if t := x.Tag; t == tag.Dollar || t == tag.JJS || t == tag.CD && number(x) {
			return true
		}
	}
	return false
}

// number reports a word that is a number: digits ("906", "2.8") or a
// cardinal written out ("two"); the tagger's CD on another word ("the
// reports include/CD:") is a slip.
func number(w *syntax.Word) bool {
	return w.Entry != nil && w.Entry.Cardinal || hasDigit(w.Text)
}

// compoundBefore reports a plain form at c that a singular noun phrase
// before it cannot be the subject of: "a new HHS report", "the Velk
// report" are one noun phrase, a compound.
func compoundBefore(s *syntax.Sentence, c int) bool {
	p := s.Words[c-1].Tag
	if p != tag.NN && p != tag.NNP && p != tag.NNS {
		return false
	}
	if p != tag.NNS && (s.Words[c-2].Tag == tag.DT || s.Words[c-2].Tag.IsAdj()) {
		return true
	}
	a := s.NounPhraseEndingAt(c - 1)
	return a >= 0 && s.Words[a].Is(lexicon.Indefinite) && text.Lower(s.Words[a].Text) != "some"
}
