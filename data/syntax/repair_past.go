package syntax

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairPastAfterSubject: a regular past form the tagger made a
// participle right after the subject that opens its clause ("It
// effectively disbanded/VBN after the election, Politico reported", "a
// bill that critics called/VBN anti-gay", "what Velk called/VBN “a
// problem”") is the clause's past tense when the clause has no other
// finite verb: a participle there would leave the subject without a
// verb. A participle before "by" is a passive ("Officials alarmed by
// …"), and one whose subject goes on to a finite verb after a comma
// ("Officials briefed on the talks, however, said") or after an aside
// between dashes ("The commitments announced today – part of a push –
// could reach …") modifies it.
func (s *Sentence) repairPastAfterSubject() {
	for i := 1; i < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Tag != tag.VBN || w.Quote >= 0 || !pastForm(w) {
			continue
		}
		if i+1 < len(s.Words) && s.Words[i+1].Is(lexicon.AgentPreposition) {
			continue
		}
		b := s.subjectOpeningBefore(i)
		if b < 0 {
			if s.closingCue(i) {
				w.Tag = tag.VBD
			}
			continue
		}
		e := clauseEnd(s, i+1)
		if finiteIn(s, i+1, thatClauseStart(s, w, i+1, e)) || e < len(s.Words) && s.Words[e].Tag == tag.Comma && b == 0 && subjectGoesOn(s, e) || asideThenVerb(s, e) {
			continue
		}
		w.Tag = tag.VBD
	}
}

// closingCue reports a verb of saying at v after a noun phrase that a
// comma opens, with only words of time and adverbs after it to the
// sentence's end: "…, a spokesman announced/VBN Monday morning." A
// participle there would leave the phrase hanging off the clause before
// with nothing to do; it is the verb of the clause that reports it.
func (s *Sentence) closingCue(v int) bool {
	w := &s.Words[v]
	if !w.Is(lexicon.CueVerb) || v < 2 || !s.Words[v-1].Tag.IsNoun() || s.Words[v-1].Quote >= 0 {
		return false
	}
	b := s.NounPhraseEndingAt(v - 1)
	if b < 1 || s.Words[b-1].Tag != tag.Comma || !s.Words[b].Tag.IsNoun() && s.Words[b].Tag != tag.DT {
		return false
	}
	k := v + 1
	for k < len(s.Words) && (s.Words[k].IsTime() || s.Words[k].Tag == tag.RB) && s.Words[k].Quote < 0 {
		k++
	}
	return k == len(s.Words)-1 && s.Words[k].Tag == tag.Period
}

// pastForm reports a form that can be a past tense as well as a
// participle: a regular "-ed", a verb of saying whose past is its
// participle ("told", "said"), or an irregular past that is its
// participle too ("sent", "held").
func pastForm(w *Word) bool {
	return strings.HasSuffix(text.Lower(w.Text), "ed") || pastOnly(w) || w.Entry != nil && w.Entry.IrregularPast
}

// subjectOpeningBefore is where the subject of the verb at v begins when
// it opens its clause: a noun phrase (or a subject pronoun) right before
// the verb, past adverbs and a phrase of time ("who Velk on Wednesday
// called"), at the sentence's start or after a relative pronoun, "that"
// or a subordinator. It is -1 otherwise.
func (s *Sentence) subjectOpeningBefore(v int) int {
	k := v - 1
	for n := 0; k >= 0 && n < 2 && (s.Words[k].Tag == tag.RB || s.Words[k].Tag == tag.RBR); n++ {
		k--
	}
	if k >= 2 && (s.Words[k].IsTime() || s.Words[k].Tag == tag.CD && text.IsYear(s.Words[k].Text)) && s.Words[k-1].Tag == tag.IN && s.Words[k-1].Quote < 0 {
		k -= 2 // "on Wednesday", "in 2015"
	}
	if k < 0 || s.Words[k].Quote >= 0 {
		return -1
	}
	if a := s.asideClosingAt(k); a >= 0 {
		return s.subjectBeforeAside(a)
	}
	h := &s.Words[k]
	switch {
	case h.Tag == tag.PRP:
		if !h.Is(lexicon.Pronoun) || h.Entry.Pronoun.Case != 's' {
			return -1
		}
	case !h.Tag.IsNoun() || h.Is(lexicon.Auxiliary) || h.Is(lexicon.Passive):
		return -1
	}
	b := s.nounPhraseWithOf(k, false)
	if b < 0 || b > 0 && s.Words[b-1].Tag == tag.POS {
		return -1
	}
	if b == 0 {
		return 0
	}
	p := &s.Words[b-1]
	if p.Quote >= 0 {
		return -1
	}
	if p.Tag == tag.WDT || p.Tag == tag.WP || p.Is(lexicon.FreeRelative) || p.Is(lexicon.Subordinator) && p.Tag != tag.CC {
		return b
	}
	if p.Tag == tag.Comma && s.openerBefore(b-1) && v+1 < len(s.Words) && s.Words[v+1].Tag != tag.IN && s.Words[v+1].Tag != tag.TO {
		// ("For this reason, the emergency declared/VBN in 2006, must
		// continue": a participle before its preposition modifies)
		return b
	}
	return -1
}

