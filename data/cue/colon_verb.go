package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// maxColonClause bounds the words between a verb and the colon that ends
// its clause: "addressed the supporters again:", "responded pointedly,
// with a smile:". A longer stretch is a clause of its own, not the
// manner of a saying.
const maxColonClause = 8

// colonVerbFrame finds a saying that news writes with any verb, when the
// verb's clause ends in a colon and a quotation follows: "X gloated:
// “…”", "X shot back: “…”", "As X put it: “…”". The speaker is the
// verb's subject, and must be someone who can speak ("The sign read: “…”"
// says nothing); the content is the quotation. Only a sentence that has
// no other cue is read so.
func (f *Finder) colonVerbFrame(s *syntax.Sentence) (Frame, bool) {
	c := -1
	for k := 1; k+1 < len(s.Words); k++ {
		if s.Words[k].Quote >= 0 {
			return Frame{}, false // a quotation before the colon: its own shapes
		}
		if s.Words[k].Tag == tag.Colon && s.Words[k].Text == ":" {
			c = k
			break
		}
	}
	if c < 0 || !isOpenQuote(s, c+1) {
		return Frame{}, false
	}
	v := -1
	for k := c - 1; k >= 0 && k >= c-1-maxColonClause; k-- {
		w := &s.Words[k]
		if w.Tag == tag.VBD || w.Tag == tag.VBZ || w.Tag == tag.VBP || w.Tag == tag.VBN && k > 0 && s.Words[k-1].Tag.IsProperNoun() {
			// (the tagger's participle right after a name is its verb:
			// "Trump boomed/VBN:")
			v = k
			break
		}
		if w.Tag == tag.WDT || w.Tag == tag.WP || w.Tag == tag.MD || w.Tag == tag.TO || isComplementizer(w) {
			return Frame{}, false
		}
	}
	if v < 0 || s.Words[v].Is(lexicon.Auxiliary) || notSaid(s, v) {
		return Frame{}, false
	}
	sp, aside, chained := f.subject(s, v)
	if sp.Empty() || chained {
		return Frame{}, false
	}
	h := &s.Words[s.Head(sp)]
	if !speakingSubject(h) || h.Is(lexicon.Document) {
		return Frame{}, false
	}
	return Frame{
		Cue:     syntax.Phrase{From: v, To: v + 1},
		Lemma:   text.Lower(s.Words[v].Text),
		Kind:    lexicon.Say,
		Shape:   SpeakerFirst,
		Speaker: sp,
		Aside:   aside,
		Content: [2]syntax.Phrase{trimEnd(s, syntax.Phrase{From: c + 1, To: len(s.Words)})},
	}, true
}
