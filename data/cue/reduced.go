package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// reducedRelative reports a cue verb at i that modifies the noun phrase
// sp before it, as a participle with its own phrases, while the verb
// after them is the clause's: "refugees admitted to the country are
// Christian", "the bureau cited in the post does not exist", "a merger
// announced Monday would turn Kestra Inc. into …". What the "content"
// would be opens with a finite verb or a modal that has no subject but
// sp, so nothing is said. A relative clause that reports ("the law that
// critics said was unfair", "names he said would be released") has its
// noun or relative word before the speaker, and a verb after an
// auxiliary ("has cited") is no participle of this kind.
func reducedRelative(s *syntax.Sentence, i int, sp, content syntax.Phrase) bool {
	if t := s.Words[i].Tag; t != tag.VBD && t != tag.VBN || sp.Empty() || sp.To != i || content.Empty() {
		return false
	}
	// the participle's own phrases stand between it and the clause's verb
	// ("a labor official said this year that cutbacks/VBZ …" is the
	// tagger's slip after "that", not a verb without a subject, and so is
	// a name: "discussed with President Saied/VBD the need …")
	first := &s.Words[content.From]
	if content.From <= i+1 || lexicallyIntroduced(s, content) || s.Words[content.From-1].Tag == tag.Comma ||
		first.Quote >= 0 || first.Tok.Has(text.Cap) || !(first.Tag == tag.MD || first.Tag.IsFiniteVerb()) {
		return false
	}
	// the phrases are of place and time, ending in their noun: not "said
	// this was", "responded by explaining it was", "said because Velk is",
	// where the clause's subject or a subordinator stands there
	if last := s.Words[content.From-1].Tag; !last.IsNoun() && last != tag.CD {
		return false
	}
	for k := i + 1; k < content.From; k++ {
		if w := &s.Words[k]; w.Tag == tag.PRP || w.Tag == tag.VBG || w.Tag == tag.DT && k == content.From-1 || w.Is(lexicon.Subordinator) {
			return false
		}
	}
	if sp.From == 0 {
		return true
	}
	p := &s.Words[sp.From-1]
	switch {
	case p.Tag == tag.WDT || p.Tag == tag.WP || p.Tag.IsNoun() || p.Tag == tag.PRP:
		return false
	case isComplementizer(p) || text.Lower(p.Text) == "what" || p.Is(lexicon.Subordinator) && p.Tag != tag.CC:
		// ("As the President acknowledged in his State of the Union
		// remarks/VBZ, there is …": an as-clause's verb, and the tagger's
		// noun)
		return false
	}
	return true
}
