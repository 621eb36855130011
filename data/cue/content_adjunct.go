package cue

// What stands between a cue and its content: adverbs, words of time,
// phrases of setting, a place's region and an adjunct set off by commas.

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// skipAdjuncts passes what may stand between a cue and its content:
// adverbs, words of time, and prepositional phrases of setting or time
// ("said on Monday in a statement", "told reporters at a conference").
func (f *Finder) skipAdjuncts(s *syntax.Sentence, fr *Frame, k int) int {
	k0 := k
	for k < len(s.Words) {
		w := &s.Words[k]
		switch {
		case w.Tag == tag.Comma && k > k0 && k+1 < len(s.Words) && s.Words[k+1].LinksClause():
			// "conveyed a day earlier, that …": the comma closes the adjunct
			k++
			continue
		case w.Tag == tag.RB && w.Quote < 0 && !w.Is(lexicon.Negation):
			k++
			continue
		case w.Is(lexicon.Time) && w.Tag != tag.IN && !(k+1 < len(s.Words) && (s.Words[k+1].Tag == tag.POS || s.Words[k+1].Tag.IsNoun())):
			k++
			continue
		case w.Is(lexicon.Time) && w.Tag != tag.IN && w.Quote < 0 && timeBeforeTime(s, k):
			// "said Monday morning", "said last night the fight …": two
			// words of time
			k += 2
			continue
		case w.Quote < 0 && (w.Tag == tag.JJ || w.Tag == tag.DT || w.Tag == tag.CD) && timePhraseEnd(s, k) > k:
			// "last month", "this week", "two days earlier": a phrase of
			// time headed by its noun
			k = timePhraseEnd(s, k)
			continue
		case (w.Tag == tag.IN || w.Tag == tag.TO) && !isComplementizer(w):
			e := s.NounPhraseAt(k + 1)
			if e < 0 {
				return k
			}
			head := s.Head(syntax.Phrase{From: k + 1, To: e})
			h := &s.Words[head]
			if !(h.Is(lexicon.Time) || h.Is(lexicon.Setting) || h.Is(lexicon.Media) || h.Is(lexicon.Document) || h.Tag == tag.CD ||
				h.Tag == tag.NNP && w.Tag == tag.IN && !w.Partitive()) {
				return k
			}
			k = possessedEnd(s, e)
			if h.Tag == tag.NNP {
				k = regionEnd(s, k)
			}
			// "in an interview with X", "at a conference in Y", "in
			// comments carried by state media"
			for k < len(s.Words) {
				if s.Words[k].Tag == tag.VBN && k+1 < len(s.Words) && s.Words[k+1].Tag == tag.IN {
					k++
				}
				if s.Words[k].Tag != tag.IN || !s.Words[k].Is(lexicon.NounPreposition) {
					break
				}
				e := s.NounPhraseAt(k + 1)
				if e < 0 {
					break
				}
				k = possessedEnd(s, e)
			}
			continue
		}
		return k
	}
	return k
}

// regionEnd passes the region that follows a place after a comma ("in
// Madison, Wisconsin, that …", "in Hollin, Kestria, on Monday"): ", Name,"
// before "that", a quotation or another adjunct. Without the closing
// comma the name may be a new subject ("in Hollin, Velk said"), and a
// list of places ("in Hollin, Tesmar and Orlavia") goes on past it.
func regionEnd(s *syntax.Sentence, k int) int {
	if !isPunct(s, k, ',') || k+1 >= len(s.Words) || s.Words[k+1].Tag != tag.NNP || s.Words[k+1].Quote >= 0 {
		return k
	}
	j := k + 1
	for j < len(s.Words) && j < k+4 && s.Words[j].Tag == tag.NNP && s.Words[j].Quote < 0 {
		j++
	}
	if !isPunct(s, j, ',') || j+1 >= len(s.Words) {
		return k
	}
	if n := &s.Words[j+1]; n.LinksClause() || isOpenQuote(s, j+1) || n.Tag == tag.IN && !n.Is(lexicon.Subordinator) && !isComplementizer(n) {
		return j
	}
	return k
}

// adjunctThenClause is where the clause starts after an adjunct set off
// by commas from k ("that, in her view, the government believes …",
// "that, if elected, she would …"), or -1: a comma, a preposition, adverb
// or participle, a second comma, then a subject and its finite verb.
// "said that, and left" has no such clause: "that" is its object.
func adjunctThenClause(s *syntax.Sentence, k int) int {
	if !isPunct(s, k, ',') || k+1 >= len(s.Words) {
		return -1
	}
	if w := &s.Words[k+1]; w.Quote >= 0 || !(w.Tag == tag.IN || w.Tag == tag.RB || w.Tag == tag.VBN || w.Tag == tag.VBG ||
		w.Is(lexicon.PrepositionalParticiple)) || isComplementizer(w) && !w.Is(lexicon.Conditional) {
		return -1
	}
	for j := k + 2; j < len(s.Words) && j < k+16; j++ {
		if s.Words[j].Quote >= 0 {
			return -1
		}
		if !isPunct(s, j, ',') {
			continue
		}
		e := s.NounPhraseAt(j + 1)
		if e < 0 {
			return -1
		}
		for e < len(s.Words) && s.Words[e].Tag == tag.RB {
			e++
		}
		if e < len(s.Words) && (s.Words[e].Tag.IsFiniteVerb() || s.Words[e].Tag == tag.MD) {
			return j + 1
		}
		return -1
	}
	return -1
}