// asideClosingAt is where an aside that the comma or closing bracket at
// c ends begins (its opening comma or bracket), when it has no verb of
// its own: an apposition ("Arno, a former envoy, poked/VBN at …", "The
// chairman, Tad Arno, called/VBN for …"), a phrase of where and when
// ("Velk, in an interview on Friday, dwelled/VBN on …") or a party and
// state ("Sen. Tad Arno (R-Kes.) refused/VBN to …"). An aside that is a
// bare common noun is a list's item ("Apples, pears, imported …"), not
// an apposition. It is -1 otherwise.
func (s *Sentence) asideClosingAt(c int) int {
	closer := &s.Words[c]
	if closer.Quote >= 0 || closer.Tag != tag.Comma && closer.Tag != tag.RRB {
		return -1
	}
	conjunction := false
	for k := c - 1; k > 0; k-- {
		w := &s.Words[k]
		if w.Quote >= 0 || isFinite(w.Tag) || w.Tag == tag.MD || w.Tag == tag.Colon || w.Tok.Has(text.Dash) ||
			w.Tag == tag.WDT || w.Tag == tag.WP {
			return -1
		}
		conjunction = conjunction || w.Tag == tag.CC
		if closer.Tag == tag.RRB && w.Tag == tag.LRB || closer.Tag == tag.Comma && w.Tag == tag.Comma {
			if k+1 == c || closer.Tag == tag.Comma && (s.Words[k+1].Tag == tag.NN || s.Words[k+1].Tag == tag.NNS) {
				return -1
			}
			if conjunction && closer.Tag == tag.Comma && s.Words[k+1].Tag != tag.DT && s.Words[k+1].Tag != tag.PRPS {
				return -1 // "Velk, Arno and Brel, …": a list; "a former envoy and author" is one
			}
			return k
		}
		if w.Tag == tag.Comma || w.Tag == tag.LRB || w.Tag == tag.RRB {
			return -1
		}
	}
	return -1
}

// subjectBeforeAside is where the subject that an aside opening at a
// follows begins, when it opens the sentence (past a conjunction: "But
// Sen. Tad Arno (R-Kes.) refused …") or follows a phrase that opens it
// ("On the left, Ana Velk, the author, compared/VBN …"); -1 otherwise.
func (s *Sentence) subjectBeforeAside(a int) int {
	k := a - 1
	if k < 0 || s.Words[k].Quote >= 0 || !s.Words[k].Tag.IsNoun() || s.Words[k].Is(lexicon.Auxiliary) || s.Words[k].Is(lexicon.Passive) {
		return -1
	}
	b := s.nounPhraseWithOf(k, true)
	if b < 0 || b > 0 && s.Words[b-1].Tag == tag.POS {
		return -1
	}
	first := 0
	for first < b && (s.Words[first].Tag == tag.CC || s.Words[first].Tag == tag.RB) {
		first++
	}
	if b == first || s.Words[b-1].Tag == tag.Comma && s.Words[b-1].Quote < 0 && s.openerBefore(b-1) {
		return b
	}
	return -1
}

// nounPhraseWithOf is where the noun phrase ending at k begins, taking
// in the phrases "of" joins to it ("A group of doctors in 2015 sent/VBN
// …", "The minister of environment and energy, Ana Velk, …") and, with
// and, those a conjunction joins ("Velk and Arno, the envoys, …"); -1
// when no noun phrase ends at k.
func (s *Sentence) nounPhraseWithOf(k int, and bool) int {
	b := s.NounPhraseEndingAt(k)
	for n := 0; n < 3 && b >= 2 && s.Words[b-1].Quote < 0 && (s.Words[b-1].Partitive() || and && s.Words[b-1].Tag == tag.CC); n++ {
		a := s.NounPhraseEndingAt(b - 2)
		if a < 0 {
			break
		}
		b = a
	}
	return b
}

