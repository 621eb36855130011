package cue

// The subject that opens its sentence, however it is post-modified.

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// clauseSubject is the subject of the verb at v when the sentence opens
// with a noun phrase and nothing between it and the verb is a clause of
// its own: "Democrats trying to regain the Senate say …", "Critics like
// Velk say …", "The last man to mount a third-party race says …",
// "Proponents of more controls on hate speech here say …". The words
// the tagger reads as no noun phrase (participles, infinitives, "like",
// "here") are the post-modifiers of the subject, since a verb of their
// own would need a subject and a finite form. The subject is the whole
// span, as a reader names the speaker; empty when a finite verb, a mark
// or a quotation comes between, outside a relative clause.
func clauseSubject(s *syntax.Sentence, v int) syntax.Phrase {
	if t := s.Words[v].Tag; !(t.IsFiniteVerb() || t == tag.VB) {
		return syntax.Phrase{}
	}
	j := v
	for j > 0 && (s.Words[j-1].Tag == tag.MD || s.Words[j-1].Tag.IsAdverb() || s.Words[j-1].Is(lexicon.Auxiliary) && s.Words[j-1].Tag.IsVerb()) {
		j--
	}
	if j > 0 && (s.Words[j-1].Tag == tag.TO || text.Lower(s.Words[j-1].Text) == "to") {
		return syntax.Phrase{} // "plans to propose", "a system to better predict": no finite verb
	}
	c := 0
	for c < j && (s.Words[c].Tag == tag.CC || s.Words[c].Tag.IsAdverb() && s.Words[c].Tag != tag.WRB) {
		c++ // "But", "Even", "And still"
	}
	e := s.NounPhraseAt(c)
	if e < 0 || e >= j || j-c > maxAside {
		return syntax.Phrase{}
	}
	h := &s.Words[s.Head(syntax.Phrase{From: c, To: e})]
	if h.IsTime() || h.Tag == tag.PRP || h.Tag == tag.CD || h.Tag == tag.EX || !(h.Tag.IsNoun() || h.Tag.IsProperNoun()) || !canSpeak(h) && h.Tag != tag.NNS {
		return syntax.Phrase{}
	}
	relative := false
	for k := e; k < j; k++ {
		if s.Words[k].Tag.IsProperNoun() && !h.Tag.IsProperNoun() {
			// "Republican activists clamoring to block Ana Velk say": a
			// name in a common noun's modifier would be read as the speaker
			return syntax.Phrase{}
		}
	}
	for k := c; k < j; k++ {
		w := &s.Words[k]
		switch {
		case w.Quote >= 0 || w.Tok.Kind == text.Quote || w.Tag == tag.Comma || w.Tag == tag.Colon || w.Tag == tag.Period || w.Tok.Has(text.Dash) ||
			w.Tag == tag.LRB || w.Is(lexicon.Complementizer) && w.Tag == tag.IN || w.Is(lexicon.Subordinator) && w.Tag != tag.IN:
			return syntax.Phrase{}
		case w.Tag == tag.WP || w.Tag == tag.WDT:
			relative = true
		case w.Tag.IsFiniteVerb() && !relative:
			return syntax.Phrase{}
		}
	}
	// an "adverb" after an adjective is the tagger's reading of the
	// subject's last noun ("a pro-Tesmar rally/RB said"): a subject ends
	// in no adjective
	for j < v && s.Words[j].Tag.IsAdverb() && s.Words[j-1].Tag == tag.JJ {
		j++
	}
	return syntax.Phrase{From: c, To: j}
}
