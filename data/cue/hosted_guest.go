package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// hostedGuest reports the content of a hosting verb that is someone and
// then a place ("welcomed him to Varn", "welcomed Ana Velk in Tesmar"):
// a guest received, not words welcomed. The guest must be a person or a
// body that can speak, not a text ("welcomed the statement in …").
func hostedGuest(s *syntax.Sentence, fr *Frame) bool {
	c := fr.Content[0]
	if c.Empty() || c.From != fr.Cue.To || s.Words[c.From].Quote >= 0 {
		return false
	}
	e := s.NounPhraseAt(c.From)
	if e <= c.From || e+1 >= c.To || !s.Words[e].Is(lexicon.Locative) ||
		s.Words[e+1].Tag == tag.VBG || s.NounPhraseAt(e+1) <= e+1 {
		// "welcomed Panama's leadership in building …", "… leadership
		// to enhance …": no place after the preposition
		return false
	}
	h := &s.Words[s.Head(syntax.Phrase{From: c.From, To: e})]
	return speakingSubject(h) && !h.Is(lexicon.Document) && !h.Is(lexicon.Media) && !h.Is(lexicon.Organisation)
}
