package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// signatureFrame finds a quotation signed with a dash: "“…” — Minister
// Anna Verel", or a paragraph "– President Biden, May 28, 2021" under a
// quotation standing alone. The sentence is the dash, a name and perhaps,
// after commas, a title and a date: no verb, so no narration. The
// content is the quotation before (QuoteBefore); the statement stage
// gives nothing when there is none.
func (f *Finder) signatureFrame(s *syntax.Sentence) (Frame, bool) {
	if len(s.Words) < 2 || !s.Words[0].Tok.Has(text.Dash) || s.Words[0].Quote >= 0 {
		return Frame{}, false
	}
	end := 1
	for end < len(s.Words) && !isPunct(s, end, ',') && s.Words[end].Tag != tag.Period {
		end++
	}
	for k := 1; k < len(s.Words); k++ {
		w := &s.Words[k]
		if w.Quote >= 0 || w.Tag.IsVerb() && w.Tag != tag.VBN || w.Tag == tag.MD || w.Tag == tag.WP || w.Tag == tag.WDT {
			return Frame{}, false // "— Velk, who spoke first": narration
		}
	}
	if s.NounPhraseEndingAt(end-1) != 1 {
		return Frame{}, false
	}
	sp := syntax.Phrase{From: 1, To: end}
	h := &s.Words[s.Head(sp)]
	if !h.Tag.IsProperNoun() || s.Name(sp).Empty() || h.IsTime() || h.Is(lexicon.FormLabel) || h.Is(lexicon.Document) {
		return Frame{}, false
	}
	fr := Frame{Cue: syntax.Phrase{From: 0, To: 1}, Lemma: "say", Kind: lexicon.Say, Shape: ContentFirst, Speaker: sp, QuoteBefore: true}
	if a := asideAfter(s, end); !a.Empty() && !holdsDate(s, a) {
		fr.Aside = a // "— Anna Verel, Foreign Minister of Tesmar"
	}
	return fr, true
}

// holdsDate reports a phrase with a number or a word of time: "May 28".
func holdsDate(s *syntax.Sentence, p syntax.Phrase) bool {
	for k := p.From; k < p.To; k++ {
		if s.Words[k].Tag == tag.CD || s.Words[k].IsTime() {
			return true
		}
	}
	return false
}

// SignsParagraphBefore reports a signature that opens its paragraph: what
// it signs is the paragraph before, whoever else would speak in it (the
// document's own voice).
func (fr *Frame) SignsParagraphBefore(s *syntax.Sentence) bool {
	return fr.QuoteBefore && s.Span.From == 0 && s.Words[fr.Cue.From].Tok.Has(text.Dash)
}
