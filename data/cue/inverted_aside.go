package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// maxInvertedAside bounds the words of an appositive after an inverted
// speaker set inside its content.
const maxInvertedAside = 20

// invertedInside finds an inverted cue set between a subject and its
// predicate: "Any reading of Velk's actions, said Tad Arno, an expert on
// Orlavia, would read this as …", "The paradox of the deal, says Ana
// Velk, historian at the Library, is that …". The subject before the cue
// and the predicate after the speaker (and its appositive) are the
// content. Only a verb of the say or that frame is set so: "The
// programme, called EB-5, allows …" names the subject.
func (f *Finder) invertedInside(s *syntax.Sentence, i int, c lexicon.Cue, cue syntax.Phrase) (Frame, bool) {
	w := &s.Words[i]
	if !(c.Frame == lexicon.Say || c.Frame == lexicon.That) || !(w.Tag == tag.VBD || w.Tag == tag.VBZ) ||
		i < 2 || !isPunct(s, i-1, ',') || s.Words[i-2].Quote >= 0 {
		return Frame{}, false
	}
	from := 0
	if isOpenQuote(s, 0) {
		return Frame{}, false
	}
	subject := syntax.Phrase{From: from, To: i - 1}
	if hasFiniteVerb(s, subject.From, subject.To) || hasOpenQuote(s, subject.From) && s.Words[subject.From].Quote >= 0 {
		return Frame{}, false
	}
	for k := subject.From; k < subject.To; k++ {
		if s.Words[k].Tag == tag.Comma || s.Words[k].Tag == tag.Colon {
			return Frame{}, false // "In Port Selin, the minister …": an adjunct, a list
		}
	}
	if s.NounPhraseAt(subject.From) < 0 {
		return Frame{}, false
	}
	sp := f.speakerAfter(s, cue.To)
	if sp.Empty() || !canSpeak(&s.Words[s.Head(sp)]) {
		return Frame{}, false
	}
	if sp.To+1 < len(s.Words) && s.Words[sp.To].Tag == tag.CC {
		if e := s.NounPhraseAt(sp.To + 1); e > 0 {
			sp.To = e // "said Arno and others"
		}
	}
	if !isPunct(s, sp.To, ',') {
		return Frame{}, false
	}
	k := sp.To
	var aside syntax.Phrase
	e := k + 1
	for e < len(s.Words) && e <= k+maxInvertedAside && !isPunct(s, e, ',') && s.Words[e].Quote < 0 && s.Words[e].Tag != tag.Period {
		e++
	}
	switch {
	case isPunct(s, e, ',') && !hasFiniteVerbBut(s, k+1, e) && predicateAt(s, e+1):
		// "said Ana Velk, historian/VBP at the Library, is …": an
		// appositive, whatever the tagger made of its first word
		aside = syntax.Phrase{From: k + 1, To: e}
		k = e
	case !predicateAt(s, k+1):
		return Frame{}, false
	}
	rest := trimEnd(s, syntax.Phrase{From: k + 1, To: len(s.Words)})
	if rest.Empty() {
		return Frame{}, false
	}
	fr := Frame{Cue: cue, Lemma: c.Lemma, Kind: c.Frame, Shape: Parenthetical, Speaker: sp, Aside: aside}
	fr.Content[0] = subject
	fr.Content[1] = bound(s, cutAtAccording(s, rest), fr.Kind)
	return fr, !fr.Content[1].Empty()
}

// predicateAt reports a finite verb or a modal at k (past adverbs),
// outside quotations: the predicate of a subject set off before it.
func predicateAt(s *syntax.Sentence, k int) bool {
	for k < len(s.Words) && s.Words[k].Tag == tag.RB {
		k++
	}
	return k < len(s.Words) && s.Words[k].Quote < 0 && (s.Words[k].Tag.IsFiniteVerb() && !s.Words[k].Is(lexicon.CueVerb))
}

// hasFiniteVerbBut reports a finite verb in [from, to) other than one
// the tagger made of a noun after a determiner-less appositive's first
// word ("historian/VBP at the Library").
func hasFiniteVerbBut(s *syntax.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if s.Words[k].Tag.IsFiniteVerb() && k != from {
			return true
		}
	}
	return false
}
