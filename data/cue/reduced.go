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

// accusedMissing reports a verb of accusing at i with a preposition
// where its object, the accused, would be: "seven men charged with
// violating sanctions", "a prisoner now charged with desertion", "the
// attack blamed on the militia". The noun before it is the accused, in a
// passive the tagger may read as a past tense, and nobody is said to
// have accused anyone. A phrase of setting or time may stand there
// ("charged on Monday that …"), and a relative word before the subject
// moved the accused ("the senator whom she accused of lying").
func accusedMissing(s *syntax.Sentence, i int) bool {
	w := &s.Words[i]
	if w.Tag != tag.VBD && w.Tag != tag.VBN || w.Entry == nil || i+1 >= len(s.Words) {
		return false
	}
	n := &s.Words[i+1]
	if n.Tag != tag.IN || n.Quote >= 0 || isComplementizer(n) || settingAt(s, i+1, len(s.Words)) {
		return false
	}
	if c, _, ok := verbCue(s, i); !ok || c.Frame != lexicon.Accuse {
		return false
	}
	return !relativeBeforeSubject(s, i)
}

// relativeBeforeSubject reports a relative word before the subject of the
// verb at i, past its auxiliaries and adverbs ("whom she has accused",
// "which the minister blamed"), or the noun the relative clause
// modifies, where no relative word opens it ("the senator she has
// accused").
func relativeBeforeSubject(s *syntax.Sentence, i int) bool {
	j := i - 1
	for j >= 0 && (s.Words[j].Tag.IsAdverb() || s.Words[j].Tag == tag.MD || s.Words[j].Is(lexicon.Auxiliary)) {
		j--
	}
	if j < 0 {
		return false
	}
	a := s.NounPhraseEndingAt(j)
	if a < 1 {
		return false
	}
	p := &s.Words[a-1]
	return p.Tag == tag.WDT || p.Tag == tag.WP || isComplementizer(p) || p.Tag.IsNoun() && p.Quote < 0
}
