package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// relativeAntecedent is who a relative clause's cue is of, given the
// noun phrase just before "who" (near), a person or a group, and that phrase
// extended to the left over its prepositions (far): far when its head can
// speak ("a spokesman for the ministry who said"), near when far's head
// is a thing or an act that cannot ("the support of a retired general
// who suggested …" is the general's) or when far reaches over a verb
// into the clause before ("the board heard from a former staff member
// who said …" is the staff member's). "who" stands for a person: a named
// one just before it is who, unless far is a person too ("a lecture from
// Ana Velk, who said" is Velk's; "an aide to Ana Velk who said" the
// aide's).
func relativeAntecedent(s *syntax.Sentence, near, far syntax.Phrase) syntax.Phrase {
	who := near.To
	if isPunct(s, who, ',') {
		who++ // "Ana Velk, who said"
	}
	if far.From >= near.From || text.Lower(s.Words[who].Text) != "who" {
		return far
	}
	fh := &s.Words[s.Head(s.Core(far))]
	if h := &s.Words[s.Head(s.Core(near))]; !h.Is(lexicon.TitleHead) && !h.Is(lexicon.PersonNoun) && !h.Is(lexicon.Group) {
		if personName(s, near) && !someone(fh) {
			return near
		}
		return far // a place or a body before "who" may be a modifier of the person ("the CEO of Varn Air who said")
	}
	if !canSpeak(fh) {
		return near
	}
	for i := far.From; i < near.From; i++ {
		if s.Words[i].Tag.IsVerb() && !(s.Words[i].Tag == tag.VBG && (s.Words[i+1].Tag.IsNoun() || s.Words[i+1].Tag.IsAdj())) {
			return near // a verb, not a modifier ("the ranking member")
		}
	}
	return far
}

// personName reports a phrase headed by a name that is a person's: a
// given name, an honorific or a title stands in it before the head ("Jon
// Velk", "Mr. Velk", "Senator Velk", "Sen. Velk").
func personName(s *syntax.Sentence, p syntax.Phrase) bool {
	h := s.Head(s.Core(p))
	if !s.Words[h].Tag.IsProperNoun() {
		return false
	}
	for i := p.From; i < h; i++ {
		if w := &s.Words[i]; w.Is(lexicon.GivenName) || w.Is(lexicon.Honorific) || w.Is(lexicon.TitleHead) || w.Is(lexicon.TitleWord) && w.Tok.Has(text.Cap) {
			return true
		}
	}
	return false
}

// someone reports a head that stands for a person or people: a name, a
// title, a person noun, a group.
func someone(h *syntax.Word) bool {
	return h.Tag.IsProperNoun() || h.Is(lexicon.TitleHead) || h.Is(lexicon.PersonNoun) || h.Is(lexicon.Group)
}

// appositiveHost is the name that the phrase p before a relative "who"
// stands beside as its appositive: "Ana Velk, the ranking member, who
// said", "Jon Arno, Republican of Hollin, who said" and "Ana Velk, 24, of
// Hollin, who said" are Velk's and Arno's, whom the writer names. Empty
// when p follows no name so, or is a name itself ("Velk, Arno, who": a
// list).
func (f *Finder) appositiveHost(s *syntax.Sentence, p syntax.Phrase) syntax.Phrase {
	k := p.From - 1
	if k >= 0 && s.Words[k].Tag == tag.IN && s.Words[k].Is(lexicon.IssuerPreposition) {
		k-- // ", of Hollin,": where the person is from
	} else if p.From < 1 || capitalised(s, p) {
		return syntax.Phrase{}
	}
	if !isPunct(s, k, ',') {
		return syntax.Phrase{}
	}
	k--
	if k >= 1 && s.Words[k].Tag == tag.CD && isPunct(s, k-1, ',') {
		k -= 2 // an age: "Ana Velk, 24, of Hollin"
	}
	a := s.NounPhraseEndingAt(k)
	if a < 0 {
		return syntax.Phrase{}
	}
	if a >= 2 && s.Words[a-1].Tag == tag.IN && s.Words[a-1].Is(lexicon.IssuerPreposition) {
		if b := s.NounPhraseEndingAt(a - 2); b >= 0 {
			a = b // "Ana Velk of Hollin": the name and where she is from
		}
	}
	host := syntax.Phrase{From: a, To: k + 1}
	if h := &s.Words[s.Head(s.Core(host))]; !h.Tag.IsProperNoun() || h.Quote >= 0 || !personName(s, host) && !h.Is(lexicon.GivenName) {
		return syntax.Phrase{}
	}
	return host
}

// capitalised reports a phrase whose every word is capitalised: a name,
// no description.
func capitalised(s *syntax.Sentence, p syntax.Phrase) bool {
	for i := p.From; i < p.To; i++ {
		if !s.Words[i].Tok.Has(text.Cap) {
			return false
		}
	}
	return true
}
