package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// passiveBy finds a passive verb of saying with its agent: "The remark
// was condemned by the Tesmar League", "the attacks, which were claimed
// by the Front", "The campaign, first reported by the Tesmar Journal,
// is …", "a fact first reported by Ana Velk". The agent speaks; what was
// said is the passive's subject (the noun phrase, or the relative
// pronoun that stands for it). Only the verbs of [passive cues] do: a
// verb whose object is an addressee, a person urged or described, or
// an act ("was told by", "was called by", "was defended by") reports no
// content as its subject; nor does an agent that cannot speak
// ("required by law").
func (f *Finder) passiveBy(s *syntax.Sentence, i int, c lexicon.Cue, cue syntax.Phrase) (Frame, bool) {
	switch c.Frame {
	case lexicon.Say, lexicon.Object, lexicon.That:
	default:
		return Frame{}, false
	}
	if w := &s.Words[i]; w.Tag != tag.VBN || c.Topic || w.Entry == nil || !w.Entry.PassiveCue {
		return Frame{}, false
	}
	fr := Frame{Cue: cue, Lemma: c.Lemma, Kind: c.Frame, Shape: ContentFirst}
	by := cue.To
	for by < len(s.Words) && (s.Words[by].Tag == tag.RB || s.Words[by].IsTime()) && !s.Words[by].Is(lexicon.Negation) {
		by++ // "was first reported last week by"
	}
	if e := timePhraseEnd(s, by); e > by {
		by = e
	}
	if by+1 >= len(s.Words) || !s.Words[by].Is(lexicon.AgentPreposition) || s.Words[by].Quote >= 0 {
		return Frame{}, false
	}
	sp := agentPhrase(s, f.speakerAfter(s, by+1))
	if sp.Empty() || !canSpeak(&s.Words[s.Head(sp)]) {
		return Frame{}, false
	}
	fr.Speaker = sp
	fr.Aside = asideAfter(s, sp.To)
	k := i - 1
	for k >= 0 && s.Words[k].Tag == tag.RB && !s.Words[k].Is(lexicon.Negation) {
		k-- // "first reported", "was first reported"
	}
	if k < 0 || s.Words[k].Quote >= 0 || s.Words[k].Is(lexicon.Negation) {
		return Frame{}, false
	}
	if w := &s.Words[k]; w.Is(lexicon.Passive) && w.Tag.IsVerb() && !w.Is(lexicon.Subordinator) {
		k--
		for k >= 0 && (s.Words[k].Tag == tag.RB || s.Words[k].Tag == tag.MD || s.Words[k].Is(lexicon.Auxiliary)) {
			if s.Words[k].Is(lexicon.Negation) || s.Words[k].Tag == tag.MD {
				return Frame{}, false // "was not confirmed", "might be claimed": nothing said yet
			}
			k--
		}
	} else if !(s.Words[k].Tag == tag.Comma || s.Words[k].Tag.IsNoun() && k < i-1) {
		// a participle right after its noun needs an adverb ("a fact
		// first reported by X"); "exit polls reported by the networks"
		// names the polls, not what the networks said
		return Frame{}, false
	}
	if k >= 1 && s.Words[k].Tag == tag.Comma {
		k-- // "The campaign, first reported by …, is …"
	}
	if k < 0 {
		return Frame{}, false
	}
	if w := &s.Words[k]; w.Tag == tag.WDT || w.Tag == tag.WP {
		fr.Content[0] = syntax.Phrase{From: k, To: k + 1}
		return fr, true
	}
	b := s.NounPhraseEndingAt(k)
	if b < 0 || s.Words[k].Quote >= 0 || s.Words[k].Tag == tag.PRP {
		// ("why it was mentioned by X": a pronoun says too little)
		return Frame{}, false
	}
	fr.Content[0] = f.extendLeft(s, syntax.Phrase{From: b, To: k + 1}) // "The ban of Ms. Velk"
	return fr, true
}

// agentPhrase is the agent's phrase without the phrase of time the
// speaker slot took in ("the Tesmar Journal on Tuesday").
func agentPhrase(s *syntax.Sentence, sp syntax.Phrase) syntax.Phrase {
	for k := sp.From + 1; k+1 < sp.To; k++ {
		if s.Words[k].Tag == tag.IN && s.Words[s.Head(syntax.Phrase{From: k + 1, To: sp.To})].IsTime() {
			sp.To = k
			break
		}
	}
	return sp
}
