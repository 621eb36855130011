package cue

// The object a cue takes before its content: someone addressed, a thing
// described or named ("called the plan “a trap”"), an appositive before
// a charge.

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// addressee reports a head that can be the one a cue addresses: a
// pronoun, a name, a person ("scolded him", "rebuked Velk", "told the
// minister"), not a thing promised or proposed ("promised mass
// deportation: “…”" quotes someone else).
func addressee(h *syntax.Word) bool {
	return h.Tag == tag.PRP || h.Tag.IsProperNoun() || h.Is(lexicon.TitleHead) || h.Is(lexicon.PersonNoun)
}

// describesObject reports a verb of naming whose object alone says
// something: "described the dire situation".
// A participle after a noun is passive ("the assessments described in
// subsection (a)"), after "has" it is said.
func describesObject(s *syntax.Sentence, fr *Frame) bool {
	v := fr.Cue.From
	if e := s.Words[v].Entry; e == nil || !e.DescribesObject {
		return false
	}
	if s.Words[v].Tag != tag.VBN {
		return true
	}
	k := v - 1
	for k >= 0 && s.Words[k].Tag == tag.RB {
		k--
	}
	return k >= 0 && s.Words[k].Entry != nil && s.Words[k].Entry.Perfect
}

// namedAfter reports an object e that a name follows: "the plan a
// disaster", "the plan as a disaster", "the plan “a trap”".
func namedAfter(s *syntax.Sentence, e syntax.Phrase) bool {
	if e.Empty() || e.To >= len(s.Words) {
		return false
	}
	nx := &s.Words[e.To]
	return nx.Quote >= 0 || nx.Tag == tag.DT || nx.Tag == tag.JJ || nx.Likens()
}

// objectAt reports an object that opens right at k: a noun phrase (its
// determiner, whatever the tagger made of its noun), a free relative or
// a gerund ("described what happens", "described
// cascading changes"), not a reference ("described in (a)").
func objectAt(s *syntax.Sentence, k int) bool {
	if k >= len(s.Words) || s.Words[k].Quote >= 0 {
		return false
	}
	w := &s.Words[k]
	return s.NounPhraseAt(k) > k || w.Tag == tag.DT || w.Tag == tag.PRPS || w.Tag == tag.WP || w.Tag == tag.WRB || w.Tag == tag.VBG
}

// quotedNameAt is where the quotation that names an object begins, at k
// or past a determiner and an adjective before it ("a “clown”", "the
// “worst” deal"); 0 for none.
// A quotation after a determiner that a noun follows only modifies it
// ("called it an “unacceptable” violation of …"): the name is the whole
// phrase, and is left to the clause's bounds, as is one before a comma.
func quotedNameAt(s *syntax.Sentence, k int) int {
	k0 := k
	for n := 0; n < 2 && k+1 < len(s.Words) && s.Words[k].Quote < 0 && (s.Words[k].Tag == tag.DT || s.Words[k].Tag.IsAdj()); n++ {
		k++
	}
	if !isOpenQuote(s, k) {
		return 0
	}
	if k > k0 {
		e := quotationEnd(s, k)
		comma := s.Words[e-1].Tag == tag.Comma || e-2 > k && s.Words[e-2].Tag == tag.Comma
		if comma || e < len(s.Words) && (s.Words[e].Tag.IsNoun() || s.Words[e].Tag.IsAdj() || s.Words[e].Tag == tag.Comma) {
			return 0
		}
	}
	return k
}

// namedQuotations is the quotation opening at k and those joined to it by
// "and" or "or" ("“illegals” and “thugs”"), without their outer marks.
func namedQuotations(s *syntax.Sentence, k int) syntax.Phrase {
	p := syntax.Phrase{From: k, To: k + 1}
	for {
		q := s.Words[k].Quote
		e := k
		for e+1 < len(s.Words) && s.Words[e+1].Quote == q {
			e++
		}
		p.To = e + 1
		if e+2 < len(s.Words) && s.Words[e+1].Tag == tag.CC && isOpenQuote(s, e+2) {
			k = e + 2
			continue
		}
		return trimEnd(s, p)
	}
}

// maxAppositive is the most words an appositive between an object and
// its charge runs to.
const maxAppositive = 16

// pastAppositive is where the object ending at e goes on after an
// appositive between commas that a charge preposition follows ("accused
// the Tesmari leader, Ana Velk, of lying": "of"), or e itself.
func pastAppositive(s *syntax.Sentence, e int) int {
	if !isPunct(s, e, ',') {
		return e
	}
	for j := e + 1; j < len(s.Words) && j <= e+maxAppositive; j++ {
		w := &s.Words[j]
		if w.Quote >= 0 || w.Tag.IsFiniteVerb() {
			return e
		}
		if isPunct(s, j, ',') {
			if j > e+1 && j+1 < len(s.Words) && s.Words[j+1].Is(lexicon.ChargePreposition) {
				return j + 1
			}
			return e
		}
	}
	return e
}
