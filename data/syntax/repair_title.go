package syntax

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairNameParts mends two words of a name the tagger takes for other
// things: a title word in a verb's form before a name ("retired/VBD Air
// Force general Jonas Arno said", "acting/VBG Secretary Velk") modifies
// the name when nothing before it could be that verb's subject (the
// sentence's start, a comma, a closing quotation mark, an article or a
// conjunction); and a name's suffix after it ("Vann R. Arno II/CD") is
// part of the name.
func (s *Sentence) repairNameParts() {
	for i := range s.Words {
		w := &s.Words[i]
		if w.Quote >= 0 || w.Entry == nil {
			continue
		}
		if w.Is(lexicon.NameSuffix) && w.Tok.Has(text.Cap) && w.Tag != tag.NNP && i > 0 && s.Words[i-1].Tag == tag.NNP && s.Words[i-1].Quote < 0 {
			w.Tag = tag.NNP
			continue
		}
		if !w.Is(lexicon.TitleWord) || w.Tok.Has(text.Cap) || w.Tag != tag.VBD && w.Tag != tag.VBN && w.Tag != tag.VBG {
			continue
		}
		if i+1 >= len(s.Words) || s.Words[i+1].Tag != tag.NNP || s.Words[i+1].Quote >= 0 {
			continue
		}
		if i > 0 {
			p := &s.Words[i-1]
			if !(p.Tag == tag.Comma || p.Tag == tag.DT || p.Tag == tag.CC || p.Tok.Kind == text.Quote && !p.Tok.Has(text.Open)) {
				continue
			}
		}
		w.Tag = tag.JJ
	}
}