// openerBefore reports words before the comma at c that open the
// sentence with no clause of their own: a participle's or a
// preposition's phrase ("Citing a report, Velk repeatedly accused/VBN
// …", "In 2015, Velk sent/VBN …"), or the name an apposition follows
// ("Arno, a former envoy, poked/VBN at …"). The clause after the comma
// is the sentence's main one, and its subject opens it.
func (s *Sentence) openerBefore(c int) bool {
	if c < 1 {
		return false
	}
	for k := 0; k < c; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 || isFinite(w.Tag) || w.Tag == tag.MD || w.Tag == tag.Comma || w.Tag == tag.Colon || w.Tok.Has(text.Dash) {
			return false
		}
	}
	return true
}

// clauseEnd is the first comma, colon, dash, quotation mark or final
// punctuation from k on.
func clauseEnd(s *Sentence, k int) int {
	for ; k < len(s.Words); k++ {
		w := &s.Words[k]
		if w.Tag == tag.Comma || w.Tag == tag.Colon || w.Tag == tag.Period || w.Tok.Has(text.Dash) || w.Tok.Kind == text.Quote {
			return k
		}
	}
	return k
}

// finiteIn reports a finite verb or a modal outside quotations in [from, to).
func finiteIn(s *Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if w := &s.Words[k]; w.Quote < 0 && (isFinite(w.Tag) || w.Tag == tag.MD) {
			return true
		}
	}
	return false
}

// subjectGoesOn reports a finite verb after the comma at c with no noun
// or pronoun before it (past asides of adverbs: ", however, said"), which
// the sentence's opening phrase is the subject of. An inverted verb of
// saying right after the comma ("…, said X") takes the subject after it.
func subjectGoesOn(s *Sentence, c int) bool {
	for k := c + 1; k < len(s.Words); k++ {
		w := &s.Words[k]
		switch {
		case w.Quote >= 0:
			return false
		case isFinite(w.Tag) || w.Tag == tag.MD:
			return !(k == c+1 && w.Is(lexicon.CueVerb))
		case w.Tag.IsNoun() || w.Tag == tag.PRP || w.Tag == tag.CD:
			return false
		case w.Tag == tag.CC && k == c+1:
			return false // ", and said …": a second verb of the same subject
		case (w.Tag == tag.WDT || w.Tag == tag.WP) && k == c+1:
			// ", which let him go in 2015, and said …": the relative
			// clause's verb is its own; what follows its comma tells
			e := clauseEnd(s, k+1)
			for e+1 < len(s.Words) && s.Words[e].Tag == tag.Comma && s.Words[e+1].Tag.IsAdverb() {
				e = clauseEnd(s, e+2) // ", which ended Friday, however, said"
			}
			return e+1 < len(s.Words) && s.Words[e].Tag == tag.Comma && s.Words[e+1].Quote < 0 &&
				(isFinite(s.Words[e+1].Tag) || s.Words[e+1].Tag == tag.MD)
		}
	}
	return false
}

// asideThenVerb reports a dash at d that opens an aside closed by another
// dash, right after which a finite verb or a modal goes on.
func asideThenVerb(s *Sentence, d int) bool {
	if d >= len(s.Words) || !s.Words[d].Tok.Has(text.Dash) {
		return false
	}
	for k := d + 1; k < len(s.Words); k++ {
		if s.Words[k].Tok.Has(text.Dash) {
			k++
			for k < len(s.Words) && s.Words[k].Tag == tag.RB {
				k++
			}
			return k < len(s.Words) && s.Words[k].Quote < 0 && (isFinite(s.Words[k].Tag) || s.Words[k].Tag == tag.MD)
		}
	}
	return false
}

// thatClauseStart is where a verb of saying's that-clause begins between
// k and e ("Velk claimed/VBN in an interview that he is …"): the finite
// verbs after it are the content's, not the clause's. It is e for any
// other verb, or when no complementizer follows.
func thatClauseStart(s *Sentence, w *Word, k, e int) int {
	if !w.Is(lexicon.CueVerb) {
		return e
	}
	for ; k < e; k++ {
		if s.Words[k].Is(lexicon.Complementizer) {
			return k
		}
	}
	return e
}
