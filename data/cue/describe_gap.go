package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// gapFrame finds a verb of describing whose object is a relative
// pronoun or the noun before its subject: "a bill that critics called anti-gay",
// "Arno, who Velk on Wednesday called “a disgrace”", "a campaign she
// calls “Confident Tesmar”". The name given is what was said of the
// object, and news reports it as the subject's words; the content is the
// object (the noun phrase, or the pronoun that stands for it) and the
// name. A verb with no name after it ("the meeting that Velk called last
// week") describes nothing, nor does a free relative ("what Velk called
// “a problem”"), which names a thing inside another clause, often
// someone's statement.
func (f *Finder) gapFrame(s *syntax.Sentence, i int, c lexicon.Cue, cue syntax.Phrase) (Frame, bool) {
	if c.Frame != lexicon.Describe || s.Words[i].Tag == tag.VBG || s.Words[i].Tag == tag.VB {
		return Frame{}, false
	}
	sp, aside, chained := f.subject(s, i)
	if sp.Empty() || chained || !aside.Empty() || sp.From < 1 {
		return Frame{}, false
	}
	for k := sp.To; k < i; k++ {
		if w := &s.Words[k]; w.Is(lexicon.Negation) || w.Tag == tag.MD || w.Quote >= 0 {
			return Frame{}, false
		}
	}
	r := sp.From - 1
	rel := &s.Words[r]
	var object syntax.Phrase
	switch {
	case rel.Quote >= 0:
		return Frame{}, false
	case rel.Is(lexicon.FreeRelative):
		// "what Velk called “a problem”" names a thing inside another
		// clause, often someone's statement: no saying of its own
		return Frame{}, false
	case rel.Tag == tag.WDT || rel.Tag == tag.WP:
		object = syntax.Phrase{From: r, To: r + 1}
		if r > 0 && s.Words[r-1].Tag.IsNoun() {
			// "a bill that critics called anti-gay": the noun is what was called so
			object.From = s.NounPhraseEndingAt(r - 1)
			object.To = r
		}
	case (rel.Tag.IsNoun() || rel.Tag == tag.CD) && sp.Len() == 1 && s.Words[sp.From].Tag == tag.PRP:
		// "one he calls “Confident Tesmar”": a relative clause without a pronoun
		object = syntax.Phrase{From: s.NounPhraseEndingAt(r), To: r + 1}
	default:
		return Frame{}, false
	}
	if object.From < 0 {
		return Frame{}, false
	}
	fr := Frame{Cue: cue, Lemma: c.Lemma, Kind: c.Frame, Shape: SpeakerFirst, Speaker: sp}
	k := f.skipAdjuncts(s, &fr, cue.To)
	if k < len(s.Words) && s.Words[k].Likens() {
		k++ // "which friends described as “miserable”"
	}
	name := gapName(s, k)
	if name.Empty() {
		return Frame{}, false
	}
	fr.Content[0], fr.Content[1] = object, name
	return fr, true
}

// gapName is the name a verb of describing gives its gapped object from
// k: quotations ("“a perception problem”", "“illegals” and “thugs”"), or
// a noun or adjective phrase that ends the clause ("anti-gay.", "a
// student of Alinsky,").
func gapName(s *syntax.Sentence, k int) syntax.Phrase {
	if k >= len(s.Words) {
		return syntax.Phrase{}
	}
	if isOpenQuote(s, k) {
		return namedQuotations(s, k)
	}
	e := s.NounPhraseAt(k)
	if e < 0 {
		e = k
		for e < len(s.Words) && (s.Words[e].Tag.IsAdj() || s.Words[e].Tag == tag.RB && e+1 < len(s.Words) && s.Words[e+1].Tag.IsAdj()) {
			e++
		}
		if e == k {
			return syntax.Phrase{}
		}
	}
	for e < len(s.Words) && s.Words[e].Tag == tag.IN && s.Words[e].Is(lexicon.NounPreposition) {
		x := s.NounPhraseAt(e + 1)
		if x < 0 {
			break
		}
		e = x
	}
	if s.Words[s.Head(syntax.Phrase{From: k, To: e})].IsTime() {
		return syntax.Phrase{}
	}
	if e < len(s.Words) {
		if w := &s.Words[e]; !(w.Tag == tag.Comma || w.Tag == tag.Period || w.Tag == tag.Colon || isDash(s, e) || w.Tag == tag.CC) {
			return syntax.Phrase{}
		}
	}
	return syntax.Phrase{From: k, To: e}
}

// insideContent reports a frame of a gapped object (gapFrame) or of a
// relative pronoun (passiveBy: "which was condemned by X") whose cue lies
// in the content of an earlier frame of the sentence: "announced a fund
// for what we call the Prepare Program", "talked about a technology they
// call Iron Beam", "discussed the attack, which was condemned by X" name
// a thing inside that statement, which must keep its words.
func insideContent(s *syntax.Sentence, fr *Frame, earlier []Frame) bool {
	c := fr.Content[0]
	gap := fr.Kind == lexicon.Describe && !fr.Content[1].Empty() && c.To <= fr.Cue.From
	relative := c.Len() == 1 && c.To <= fr.Cue.From && (s.Words[c.From].Tag == tag.WDT || s.Words[c.From].Tag == tag.WP)
	if !gap && !relative {
		return false
	}
	for k := range earlier {
		for _, c := range earlier[k].Content {
			if c.Has(fr.Cue.From) {
				return true
			}
		}
	}
	return false
}
