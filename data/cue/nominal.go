package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// nounFrame handles a noun of saying with a that-clause: "X's warning
// that …", "his claim that …", "the claim by X that …".
func (f *Finder) nounFrame(s *syntax.Sentence, i int) (Frame, bool) {
	that := i + 1
	var by syntax.Phrase
	if that < len(s.Words) && s.Words[that].Is(lexicon.AgentPreposition) {
		// "the claim by X that …"
		by = f.speakerAfter(s, that+1)
		if by.Empty() {
			return Frame{}, false
		}
		that = by.To
	}
	var byAside syntax.Phrase
	if !by.Empty() && isPunct(s, that, ',') {
		// "complaints by the finance minister, Jonas Vell, that …"
		if a := asideAfter(s, that); !a.Empty() && isPunct(s, a.To, ',') && a.To+1 < len(s.Words) && s.Words[a.To+1].LinksClause() {
			byAside, that = a, a.To+1
		}
	}
	if that >= len(s.Words) || !s.Words[that].LinksClause() {
		return Frame{}, false
	}
	var c lexicon.Cue
	for _, x := range s.Words[i].Entry.Cues {
		if x.Noun && x.Frame == lexicon.That {
			c = x
		}
	}
	if c.Lemma == "" {
		return Frame{}, false
	}
	fr := Frame{Cue: syntax.Phrase{From: i, To: i + 1}, Lemma: c.Lemma, Kind: lexicon.That, Shape: Nominal}
	p := modifiersBefore(s, i)
	switch {
	case !by.Empty():
		fr.Speaker, fr.Aside = by, byAside
	case p >= 1 && s.Words[p-1].Tag == tag.PRPS:
		fr.Speaker = syntax.Phrase{From: p - 1, To: p}
	case p >= 2 && s.Words[p-1].Tag == tag.POS:
		a := s.NounPhraseEndingAt(p - 2)
		if a < 0 {
			return Frame{}, false
		}
		if a < p-2 && s.Words[a].Tag == tag.VBG {
			a++ // "contradicting the police's claim": the gerund governs the phrase
		}
		// the possessor is the phrase up to "’s", not the whole "X's claim"
		fr.Speaker = syntax.Phrase{From: a, To: p - 1}
		if s.Determiner(a) {
			fr.Speaker.From = a + 1
		}
	default:
		// "X made the false claim that …", "X is spreading lies that …":
		// the object of a verb, whose subject speaks
		a := s.NounPhraseEndingAt(i)
		if a >= 1 && a < i && s.Words[a].Tag == tag.VBG && (s.Words[a-1].Is(lexicon.Auxiliary) || s.Words[a-1].Tag.IsAdverb()) {
			a++ // "is intentionally spreading lies": the gerund is the verb, not a modifier
		}
		if a < 1 || !s.Words[a-1].Tag.IsVerb() || s.Words[a-1].Is(lexicon.Passive) && a-1 > 0 && s.Words[a-2].Tag != tag.PRP {
			return Frame{}, false
		}
		sp, aside, _ := f.subject(s, a-1)
		if sp.Empty() {
			return Frame{}, false
		}
		fr.Speaker, fr.Aside = sp, aside
		fr.Cue = syntax.Phrase{From: a - 1, To: i + 1}
	}
	from := s.NounPhraseEndingAt(i)
	if from < 0 {
		from = i
	}
	for k := from; k <= i; k++ {
		// "the false claim", "conspiracy theories", "lies"
		fr.Disputed = fr.Disputed || s.Words[k].Entry != nil && s.Words[k].Entry.Disputes
	}
	content := cutAtAccording(s, trimEnd(s, syntax.Phrase{From: that + 1, To: len(s.Words)}))
	if a := s.NounPhraseEndingAt(i); a >= 0 && !s.Words[max(a-1, 0)].Tag.IsVerb() && !s.Words[max(a-1, 0)].Tag.IsNoun() {
		// the phrase is a subject ("X's claim that A was false"): the
		// clause ends before the second verb of the sentence
		content = clauseOnly(s, content)
	}
	fr.Content[0] = content
	return fr, !fr.Content[0].Empty()
}

// modifiersBefore is where the modifiers of the noun at i begin, at most
// two adjectives or adverbs ("X's earlier claim that", "his oft-repeated
// warning that"): the possessor before them still owns the noun.
func modifiersBefore(s *syntax.Sentence, i int) int {
	p := i
	for p > 0 && i-p < 2 {
		t := s.Words[p-1].Tag
		if s.Words[p-1].Quote >= 0 || !(t.IsAdj() || t == tag.RB || t == tag.RBR || t == tag.RBS || t == tag.VBN) {
			break
		}
		p--
	}
	return p
}

// clauseOnly ends a that-clause that is itself inside a subject before
// the main verb: "X's claim that [the army was ready] was false".
func clauseOnly(s *syntax.Sentence, p syntax.Phrase) syntax.Phrase {
	seen := false
	for k := p.From; k < p.To; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 || !(w.Tag.IsFiniteVerb()) {
			continue
		}
		if seen {
			// the second verb: end where its verb group begins
			e := k
			for e > p.From && (s.Words[e-1].Tag == tag.RB || s.Words[e-1].Tag == tag.MD || s.Words[e-1].Is(lexicon.Auxiliary) && s.Words[e-1].Tag.IsVerb()) {
				e--
			}
			return trimEnd(s, syntax.Phrase{From: p.From, To: e})
		}
		seen = true
		for k+1 < p.To && (s.Words[k+1].Tag.IsVerb() || s.Words[k+1].Tag == tag.RB || s.Words[k+1].Tag == tag.TO) {
			k++ // the rest of the first verb group: "had been going to"
		}
	}
	return p
}

