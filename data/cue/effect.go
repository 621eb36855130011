package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// EffectOfThing reports a frame in which a thing, not someone, is the
// subject of a verb that tells as often what a thing did to a debate as
// what someone said: "the clash raised doubts", "the lopsided spending
// underscores their role", "the latest hiccup adds to the drama". No one
// speaks there, unless what follows is said ("the airline added that …",
// "…, the airline added" report).
func EffectOfThing(s *syntax.Sentence, fr *Frame) bool {
	if fr.Shape != SpeakerFirst || fr.Speaker.Empty() {
		return false
	}
	w := &s.Words[fr.Cue.From]
	return w.Tag.IsVerb() && w.Entry != nil && w.Entry.Effect && thing(s, fr.Speaker) && !saidContent(s, fr.Content[0])
}

// thing reports a speaker phrase headed by a common noun that names no
// one who can speak: not a person, group, body, text or medium, nor
// someone's ("his ex-wife"). "The clash", "Cruz's fusillade in Colorado"
// and "the candidate's visit" are things.
func thing(s *syntax.Sentence, p syntax.Phrase) bool {
	hi := s.Head(s.Core(p))
	h := &s.Words[hi]
	if h.Tag != tag.NN && h.Tag != tag.NNS || h.Tok.Has(text.Cap) && hi > 0 || canSpeak(h) {
		return false
	}
	o := &s.Words[p.From]
	return !(o.Tag == tag.PRPS && o.Is(lexicon.Pronoun) && o.Entry.Pronoun.Person == 3 && o.Entry.Pronoun.Gender != 'n')
}

// saidContent reports content that is a that-clause, follows a colon
// (or is the paragraphs after one: empty) or opens with a quotation.
func saidContent(s *syntax.Sentence, c syntax.Phrase) bool {
	if c.Empty() || s.Words[c.From].Quote >= 0 {
		return true
	}
	if c.From == 0 {
		return false
	}
	b := &s.Words[c.From-1]
	return b.Tag == tag.Colon || isComplementizer(b)
}
