package syntax

import (
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairNameParticle: a run of lower-case [name particles] between two
// capitalised words ("Frans van der Berg", "Maria dos Santos", "Ali bin
// Saad") is inside a person's name, and the words on both sides are the
// name's too. The tagger met these particles rarely and reads some as
// verbs ("van/VBP", "dos/VBZ"): the name then broke before them, and the
// sentence had a clause that is not there, so "Maria dos Santos told
// reporters …" said nothing. A time after the run ("police van Monday")
// or a word before it that is no noun (a sentence's "The") leaves it be.
func (s *Sentence) repairNameParticle() {
	for i := 1; i+1 < len(s.Words); i++ {
		if !nameParticle(&s.Words[i]) {
			continue
		}
		before := &s.Words[i-1]
		if !before.Tok.Has(text.Cap) || !before.Tag.IsNoun() || before.Quote != s.Words[i].Quote {
			continue
		}
		j := i
		for j < len(s.Words) && nameParticle(&s.Words[j]) {
			j++
		}
		if j == len(s.Words) {
			return
		}
		after := &s.Words[j]
		if !after.Tok.Has(text.Cap) || after.IsTime() || after.Quote != before.Quote {
			i = j
			continue
		}
		for k := i - 1; k <= j; k++ {
			if !s.Words[k].Tag.IsProperNoun() {
				s.Words[k].Tag = tag.NNP
			}
		}
		i = j
	}
}

func nameParticle(w *Word) bool {
	return w.Entry != nil && w.Entry.NameParticle && !w.Tok.Has(text.Cap)
}
