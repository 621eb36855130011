package cue

// The speaker slot after its cue: the speaker's phrase, its aside and where it ends.

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// speakerAfter is the noun phrase starting at k, with the phrases joined
// to it by a preposition ("a spokesman for the ministry").
func (f *Finder) speakerAfter(s *syntax.Sentence, k int) syntax.Phrase {
	e := s.NounPhraseAt(k)
	if e < 0 {
		return syntax.Phrase{}
	}
	p := syntax.Phrase{From: k, To: e}
	for p.To+1 < len(s.Words) {
		w := &s.Words[p.To]
		if w.Tag != tag.IN || !w.Is(lexicon.NounPreposition) {
			break
		}
		e := s.NounPhraseAt(p.To + 1)
		if e < 0 {
			break
		}
		p.To = e
	}
	return p
}

// asideAfter is the appositive or relative clause after a speaker that
// follows its cue ("said X, a retired general, …").
func asideAfter(s *syntax.Sentence, k int) syntax.Phrase {
	if !isPunct(s, k, ',') || k+1 >= len(s.Words) {
		return syntax.Phrase{}
	}
	switch s.Words[k+1].Tag {
	case tag.DT, tag.PRPS, tag.JJ, tag.NN, tag.NNS, tag.NNP, tag.NNPS, tag.CD, tag.WP, tag.RB, tag.VBN:
	default:
		return syntax.Phrase{}
	}
	e := k + 1
	for e < len(s.Words) && !isPunct(s, e, ',') && s.Words[e].Tag != tag.Period && s.Words[e].Tok.Kind != text.Quote {
		e++
	}
	return syntax.Phrase{From: k + 1, To: e}
}

// opensIn reports whether quotation q opens inside p: its closing mark
// then belongs to p ("said the plan was «dead»").
func opensIn(s *syntax.Sentence, p syntax.Phrase, q int32) bool {
	return q >= 0 && s.Words[p.From].Quote != q && isOpenQuoteOf(s, p, q)
}

func isOpenQuoteOf(s *syntax.Sentence, p syntax.Phrase, q int32) bool {
	for i := p.From; i < p.To; i++ {
		if s.Words[i].Quote == q {
			return isOpenQuote(s, i)
		}
	}
	return false
}

// trimEnd drops final punctuation, closing marks and commas, a closing
// bracket whose opening is not in p ("(… Velk said.)"), and a
// participle that introduces what a cut left out ("…, including:"; "the
// following" is a noun).
func trimEnd(s *syntax.Sentence, p syntax.Phrase) syntax.Phrase {
	for p.To > p.From {
		w := &s.Words[p.To-1]
		if w.Tag == tag.Period || w.Tag == tag.Comma || w.Tag == tag.Colon || w.Tok.Kind == text.Quote && w.Tok.Has(text.Close) && !opensIn(s, p, w.Quote) ||
			w.Tag == tag.RRB && !hasTag(s, tag.LRB, p.From, p.To) ||
			p.To-1 > p.From && w.Quote < 0 && w.Is(lexicon.PrepositionalParticiple) && s.Words[p.To-2].Tag != tag.DT {
			p.To--
			continue
		}
		break
	}
	return p
}

// maxSlip is how many words a tagger's slip may cut off the front of a
// speaker's phrase.
const maxSlip = 6

// slipTag reports the tags a tagger's slip gives a word of a speaker's
// phrase: a modifier read as an adverb or a participle ("super/RB PAC",
// "organizing/VBG director"), or a noun phrase's own words; a
// preposition, a verb or a mark would open a phrase or clause of its own
// ("compared/VBN to/IN only 24 percent who said …").
func slipTag(t tag.Tag) bool {
	return t == tag.RB || t == tag.JJ || t == tag.VBG || t == tag.DT || t == tag.CD || t == tag.POS || t.IsNoun()
}

// clauseAfterQuotation is where the clause of a subject starting at
// from begins when a quotation comes just before it, past a few words
// the tagger read as no part of the subject's noun phrase: in "“…,”
// super/RB PAC spokeswoman Ana Velk said" and "“…,” Fight for $15
// organizing/VBG director Ana Velk told …" the words between the
// quotation and the subject belong to the subject (a clause there would
// need a verb of its own), and the quotation is the content.
func clauseAfterQuotation(s *syntax.Sentence, from int) int {
	for k := from - 1; k >= 1 && k >= from-maxSlip; k-- {
		w := &s.Words[k]
		if isCloseQuote(s, k) || isPunct(s, k, ',') && isCloseQuote(s, k-1) {
			return k + 1
		}
		if w.Quote >= 0 || w.Tok.Kind == text.Quote || w.Tok.Has(text.Dash) || !slipTag(w.Tag) {
			return from
		}
	}
	return from
}
