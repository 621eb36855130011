package syntax

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairNamedSubjectCue: the "-s" form of a verb of saying that the
// tagger made a plural noun after a name that opens its clause ("Ryan
// insists/NNS the party must …", "Merkel talks/NNS about a consensus",
// "The American Medical Association agrees/NNS with Dean", "Sanders, a
// senator from Vermont, also decries/NNS super PACs") is the name's verb:
// a name that opens its clause is no modifier of a plural noun after it,
// and the clause has no verb before the word. The word must be followed
// by what a verb takes: a clause, "that", the words of the cue's phrase
// ("calls for", "points out") or an object and the clause's end. A name
// after an article, a possessive or a preposition modifies the noun
// ("the Velk calls for reform", "Tesmar's claims that", "amid Orlavia
// claims"), and is left alone.
func (s *Sentence) repairNamedSubjectCue() {
	for i := 1; i+1 < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Tag != tag.NNS || w.Quote >= 0 || !w.Is(lexicon.CueVerb) || w.Tok.Has(text.Cap) || !thirdPerson(w) {
			continue
		}
		k := i - 1
		for k >= 0 && s.Words[k].Tag == tag.RB && s.Words[k].Quote < 0 {
			k-- // "also decries", "often insists"
		}
		if k < 0 || s.Words[k].Quote >= 0 {
			continue
		}
		if s.Words[k].Tag == tag.Comma {
			k = s.appositiveOpen(k) // "Ryan, a policy-focused conservative, insists"
			if k < 0 {
				continue
			}
		}
		if !s.nameOpensClause(k) || finiteVerbIn(s, 0, k) {
			continue
		}
		if !s.clauseFollows(i+1) && !s.cueRestFollows(w, i+1) && !s.objectThenEnd(i+1) && !s.addresseeThenRest(w, i+1) && !s.massObjectThenEnd(i+1) && !s.prepositionalThenEnd(i+1) {
			continue
		}
		w.Tag = tag.VBZ
	}
}

// thirdPerson reports a word whose verb of saying is in its "-s" form.
func thirdPerson(w *Word) bool {
	lower := text.Lower(w.Text)
	if !strings.HasSuffix(lower, "s") || strings.HasSuffix(lower, "ss") {
		return false
	}
	return verbForm(w, lexicon.Third)
}

// nameOpensClause reports a name ending at end (a run of proper nouns,
// an article before it) that opens its sentence or a clause: after
// nothing, a comma, a colon, a dash, "and", "but" or a subordinator.
func (s *Sentence) nameOpensClause(end int) bool {
	if w := &s.Words[end]; w.Tag != tag.NNP && w.Tag != tag.NNPS || w.Quote >= 0 {
		return false
	}
	k := end
	for k >= 0 && (s.Words[k].Tag == tag.NNP || s.Words[k].Tag == tag.NNPS) && s.Words[k].Quote < 0 {
		k--
	}
	for k >= 0 && k < end && s.Words[k].Tag == tag.NN && s.Words[k].Tok.Has(text.Cap) && s.Words[k].Quote < 0 {
		k-- // "Activist/NN Angela Davis": a capitalised title the tagger made a noun
	}
	if k >= 0 && s.Words[k].Tag == tag.DT && !s.Words[k].Is(lexicon.Indefinite) && end-k >= 2 {
		k-- // "The American Medical Association" ("the Tesmar calls" modifies)
	}
	if k < 0 {
		return true
	}
	p := &s.Words[k]
	return p.Tag == tag.Comma || p.Tag == tag.Colon || p.Tok.Has(text.Dash) || p.Tag == tag.CC ||
		p.Is(lexicon.Subordinator) && p.Tag != tag.IN
}

// appositiveOpen is the last word of the name before an appositive
// closing at the comma c ("Ryan, a conservative, insists"): the word
// before the comma that opens it, when the aside holds no verb.
func (s *Sentence) appositiveOpen(c int) int {
	for k := c - 1; k > 0 && k >= c-12; k-- {
		w := &s.Words[k]
		if w.Quote >= 0 || w.Tag.IsVerb() && w.Tag != tag.VBN || w.Tag == tag.MD || w.Tag == tag.WP || w.Tag == tag.WDT {
			return -1
		}
		if w.Tag == tag.Comma {
			return k - 1
		}
	}
	return -1
}