// hasPossessive reports a possessive in words [from, to): "her claim",
// "Velk's warning" have speakers of their own.
func hasPossessive(s *syntax.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if s.Words[k].Tag == tag.POS || s.Words[k].Tag == tag.PRPS {
			return true
		}
	}
	return false
}

// according handles "according to X": the content is the rest of the
// sentence, before or after it, or around it ("The implication, according
// to X, is that …"). X is a noun phrase with whatever modifies it up to
// the next comma ("a newly uncovered email previously kept secret").
func (f *Finder) according(s *syntax.Sentence, i int) (Frame, bool) {
	if i+2 >= len(s.Words) || text.Lower(s.Words[i].Text) != "according" || text.Lower(s.Words[i+1].Text) != "to" {
		return Frame{}, false
	}
	fr := Frame{Cue: syntax.Phrase{From: i, To: i + 2}, Lemma: "according to", Kind: lexicon.Say, Shape: According}
	fr.Speaker = f.speakerAfter(s, i+2)
	if fr.Speaker.Empty() {
		fr.Speaker = sourceToMark(s, i+2)
	}
	if fr.Speaker.Empty() || arrangement(s, fr.Speaker) {
		return Frame{}, false
	}
	// the modifiers after the phrase, then an appositive
	end := fr.Speaker.To
	for end < len(s.Words) && !isPunct(s, end, ',') && s.Words[end].Tag != tag.Period && s.Words[end].Tok.Kind != text.Quote {
		end++
	}
	if end > fr.Speaker.To {
		fr.Aside = syntax.Phrase{From: fr.Speaker.To, To: end}
	} else if a := asideAfter(s, end); !a.Empty() && isPunct(s, a.To, ',') && (!hasVerb(s, a.From, a.To) || s.Words[a.From].Tag == tag.WP) {
		// "According to the mediator, Ambassador Jon Vell, the sides …"
		fr.Aside = a
		end = a.To
	}
	start := datelineEnd(s, i) // "VARN (Wire) — …, according to X": the place is the writer's
	if isOpenQuote(s, start) {
		start++
	}
	if i >= 2 && (isPunct(s, i-1, ':') || isPunct(s, i-1, ';')) && isPunct(s, end, ',') && !atEnd(s, end+1) {
		start = i // "It has not gone unnoticed: according to X, …": a clause of its own
	}
	switch {
	case i <= start+1:
		// "According to X, …"
		if isPunct(s, end, ',') {
			end++
		}
		fr.Content[0] = trimEnd(s, syntax.Phrase{From: end, To: len(s.Words)})
	case isPunct(s, i-1, ',') && i >= 2 && (s.Words[i-2].LinksClause() || s.Words[i-2].Is(lexicon.Subordinator)) && isPunct(s, end, ','):
		// "It was important that, according to X, someone knew …"
		fr.Content[0] = trimEnd(s, syntax.Phrase{From: end + 1, To: len(s.Words)})
	case isPunct(s, i-1, ',') && isPunct(s, end, ',') && !atEnd(s, end+1) && !hasFiniteVerb(s, start, i-1):
		// "The implication, according to X, is that …"
		fr.Content[0] = syntax.Phrase{From: start, To: i - 1}
		fr.Content[1] = trimEnd(s, syntax.Phrase{From: end + 1, To: len(s.Words)})
	default:
		fr.Content[0] = accordingScope(s, trimEnd(s, syntax.Phrase{From: clauseBefore(s, start, i), To: i}))
	}
	return fr, !fr.Content[0].Empty()
}

// sourceToMark is the source of "according to" that the tagger read as
// no noun phrase ("according to election/VB lawyer Ana Velk", "according
// to a Democrat/JJ familiar with his remarks"): the words from k to the
// next comma, colon, quotation or end, when they hold no finite verb and
// end in a noun. Nothing but a source can stand there.
func sourceToMark(s *syntax.Sentence, k int) syntax.Phrase {
	e := k
	for e < len(s.Words) && e-k < maxAside {
		w := &s.Words[e]
		if w.Tag == tag.Comma || w.Tag == tag.Colon || w.Tag == tag.Period || w.Tok.Kind == text.Quote || w.Tok.Has(text.Dash) {
			break
		}
		if w.Tag.IsFiniteVerb() || w.Tag == tag.WP || w.Tag == tag.WDT || isComplementizer(w) && w.Tag == tag.IN {
			return syntax.Phrase{}
		}
		e++
	}
	if e == k || !s.Words[e-1].Tag.IsNoun() {
		return syntax.Phrase{}
	}
	return syntax.Phrase{From: k, To: e}
}

// arrangement reports a phrase headed by a measure or arrangement, no
// source: "according to a sliding formula", "according to plan",
// "according to the terms of the deal" (the head of the first noun
// phrase, before any "of").
func arrangement(s *syntax.Sentence, p syntax.Phrase) bool {
	e := s.NounPhraseAt(p.From)
	if e < 0 || e > p.To {
		e = p.To
	}
	h := &s.Words[s.Head(syntax.Phrase{From: p.From, To: e})]
	return h.Entry != nil && h.Entry.Arrangement
}

// hasVerb reports a finite verb in words [from, to), quoted or not.
func hasVerb(s *syntax.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if s.Words[k].Tag.IsFiniteVerb() {
			return true
		}
	}
	return false
}
