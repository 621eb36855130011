package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// ofChain is where an object noun phrase ending at e ends with the
// of-phrases that complete it ("the importance of the talks of May").
func ofChain(s *syntax.Sentence, e, end int) int {
	for e < end && s.Words[e].Tag == tag.IN && s.Words[e].Partitive() {
		n := s.NounPhraseAt(e + 1)
		if n < 0 || n > end {
			break
		}
		e = n
	}
	return e
}

// settingAt reports a phrase of time or setting at k: a word of time
// ("this week", "Monday"), or a preposition whose noun phrase is headed
// by one, by a setting, a medium or a year ("in an interview", "during
// a debate", "on television", "in 2015").
func settingAt(s *syntax.Sentence, k, end int) bool {
	w := &s.Words[k]
	if w.Quote >= 0 {
		return false
	}
	if w.Is(lexicon.Time) && w.Tag != tag.IN {
		e := s.NounPhraseAt(k)
		if e < 0 {
			e = k + 1
		}
		h := &s.Words[s.Head(syntax.Phrase{From: k, To: max(e, k+1)})]
		return h.Is(lexicon.Time) && (e >= end || !s.Words[e].Tag.IsNoun() && s.Words[e].Tag != tag.POS)
	}
	if w.Tag != tag.IN || w.Is(lexicon.Subordinator) || w.Likens() {
		return false
	}
	e := s.NounPhraseAt(k + 1)
	if e < 0 || e > end {
		return false
	}
	h := &s.Words[s.Head(syntax.Phrase{From: k + 1, To: e})]
	return h.Is(lexicon.Time) || h.Is(lexicon.Setting) || h.Is(lexicon.Media) || h.Tag == tag.CD && text.IsYear(h.Text)
}

// objectClause reports a complementizer at k that opens the object of
// the preposition before it: "raised questions about whether …",
// "spoke on whether …" go on.
func objectClause(s *syntax.Sentence, k int) bool {
	return k > 0 && s.Words[k].Is(lexicon.Complementizer) && s.Words[k-1].Tag == tag.IN && s.Words[k-1].Quote < 0
}

// commentAt reports a noun phrase at k that a preposition completes ("a
// subtle dig at …", "an important step toward …"): a comment on what
// was said, where "a lot more “out in front”" goes on saying it.
func commentAt(s *syntax.Sentence, k, end int) bool {
	e := s.NounPhraseAt(k)
	return e > k+1 && e < end && s.Words[e].Tag == tag.IN && s.Words[e].Quote < 0
}

// nounContentEnd is where a noun phrase that is all the content of a
// verb of saying ends, with the of-phrases that complete it ("claimed
// victory in a tweet", "explained his reasoning in an appearance on …"),
// or -1 when the content is a clause: the setting it was said in after
// it is the writer's, as after an object.
func nounContentEnd(s *syntax.Sentence, p syntax.Phrase) int {
	e := s.NounPhraseAt(p.From)
	if e <= p.From || e >= p.To || clauseAt(s, e) || hasFiniteVerb(s, p.From, p.To) {
		return -1
	}
	return ofChain(s, e, p.To)
}

// mediumAt reports a preposition of setting at k whose noun phrase names
// where something is said: a setting or a medium ("in a tweet", "in an
// appearance", "on television"), not a time ("from 1999 to 2011", "a day
// earlier" go on with what was said) nor a partner ("with People
// Magazine").
func mediumAt(s *syntax.Sentence, k, end int) bool {
	w := &s.Words[k]
	if w.Quote >= 0 || w.Tag != tag.IN || w.Entry == nil || !w.Entry.SettingPreposition {
		return false
	}
	e := s.NounPhraseAt(k + 1)
	if e < 0 || e > end {
		return false
	}
	h := &s.Words[s.Head(syntax.Phrase{From: k + 1, To: e})]
	return h.Is(lexicon.Setting) || h.Is(lexicon.Media)
}

// possessedThing reports a noun phrase [from, to) whose head a
// possessor's "'s" owns and that names no person: "criticized the party's
// lack of awareness" criticizes the lack, and "of" completes it; "accused
// Velk's aide of lying" charges the aide, and so does "accused his
// predecessor of …" (a pronoun's possession is most often a person's).
func possessedThing(s *syntax.Sentence, from, to int) bool {
	h := &s.Words[s.Head(syntax.Phrase{From: from, To: to})]
	if h.Is(lexicon.PersonNoun) || h.Tag.IsProperNoun() || h.Tag == tag.PRP {
		return false
	}
	for j := from; j < to; j++ {
		if s.Words[j].Tag == tag.POS {
			return true
		}
	}
	return false
}

// anaphoricObjectEnd is where an object at k that stands for words said
// before ends ("as much", "the same thing", "so"), or -1: "as much as
// half" is an amount, "the same day" a time.
func anaphoricObjectEnd(s *syntax.Sentence, k int) int {
	if k < len(s.Words) && s.Words[k].Quote < 0 && s.Words[k].Entry != nil && s.Words[k].Entry.SaysSo {
		return anaphoricAdverbEnd(s, k)
	}
	if k+1 >= len(s.Words) || s.Words[k].Quote >= 0 || s.Words[k+1].Quote >= 0 {
		return -1
	}
	if n := &s.Words[k+1]; n.Entry == nil || !n.Entry.StandsForSaying {
		return -1
	}
	switch {
	case s.Words[k].Likens():
		if k+2 < len(s.Words) && s.Words[k+2].Likens() {
			return -1
		}
		return k + 2
	case s.Words[k].Tag == tag.DT:
		e := s.NounPhraseAt(k)
		if e <= k+1 {
			e = k + 2
		} else if s.Words[s.Head(syntax.Phrase{From: k, To: e})].IsTime() {
			return -1
		}
		e = ofChain(s, e, len(s.Words)) // "said the same of Tesmar"
		if e < len(s.Words) && (isComplementizer(&s.Words[e]) || s.Words[e].Tag == tag.WDT) {
			// "echoed the same sentiment that Velk conveyed, that …": the
			// clause that names it goes on
			return -1
		}
		if e+1 < len(s.Words) && (s.Words[e].Tag == tag.Comma || s.Words[e].Tok.Has(text.Dash) || s.Words[e].Tag == tag.Colon) &&
			(isComplementizer(&s.Words[e+1]) || isOpenQuote(s, e+1) || s.Words[e+1].Tag == tag.JJ) {
			// "said the same thing, that the ball is in their court": the
			// clause after it is what was said; "the same, old things" a
			// list of what it modifies
			return -1
		}
		return e
	}
	return -1
}

// anaphoricAdverbEnd is where "so" at k ends when it stands for words said
// before ("said so.", "said so in an interview", "said so, and …"), or -1
// when the next word is its own ("so far", "so many times", "so that …").
func anaphoricAdverbEnd(s *syntax.Sentence, k int) int {
	if k+1 == len(s.Words) {
		return k + 1
	}
	n := &s.Words[k+1]
	if n.Tag.IsPunct() || n.Tag == tag.CC || n.Tag == tag.IN && !isComplementizer(n) {
		return k + 1
	}
	return -1
}
