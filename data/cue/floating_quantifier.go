package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// floatingQuantifier is the speaker of a quantifier that floats after
// its subject: "they all vowed" is they, "we both said" is we; "all" is
// no one. Other phrases come back as they are.
func floatingQuantifier(s *syntax.Sentence, sp syntax.Phrase) syntax.Phrase {
	if sp.Len() != 1 || sp.From == 0 || !s.Words[sp.From].Is(lexicon.Quantifier) || s.Words[sp.From].Tag.IsNoun() {
		return sp
	}
	if p := &s.Words[sp.From-1]; p.Tag == tag.PRP && p.Is(lexicon.Pronoun) && p.Entry.Pronoun.Plural && p.Quote < 0 {
		return syntax.Phrase{From: sp.From - 1, To: sp.From}
	}
	return sp
}

// parentheticalQuantifier is the speaker of a quantifier that floats
// after names with parentheticals: "Jon Arno (D-Varn) and Ana Vell
// (D-Ostra) all said" is the two, as "Jon Arno and Ana Vell all said" is.
// Other phrases come back as they are.
func (f *Finder) parentheticalQuantifier(s *syntax.Sentence, sp syntax.Phrase) syntax.Phrase {
	if sp.Len() != 1 || sp.From < 2 || !s.Words[sp.From].Is(lexicon.Quantifier) || s.Words[sp.From].Tag.IsNoun() {
		return sp
	}
	e := nameBeforeParenthetical(s, sp.From-1)
	if e == sp.From-1 {
		return sp
	}
	a := s.NounPhraseEndingAt(e)
	if a < 0 {
		return sp
	}
	return syntax.Phrase{From: f.extendLeft(s, syntax.Phrase{From: a, To: e + 1}).From, To: sp.To}
}
