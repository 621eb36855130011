package cue

// What a phrase's context makes of it: an object, a condition, a list, a
// clause opener or the place of a subject.

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// objectOf finds the verb whose object begins at a: the verb right
// before it, or one before prepositional phrases that come first ("sent
// to the Register for publication the notice"); -1 when none.
func objectOf(s *syntax.Sentence, a int) int {
	for k := a - 1; k >= 0 && k >= a-maxAside; k-- {
		w := &s.Words[k]
		switch {
		case w.Tag.IsVerb():
			return k
		case w.Quote >= 0 || w.Tag == tag.Comma || w.Tag == tag.Colon || w.Tag == tag.CC || w.Tag == tag.Period:
			return -1
		}
	}
	return -1
}

// conditional reports a verb at v in a condition: "if" or "unless"
// before it in its sentence, past commas and joined verbs ("unless, within
// 90 days, the President publishes … and transmits …").
func conditional(s *syntax.Sentence, v int) bool {
	for k := v - 1; k >= 0; k-- {
		w := &s.Words[k]
		switch {
		case w.Quote >= 0 || w.Tag == tag.Colon:
			return false
		case w.Is(lexicon.Conditional):
			return true
		}
	}
	return false
}

// previousVerb finds the finite verb before j, outside quotations.
func previousVerb(s *syntax.Sentence, j int) int {
	for k := j - 1; k >= 0; k-- {
		w := &s.Words[k]
		if w.Quote < 0 && (w.Tag == tag.VBD || w.Tag == tag.VBZ || w.Tag == tag.VBP) {
			return k
		}
	}
	return -1
}

// inRelativeAside reports a verb at v in a relative clause about a thing
// that opens after a comma: ", which let him go in 2015,". A "who"
// clause may go on past its comma with the same person's next verb
// (", who walked him through the system, and also talked about …"),
// and is left to it.
func inRelativeAside(s *syntax.Sentence, v int) bool {
	for k := v - 1; k > 0; k-- {
		if w := &s.Words[k]; w.Tag == tag.Comma || w.Quote >= 0 {
			return false
		}
		if w := &s.Words[k]; w.Tag == tag.WDT && s.Words[k-1].Tag == tag.Comma {
			return true
		}
	}
	return false
}

// mainVerbBefore finds the finite verb before j whose subject a
// participle after a comma goes on with: the last one that does not
// stand in a dependent clause ("rose to the defense of Blatter, … FIFA,
// who is under investigation, saying …" is the one who rose; "veered
// close to an admission that soldiers had fought, saying …" the one who
// veered). The last finite verb when all are dependent; -1 when none.
func mainVerbBefore(s *syntax.Sentence, j int) int {
	last := previousVerb(s, j)
	for k := last; k >= 0; k = previousVerb(s, k) {
		if !dependentVerb(s, k) {
			return k
		}
	}
	return last
}

// dependentVerb reports a finite verb at k whose clause a relative
// pronoun or a complementiser opens, or that a verb of saying reports
// ("seemed to indicate he knows"), with no comma between.
func dependentVerb(s *syntax.Sentence, k int) bool {
	for i := k - 1; i >= 0; i-- {
		w := &s.Words[i]
		switch {
		case w.Quote >= 0:
			return false
		case w.Tag == tag.Comma || w.Tag == tag.Colon || w.Tag == tag.CC || w.Tag == tag.WRB ||
			w.Tag == tag.IN && w.Is(lexicon.Subordinator) && !w.Is(lexicon.Complementizer):
			// "… when Velk ended the debate, remarking …": an adverbial
			// clause's verb is as near as the participle goes
			return false
		case w.Tag == tag.WP || w.Tag == tag.WDT || w.Is(lexicon.Complementizer):
			return true
		case (w.Tag == tag.VBD || w.Tag == tag.VBZ || w.Tag == tag.VBP) && !w.Is(lexicon.Auxiliary) && w.Is(lexicon.CueVerb):
			return true // what a verb of saying reports: "indicated he knows her"
		}
	}
	return false
}

// listObject reports a phrase at a that ends a list of three or more with
// a comma before its "and", which is an object: of the verb before it
// ("advance resolutions, statements, and interventions responding to …"),
// or after "of" in an object ("convened a cohort of mayors, engineers, and
// donors committed to …"). What follows the list is a reduced relative,
// not the donors committing. "We, the leaders of A, B, and C condemn" is a
// subject.
func listObject(s *syntax.Sentence, a int) bool {
	k := a - 1
	if k < 1 || s.Words[k].Tag != tag.CC || !isPunct(s, k-1, ',') {
		return false
	}
	items := 0
	for e := k - 2; ; {
		b := s.NounPhraseEndingAt(e)
		if b < 1 {
			return false
		}
		items++
		if isPunct(s, b-1, ',') {
			e = b - 2
			continue
		}
		if items < 2 || clauseOpener(s, b-1) {
			return false
		}
		if w := &s.Words[b-1]; w.Partitive() && b >= 2 && (s.Words[b-2].Tag == tag.NN || s.Words[b-2].Tag == tag.NNS) &&
			!s.Words[b-2].Tok.Has(text.Cap) {
			b = s.NounPhraseEndingAt(b - 2) // "a cohort": is it an object?
			if b < 1 {
				return false
			}
		}
		// the object of a verb of saying or of "be" may open a clause of its
		// own: "announced the Departments of A, B, and C will be raising …",
		// "the countries are A, B, and C are announcing …"
		v := &s.Words[b-1]
		return v.Tag.IsVerb() && !v.Is(lexicon.CueVerb) && !v.Is(lexicon.Auxiliary) && !v.Is(lexicon.Passive)
	}
}

