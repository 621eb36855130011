package cue

import (
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// answeredAct reports the content of an answering verb that is its
// object, right after it, headed by neither a word for a question nor
// the one answered: what was answered by an act ("answer the demands of
// the strikers"), not words.
func answeredAct(s *syntax.Sentence, fr *Frame) bool {
	c := fr.Content[0]
	if c.Empty() || c.From != fr.Cue.To || s.Words[c.From].Quote >= 0 || isComplementizer(&s.Words[c.From]) {
		return false
	}
	h := answeredHead(s, c)
	return h >= 0 && !answered(&s.Words[h]) && (s.Words[h].Entry == nil || !s.Words[h].Entry.Asked)
}

// answered reports the head of an answering verb's object that is the
// one answered: one who can speak ("answered her critics"), not a
// capitalised word of saying, which names what was answered ("the
// Attorney General’s Call to Action").
func answered(h *syntax.Word) bool {
	return canSpeak(h) && !(h.Tag.IsProperNoun() && h.Entry != nil && len(h.Entry.Cues) > 0)
}

// answeredHead is the head of the noun phrase that opens content c, past
// its possessives ("the President’s call", "Kestrians’ demands"): what is
// answered, not whose it is; -1 when no noun phrase opens c.
func answeredHead(s *syntax.Sentence, c syntax.Phrase) int {
	k := c.From
	if s.Words[k].Tag == tag.DT {
		// "the widely expressed demands": an adverb after the article
		// opens no phrase
		k++
		for k < c.To && s.Words[k].Tag == tag.RB {
			k++
		}
	}
	h := -1
	for k < c.To {
		e := s.NounPhraseAt(k)
		if e < 0 && k > c.From && s.Words[k].Tag == tag.VB {
			e = k + 1 // "the call/VB to serve": the tagger's verb after an article or a possessive is a noun
		}
		if e < 0 {
			break
		}
		e = min(e, c.To)
		h = s.Head(syntax.Phrase{From: k, To: e})
		if e+1 >= c.To || !possessiveMark(s, e) {
			break
		}
		k = e + 1
	}
	return h
}

// possessiveMark reports a possessive at i: "’s", or an apostrophe
// written tight after a plural, which the tagger reads as a closing mark
// ("reporters’ questions").
func possessiveMark(s *syntax.Sentence, i int) bool {
	w := &s.Words[i]
	return w.Tag == tag.POS || w.Tag == tag.CloseQuote && w.Quote < 0 && i > 0 && s.Words[i-1].Tok.End == w.Tok.Start && s.Words[i-1].Tag.IsNoun()
}
