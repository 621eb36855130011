package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// labelFrame finds "Clinton: “Our goal is …”" and "Rep. Ana Arno
// (D-Kes.): “…”": a sentence that opens on a name, a colon and a
// quotation is the name's speech, the colon its cue. A form's label
// ("Note: “…”"), a word of time or a document is no speaker, nor is a
// phrase that is not a name ("The result: “…”").
func (f *Finder) labelFrame(s *syntax.Sentence) (Frame, bool) {
	c := -1
	for k := 1; k < len(s.Words) && k <= maxLabel; k++ {
		if s.Words[k].Quote >= 0 {
			return Frame{}, false
		}
		if s.Words[k].Tag == tag.Colon && s.Words[k].Text == ":" {
			c = k
			break
		}
	}
	if c < 0 || !isOpenQuote(s, c+1) {
		return Frame{}, false
	}
	end := c - 1
	if a := s.ParentheticalBefore(end); a > 0 {
		end = a - 1 // "Rep. Ana Arno (D-Kes.):"
	}
	if s.NounPhraseEndingAt(end) != 0 {
		return Frame{}, false
	}
	sp := syntax.Phrase{From: 0, To: end + 1}
	h := &s.Words[s.Head(sp)]
	if !h.Tag.IsProperNoun() || s.Name(sp).Empty() || h.IsTime() || h.Is(lexicon.FormLabel) || h.Is(lexicon.Document) {
		return Frame{}, false
	}
	fr := Frame{Cue: syntax.Phrase{From: c, To: c + 1}, Lemma: "say", Kind: lexicon.Say, Shape: SpeakerFirst, Speaker: sp}
	fr.Content[0] = trimEnd(s, syntax.Phrase{From: c + 1, To: len(s.Words)})
	return fr, !fr.Content[0].Empty()
}

// maxLabel bounds the words of a label before its colon.
const maxLabel = 12