// cueRestFollows reports the words of one of w's phrases at k: "calls
// for", "points out", "talks about".
func (s *Sentence) cueRestFollows(w *Word, k int) bool {
	for _, c := range w.Entry.Cues {
		if c.Noun || len(c.Rest) == 0 || k+len(c.Rest) > len(s.Words) {
			continue
		}
		ok := true
		for j, r := range c.Rest {
			if text.Lower(s.Words[k+j].Text) != r {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// addresseeThenRest reports a preposition, its noun phrase and then the
// rest of one of w's phrases at k: "talks to Velk about the port".
func (s *Sentence) addresseeThenRest(w *Word, k int) bool {
	if k >= len(s.Words) || s.Words[k].Tag != tag.IN && s.Words[k].Tag != tag.TO {
		return false
	}
	e := s.NounPhraseAt(k + 1)
	return e > k+1 && s.cueRestFollows(w, e)
}

// prepositionalThenEnd reports prepositional phrases at k that end the
// sentence or its clause: "brags about his prowess in the debates.". A
// noun after a name would need a verb of its own before the end.
func (s *Sentence) prepositionalThenEnd(k int) bool {
	n := 0
	for k < len(s.Words) && s.Words[k].Tag == tag.IN && s.Words[k].Quote < 0 && !s.Words[k].Is(lexicon.Subordinator) {
		e := s.NounPhraseAt(k + 1)
		if e < 0 {
			return false
		}
		k, n = e, n+1
	}
	return n > 0 && (k >= len(s.Words) || s.Words[k].Tag == tag.Period || s.Words[k].Tag == tag.Comma && !laterFinite(s, k))
}

// massObjectThenEnd reports a singular noun with no article at k whose
// phrase ends the clause, or goes on only with "and" and more nouns and
// prepositions before a comma or the sentence's end: "demands
// accountability and transparency from the president, yet …". A plural
// there may be the noun's compound ("Velk claims victory"), so only a
// singular is taken.
func (s *Sentence) massObjectThenEnd(k int) bool {
	if k >= len(s.Words) || s.Words[k].Tag != tag.NN || s.Words[k].Quote >= 0 {
		return false
	}
	for j := k; j < len(s.Words); j++ {
		w := &s.Words[j]
		switch {
		case w.Tag == tag.Period || w.Tag == tag.Comma || w.Tag == tag.Colon:
			return j > k
		case w.Tag.IsNoun() || w.Tag.IsAdj() || w.Tag == tag.CC || w.Tag == tag.IN || w.Tag == tag.DT || w.Tag == tag.PRPS:
		default:
			return false
		}
	}
	return true
}

// objectThenEnd reports a noun phrase at k that ends the sentence or
// its clause: "decries super PACs.", "denounced the plan, but …",
// "denounce the test; …".
func (s *Sentence) objectThenEnd(k int) bool {
	if k < len(s.Words) && s.Words[k].Tag != tag.DT && s.Words[k].Tag != tag.PRPS && s.Words[k].Tag != tag.NNP && s.Words[k].Tag != tag.NNPS {
		return false // a bare plural after the word may be a compound: "Velk claims victory"
	}
	e := s.NounPhraseAt(k)
	if e < 0 {
		return false
	}
	return e >= len(s.Words) || s.Words[e].Tag == tag.Period || s.Words[e].Tag == tag.Comma || s.Words[e].Tag == tag.Colon || s.Words[e].Tag == tag.CC
}

// repairPerfectAdverb: a preposition between a perfect auxiliary and a
// past form of a verb of saying ("She has since/IN said that …", "have
// since/IN denounced the remarks") takes no noun phrase: it is an adverb
// of the verb, which is the auxiliary's participle.
func (s *Sentence) repairPerfectAdverb() {
	for i := 1; i+1 < len(s.Words); i++ {
		w, aux, next := &s.Words[i], &s.Words[i-1], &s.Words[i+1]
		if w.Tag != tag.IN || w.Quote >= 0 || !aux.Is(lexicon.Auxiliary) || !aux.Tag.IsVerb() || !next.Is(lexicon.CueVerb) {
			continue
		}
		if aux.Entry == nil || !aux.Entry.Perfect {
			continue
		}
		if next.Tag != tag.VBN && next.Tag != tag.VBD {
			continue
		}
		w.Tag = tag.RB
		next.Tag = tag.VBN
	}
}

// repairSubjectAdverb: a preposition between a subject and its past
// verb of saying ("he also once/IN said that …", "Velk since/IN told
// …") takes no noun phrase: it is an adverb of the verb, and the clause
// is the subject's, no subordinate one.
func (s *Sentence) repairSubjectAdverb() {
	for i := 1; i+1 < len(s.Words); i++ {
		w, next := &s.Words[i], &s.Words[i+1]
		if w.Tag != tag.IN || w.Quote >= 0 || w.Is(lexicon.Complementizer) || !next.Is(lexicon.CueVerb) || next.Tag != tag.VBD {
			continue
		}
		j := i - 1
		for j > 0 && s.Words[j].Tag == tag.RB {
			j--
		}
		if p := &s.Words[j]; p.Quote < 0 && (p.Tag == tag.PRP && p.SubjectPronoun() || p.Tag == tag.NNP && !p.IsTime()) {
			w.Tag = tag.RB
		}
	}
}
