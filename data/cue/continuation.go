package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// continueAfterCue gives a cue set after its content the rest of the
// clause it interrupts: "There is a risk, some officials said, that the
// talks will fail", "It is his job, he said, to talk to the Council",
// "“It is a better use of capital,” he added, to pursue a levy". The rest
// goes on with the content when it opens with "that", an infinitive or
// the verb of the content's subject, or is the main clause of a content
// that is only a subordinate clause ("If the talks fail, Velk said, the
// army will move"); a participle (", adding …") is a
// cue of its own, and other clauses (", but …", ", as …") are the
// writer's.
func (f *Finder) continueAfterCue(s *syntax.Sentence, fr *Frame) {
	if fr.Shape != ContentFirst && fr.Shape != Inverted || fr.Content[0].Empty() || !fr.Content[1].Empty() || fr.QuoteBefore {
		return
	}
	k := fr.Cue.To
	if fr.Shape == Inverted {
		k = max(fr.Speaker.To, fr.Aside.To)
	}
	if fr.Content[0].To > k {
		return
	}
	if c := fr.Content[0]; c.Len() == 1 && (s.Words[c.From].Tag == tag.WDT || s.Words[c.From].Tag == tag.WP) {
		return // "the letter, which was first reported by X, was signed …": the rest is the main clause's
	}
	k = f.skipAdjuncts(s, fr, k)
	if !isPunct(s, k, ',') || k+1 >= len(s.Words) {
		return
	}
	w := &s.Words[k+1]
	if w.Quote >= 0 || !(w.Is(lexicon.Complementizer) && w.Tag == tag.IN || w.Tag == tag.TO || w.Tag == tag.MD || w.Tag.IsFiniteVerb() ||
		mainClauseAfter(s, fr.Content[0], k+1) || breaksOff(s, fr.Content[0]) && w.Tag != tag.VBG || f.continuingClauseAt(s, fr.Content[0], k+1)) {
		return
	}
	from := k + 1
	if w.Is(lexicon.Complementizer) && w.Tag == tag.IN && !continuesContent(w) {
		from++ // "that" opens it and is not said; "if" says a condition
	}
	rest := trimEnd(s, syntax.Phrase{From: from, To: len(s.Words)})
	if rest.Len() < 2 {
		return
	}
	fr.Content[1] = bound(s, cutAtAccording(s, rest), fr.Kind)
}

// continuingClauseAt reports a clause at k that unquoted content c goes
// on into past the cue: a reason or condition ("The effects are hard to
// predict, economists say, because …", "…, Velk said, if the border
// stays closed"). Not the circumstance of the saying ("…, she said, when
// asked …"), nor a clause with a saying of its own ("…, Velk said,
// because Arno said …" is Arno's), nor after a quotation, whose marks
// end what was said.
func (f *Finder) continuingClauseAt(s *syntax.Sentence, c syntax.Phrase, k int) bool {
	if k+1 >= len(s.Words) || !continuesContent(&s.Words[k]) || s.Words[c.From].Quote >= 0 || s.Words[c.To-1].Quote >= 0 {
		return false
	}
	if n := s.Words[k+1].Tag; n == tag.VBN || n == tag.VBG {
		return false
	}
	for j := k + 1; j < len(s.Words); j++ {
		if s.Words[j].Tag.IsFiniteVerb() && f.isCue(s, j) {
			return false
		}
	}
	return true
}

// adjunctOnly reports content that is only a phrase of place, time or
// audience ("to reporters", "Wednesday on Channel 4"): it opens with
// "to", a word of time or a preposition of setting, and has no verb,
// quotation or clause.
func adjunctOnly(s *syntax.Sentence, p syntax.Phrase) bool {
	if p.Empty() {
		return false
	}
	first := &s.Words[p.From]
	// "commented on the death", "said of the talks": a preposition of
	// topic opens the content; one of setting, time or address does not
	// ("today’s launch of the talks", "this dialogue" are objects)
	if !(first.Tag == tag.TO || settingAt(s, p.From, p.To)) || first.Is(lexicon.Complementizer) {
		return false
	}
	for k := p.From; k < p.To; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 || w.Tok.Kind == text.Quote || w.Tag.IsVerb() || w.Tag == tag.MD || w.Is(lexicon.Complementizer) || w.Is(lexicon.Subordinator) && w.Tag != tag.IN {
			return false
		}
	}
	return true
}

// adjunctsAfter is what follows a cue when its content slot is empty
// and only prepositional phrases came after it (pp is where they began).
func adjunctsAfter(s *syntax.Sentence, after syntax.Phrase, pp int) syntax.Phrase {
	if after.Empty() && pp >= 0 {
		return trimEnd(s, syntax.Phrase{From: pp, To: len(s.Words)})
	}
	return after
}

// mainClauseAfter reports content c that opens with a subordinator
// ("if", "unless", "when") and a clause at k, its main clause, perhaps
// after a phrase set off by commas ("If Tesmar can build a wall, Velk
// said, without cranes, then Orlavia can build two"). A subordinator the
// tagger read as a question word opens it too ("When/WRB Tesmar
// builds"), and a condition whatever the tagger made of it ("Unless/JJ
// talks resume").
func mainClauseAfter(s *syntax.Sentence, c syntax.Phrase, k int) bool {
	first := &s.Words[c.From]
	opens := first.Is(lexicon.Subordinator) && (first.Tag == tag.IN || first.Tag == tag.WRB) || first.Is(lexicon.Conditional)
	if !opens || first.Quote >= 0 || first.Is(lexicon.Complementizer) && !first.Is(lexicon.Conditional) {
		return false
	}
	for j := c.From + 1; j < c.To; j++ {
		if s.Words[j].Tag == tag.Comma {
			return false // "If the talks fail, the army moves, Velk said": the main clause is before
		}
	}
	return newClause(s, pastSetOffPhrase(s, k), len(s.Words))
}

// pastSetOffPhrase is where the clause goes on after a prepositional
// phrase at k closed by a comma ("without tractors or cranes, then …"):
// past the comma and any adverbs; k itself when no such phrase opens
// there.
func pastSetOffPhrase(s *syntax.Sentence, k int) int {
	if k >= len(s.Words) || s.Words[k].Tag != tag.IN || s.Words[k].Quote >= 0 || s.Words[k].Is(lexicon.Subordinator) {
		return k
	}
	for j := k + 1; j < len(s.Words) && j <= k+maxSetOffPhrase; j++ {
		w := &s.Words[j]
		switch {
		case w.Quote >= 0 || w.Tag.IsVerb() || w.Tag == tag.MD:
			return k
		case w.Tag == tag.Comma:
			return pastAdverbs(s, j+1, len(s.Words))
		}
	}
	return k
}

// maxSetOffPhrase is the most words a phrase set off before a main clause
// runs to its comma: a preposition's short phrase of means or manner
// ("without cranes or tractors," is four), with room for an article and
// an adjective. Past it a verbless run is likelier a list or a long noun
// phrase whose comma closes no aside. No phrase in the corpus or PolNeAR
// train comes near it (a bound of 100 gives the same output).
const maxSetOffPhrase = 6