// clauseOpener reports a sentence or a stretch after a comma that opens
// with a prepositional or participial phrase holding the word at k: "In
// the framework of our partnership, A and B …", "Noting their concern
// about activities that undermine the order, A and B …".
func clauseOpener(s *syntax.Sentence, k int) bool {
	for ; k > 0; k-- {
		if w := &s.Words[k-1]; w.Tag == tag.Comma || w.Tag == tag.Colon || w.Tok.Kind == text.Quote {
			break
		}
	}
	w := &s.Words[k]
	return w.Tag == tag.IN || w.Tag == tag.TO || w.Tag == tag.VBG || w.Tag == tag.VBN || w.Tag.IsAdverb()
}

// objectRelative reports a cue whose subject sp follows a relative
// pronoun that stands for the cue's object ("the business, which friends
// described as miserable, …"): what it says is the noun before, not what
// follows. A gap before a finite verb is content all the same ("the plan,
// which Velk said would fail"), as is the rest of a pseudo-cleft ("one of
// the things that Velk said to Arno is we …"), and a charge ("the war
// that analysts blame for …").
func objectRelative(s *syntax.Sentence, sp syntax.Phrase, after int, kind lexicon.Frame) bool {
	r := sp.From - 1
	switch {
	case r < 1 || s.Words[r].Quote >= 0:
		return false
	case s.Words[r].Tag == tag.WDT || s.Words[r].Tag == tag.WP:
		if prev := &s.Words[r-1]; prev.Tag != tag.Comma && !prev.Tag.IsNoun() {
			return false // "a story in which sources said …": a clause of its own
		}
	case !zeroRelative(s, sp, after):
		return false
	}
	if after < len(s.Words) {
		if next := &s.Words[after]; next.Tag.IsVerb() || next.Tag == tag.MD || next.Tag == tag.TO || next.Is(lexicon.Complementizer) ||
			next.Tag.IsNoun() || next.Tag.IsAdj() || next.Tag == tag.DT || next.Tag == tag.PRP || kind == lexicon.Accuse && next.Is(lexicon.ChargePreposition) {
			return false // an object or a clause of its own follows: "which we urge the authorities to …"
		}
	}
	for k := after; k < len(s.Words); k++ {
		w := &s.Words[k]
		switch {
		case w.Quote >= 0 || w.Tag == tag.Comma && isOpenQuote(s, k+1):
			return false // "… that Velk said, “…”": no relative clause
		case w.Tag == tag.VBZ || w.Tag == tag.VBD || w.Tag == tag.VBP || w.Tag == tag.MD:
			return false
		case w.Tag == tag.Comma || w.Tag == tag.Colon || w.Tag == tag.Period || isDash(s, k):
			return true
		}
	}
	return true
}

// zeroRelative reports a subject pronoun right after a common noun, the
// relative pronoun left out: "the rate he proposed for families" is the
// rate's clause, the noun the cue's object; not when an object follows
// the cue ("in this spirit we reaffirm our support").
func zeroRelative(s *syntax.Sentence, sp syntax.Phrase, after int) bool {
	n, w := &s.Words[sp.From-1], &s.Words[sp.From]
	return sp.Len() == 1 && w.Tag == tag.PRP && w.Is(lexicon.Pronoun) &&
		(n.Tag == tag.NN || n.Tag == tag.NNS) && !n.Tok.Has(text.Cap) && n.Quote < 0 && !n.Is(lexicon.Time) &&
		(after >= len(s.Words) || s.Words[after].Tag != tag.PRPS)
}

// boundaryBefore reports whether a clause can begin at word b.
func boundaryBefore(s *syntax.Sentence, b int) bool {
	if b == 0 {
		return true
	}
	w := &s.Words[b-1]
	switch {
	case w.Tok.Kind == text.Quote, w.Tag == tag.Comma, w.Tag == tag.Colon, w.Tag == tag.LRB, w.Tok.Has(text.Dash):
		return true
	case w.Tag == tag.CC:
		return true
	case w.Is(lexicon.Subordinator):
		// "As a part of his plea, X, 44, said": a sentence opened by "as"
		// and a noun phrase is an adverbial phrase, not a clause
		return !(b == 1 && w.Tag == tag.IN)
	}
	return false
}

// subjectPosition reports whether a noun phrase starting at a can be a
// subject: it opens the sentence or a clause, rather than following a
// verb or a preposition that makes it an object.
func (f *Finder) subjectPosition(s *syntax.Sentence, a int) bool {
	p := a - 1
	if p < 0 {
		return true
	}
	w := &s.Words[p]
	switch {
	case w.Tok.Kind == text.Quote, w.Tag == tag.Comma, w.Tag == tag.Colon, w.Tag == tag.LRB, w.Tok.Has(text.Dash):
		return true
	case w.Tag == tag.CC, w.Is(lexicon.Subordinator), w.Tag == tag.RB, w.Tag == tag.WRB:
		return true
	case w.Tag == tag.IN || w.Tag == tag.TO || w.Tag.IsVerb() || w.Tag == tag.JJ || w.Tag == tag.POS:
		return false
	}
	return true
}

// relativeOpener finds "who", "which" or "that" opening a relative
// clause that holds the words before a, within the clause.
func relativeOpener(s *syntax.Sentence, a int) int {
	for k := a - 1; k > 0 && k >= a-maxAside; k-- {
		w := &s.Words[k]
		switch {
		case w.Tag == tag.WP || w.Tag == tag.WDT:
			return k
		case w.Tag == tag.Comma, w.Tag == tag.Colon, w.Tok.Kind == text.Quote, w.Tag == tag.Period:
			return -1
		}
	}
	return -1
}
