package syntax

import (
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairMonthSurname: a month of [name months] right after a capitalised
// name word that is no time ("Theresa May", "Prime Minister May") is a
// surname, and loses its lexicon entry as a surname the lexicon does not
// know would have none: as a time it made "Theresa May said" a phrase of
// time that says nothing, and as a modal a verb. Before a number ("June
// 3") or after a time ("Tuesday, May 3", "early May") it stays a month.
func (s *Sentence) repairMonthSurname() {
	for i := 1; i < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Entry == nil || !w.Entry.NameMonth || !w.Tag.IsProperNoun() || !w.Tok.Has(text.Cap) {
			continue
		}
		p := &s.Words[i-1]
		if p.Tag != tag.NNP || !p.Tok.Has(text.Cap) || p.IsTime() || p.Quote != w.Quote {
			continue
		}
		if i+1 < len(s.Words) && s.Words[i+1].Tag == tag.CD {
			continue
		}
		w.Entry = nil
	}
}
