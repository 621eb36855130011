package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// subjectBeforeAside finds the subject of "X, a retired general, said",
// "Cory James, 22, of Flint, Mich., said", "On Monday, X, the envoy,
// said": the first noun phrase after a clause boundary that runs exactly
// to a comma or a dash, the rest up to j being its aside.
func (f *Finder) subjectBeforeAside(s *syntax.Sentence, j int) (sp, aside syntax.Phrase) {
	if sp, aside = f.complementedSubject(s, j); !sp.Empty() {
		return sp, aside
	}
	// the place of a dateline is no subject, and the comma after it
	// ("VARN, March 3 (Wire) — X, the envoy, said") sets off no aside
	for b := max(datelineEnd(s, j), j-maxAside); b < j; b++ {
		if !boundaryBefore(s, b) {
			continue
		}
		if s.Words[b].Tag == tag.VBG || s.Words[b].Tag == tag.IN {
			continue // "including section 232 of …,": a participle's or preposition's phrase
		}
		e := f.speakerAfter(s, b)
		if e.Empty() && s.Words[b].Tag == tag.RB && s.Words[b].Quote < 0 && b+1 < j {
			// "Even Kestria, its only ally, said": the adverb focuses the
			// name ("First his wife, Ana Velk, announced" leaves the name
			// in the aside to speak)
			if n := f.speakerAfter(s, b+1); !n.Empty() && s.Words[s.Head(s.Core(n))].Tag.IsProperNoun() {
				e = n
			}
		}
		if e.Empty() || e.To >= j {
			continue
		}
		if h := &s.Words[s.Head(s.Core(e))]; h.IsTime() || h.Tag == tag.CD {
			continue // "… on September 30, 2021 (86 FR 54279), …": a date speaks not
		}
		end := e.To
		if c := s.ParentheticalAfter(end); c > 0 && c < j && s.Words[end].Quote < 0 {
			end = c // "Sen. Ana Arno (R-Fla.), a member of …, said"
		}
		if r := relativeThenAside(s, end, j); r > 0 && s.Words[b].Quote < 0 {
			// "The judges who ruled that …, for instance, said": the
			// relative clause is the aside about the speaker
			return e, syntax.Phrase{From: end, To: r}
		}
		if !(isPunct(s, end, ',') || isDash(s, end)) || clauseInAside(s, end+1, j) {
			// not "X, two groups, will provide … and answer …": an
			// appositive holds no verb of its own outside a relative
			// clause
			continue
		}
		if isCloseQuote(s, e.To-1) || s.Words[b].Quote >= 0 {
			continue
		}
		if introductory(s, b, end, j) {
			continue
		}
		return e, syntax.Phrase{From: end + 1, To: j}
	}
	return nameInAside(s, j)
}

// nameInAside is the subject of "One of his advisers, Tad Devine, told
// …" and "One delegate not on the slate, Kelly Arno, said …" when the
// phrase opening the clause reads as no speaker (a number heads it, a
// negation breaks it): the name set off just before the verb is who
// speaks, and the phrase before it is the aside. The clause before the
// name holds no verb, so the name is not an object or a new clause.
func nameInAside(s *syntax.Sentence, j int) (sp, aside syntax.Phrase) {
	o := asideOpen(s, j)
	if o < 1 || isDash(s, j) != isDash(s, o) {
		return
	}
	e := s.NounPhraseAt(o + 1)
	if e != j {
		return
	}
	for k := o + 1; k < j; k++ {
		if !s.Words[k].Tag.IsProperNoun() || s.Words[k].IsTime() || s.Words[k].Quote >= 0 {
			return
		}
	}
	if n := s.Words[o-1].Tag; n != tag.NN && n != tag.NNS && !countedOne(s, o-1) {
		return // "in Newtown, Kestria, have filed": a place and its region
	}
	b := o - 1
	for b > 0 && !boundaryBefore(s, b) {
		b--
	}
	for k := b; k < o; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 || w.Tag.IsFiniteVerb() || w.Tag == tag.WP || w.Tag == tag.WDT {
			return
		}
	}
	if w := &s.Words[b]; w.Tag == tag.IN || w.Tag == tag.TO || w.Tag == tag.RB || w.Is(lexicon.Subordinator) {
		// "After the debate, Tad Arno, said": a phrase of time or place
		// is no aside about the speaker
		return syntax.Phrase{From: o + 1, To: j}, syntax.Phrase{}
	}
	return syntax.Phrase{From: o + 1, To: j}, syntax.Phrase{From: b, To: o}
}

