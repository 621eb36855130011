package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/text"
)

// relativeAntecedent is who a relative clause's cue is of, given the
// noun phrase just before "who" (near), a person or a group, and that phrase
// extended to the left over its prepositions (far): far when its head can
// speak ("a spokesman for the ministry who said"), near when far's head
// is a thing or an act that cannot ("the support of a retired general
// who suggested …" is the general's) or when far reaches over a verb
// into the clause before ("the board heard from a former staff member
// who said …" is the staff member's).
func relativeAntecedent(s *syntax.Sentence, near, far syntax.Phrase) syntax.Phrase {
	if far.From >= near.From || text.Lower(s.Words[near.To].Text) != "who" {
		return far
	}
	if h := &s.Words[s.Head(s.Core(near))]; !h.Is(lexicon.TitleHead) && !h.Is(lexicon.PersonNoun) && !h.Is(lexicon.Group) {
		return far // a place or a body before "who" may be a modifier of the person ("the CEO of Varn Air who said")
	}
	if !canSpeak(&s.Words[s.Head(s.Core(far))]) {
		return near
	}
	for i := far.From; i < near.From; i++ {
		if s.Words[i].Tag.IsVerb() {
			return near
		}
	}
	return far
}