// complementedSubject is the subject of "Officials familiar with the
// server taken from the house in Ruvo, Kestria, speaking on condition of
// anonymity, said": a phrase that opens the sentence and grows, read
// leftwards from its first comma, over "familiar with"-style complements
// and prepositions to the sentence's start, the rest up to j its aside.
// Read rightwards the phrase ends at "familiar", and the first phrase
// that runs to a comma is a place inside it. Empty when the phrase
// before the first comma does not reach back to the start, or when the
// phrase read rightwards already runs to that comma.
func (f *Finder) complementedSubject(s *syntax.Sentence, j int) (sp, aside syntax.Phrase) {
	k := 1
	for k < j && !isPunct(s, k, ',') {
		if s.Words[k].Quote >= 0 || s.Words[k].Tag.IsFiniteVerb() {
			return
		}
		k++
	}
	if k >= j || s.Words[0].Quote >= 0 {
		return
	}
	if e := f.speakerAfter(s, 0); e.Empty() || e.To >= k {
		return // "X, the envoy, said" and the like: the rightwards reading has it
	}
	if properOnly(s, k+1, j) {
		return // "One delegate not on the slate, Mara Vell, told": the name set off speaks (nameInAside)
	}
	a := s.NounPhraseEndingAt(k - 1)
	if a < 0 {
		return
	}
	p := f.extendLeft(s, syntax.Phrase{From: a, To: k})
	if p.From != 0 || !speakingSubject(&s.Words[s.Head(s.Core(p))]) || clauseInAside(s, k+1, j) {
		return
	}
	return p, syntax.Phrase{From: k + 1, To: j}
}

// properOnly reports words from..to that are all proper nouns: a name
// or a place set off by commas.
func properOnly(s *syntax.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if !s.Words[k].Tag.IsProperNoun() {
			return false
		}
	}
	return from < to
}

// quotationOpensAt reports whether the quotation closing at j opened at
// word k: then it is the content before the cue, not an aside.
func quotationOpensAt(s *syntax.Sentence, j, k int) bool {
	q := s.Words[j].Quote
	for i := 0; i < j; i++ {
		if s.Words[i].Quote == q {
			return i <= k
		}
	}
	return true
}

// asideOpen finds the comma or dash that opens the aside closing at j.
func asideOpen(s *syntax.Sentence, j int) int {
	dash := isDash(s, j)
	for k := j - 1; k > 0 && k >= j-maxAside; k-- {
		w := &s.Words[k]
		if w.Tok.Kind == text.Quote || w.Tag == tag.Period {
			return -1
		}
		if dash && isDash(s, k) || !dash && isPunct(s, k, ',') {
			return k
		}
	}
	return -1
}

// withSubjectBeforeAside is the noun phrase that "with" takes before an
// aside closing at j, when a comma opens the with-phrase (", with Ana
// Velk — who has called for … —"); empty when the aside follows anything
// else. After a noun "with" is the noun's ("conversations with Kestria –
// a neighbour – urging it to …"), and its noun phrase speaks not.
func withSubjectBeforeAside(s *syntax.Sentence, j int) syntax.Phrase {
	o := asideOpen(s, j)
	if o < 2 || s.Words[o].Quote >= 0 {
		return syntax.Phrase{}
	}
	a := s.NounPhraseEndingAt(o - 1)
	if a < 2 || s.Words[a-1].Quote >= 0 || text.Lower(s.Words[a-1].Text) != "with" || !isPunct(s, a-2, ',') || !canSpeak(&s.Words[s.Head(syntax.Phrase{From: a, To: o})]) {
		return syntax.Phrase{}
	}
	return syntax.Phrase{From: a, To: o}
}

// clauseInAside reports a modal right after a comma in words [from, to),
// with no relative pronoun or subordinator before it: "two groups, will
// provide …" is a clause, not an appositive. (Other verbs are no proof:
// "as you know", "the CEO, I should say" stand between a subject and its
// verb, and a past form may be the tagger's for a participle: "X,
// asked/VBD about it, said".)
func clauseInAside(s *syntax.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		w := &s.Words[k]
		if w.Tag == tag.WP || w.Tag == tag.WDT || w.Quote >= 0 || w.Is(lexicon.Subordinator) {
			return false
		}
		if w.Tag == tag.MD && isPunct(s, k-1, ',') {
			return true // a verb right after the appositive's comma, with no subject of its own
		}
	}
	return false
}

// relativeThenAside is the comma that ends a relative clause opening at
// k ("who ruled that Kestria could not …") when a short aside without a
// verb follows it up to the comma at j (", for instance,"); else -1.
func relativeThenAside(s *syntax.Sentence, k, j int) int {
	if k >= j || s.Words[k].Quote >= 0 || s.Words[k].Tag != tag.WP && s.Words[k].Tag != tag.WDT {
		return -1
	}
	r := -1
	for i := k + 1; i < j; i++ {
		if s.Words[i].Quote >= 0 {
			return -1
		}
		if isPunct(s, i, ',') {
			r = i
			break
		}
	}
	if r < 0 || r+1 >= j || j-r > 6 {
		return -1
	}
	name := true // "The envoy who led the talks, Tad Arno, said": the name speaks
	for i := r + 1; i < j; i++ {
		w := &s.Words[i]
		if w.Tag.IsVerb() || w.Tag == tag.MD || w.Tag.IsWh() || w.Tok.Kind == text.Quote {
			return -1
		}
		name = name && w.Tag.IsProperNoun()
	}
	if name {
		return -1
	}
	return r
}
