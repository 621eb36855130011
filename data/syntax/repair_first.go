package syntax

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairFirstNameWord: a capitalised sentence-first word the tagger read
// as a common noun or an adjective ("Judicial/JJ Watch", "Guy/NN Cecil")
// right before a proper noun is the name's first word when the lexicon
// does not know it, or knows it as a given name or a name's particle too
// ("Bin/NN Laden"): its capital
// tells nothing at a sentence's start, so the tagger guessed, and the
// name then began at the second word ("Watch said", "Cecil said"). A
// word the lexicon knows otherwise ("Former", "Senior") keeps its tag,
// and a title or a time after it ("Kestrian/JJ President Velk") is no
// name's second word.
func (s *Sentence) repairFirstNameWord() {
	i := 0
	for i < len(s.Words) && s.Words[i].Tag.IsPunct() {
		i++
	}
	if i+1 >= len(s.Words) {
		return
	}
	w, next := &s.Words[i], &s.Words[i+1]
	if w.Tag != tag.JJ && w.Tag != tag.NN || !w.Tok.Has(text.Cap) || w.Entry != nil && !w.Is(lexicon.GivenName) && !w.Entry.NameParticle {
		return
	}
	if next.Tag != tag.NNP || !next.Tok.Has(text.Cap) || next.Quote != w.Quote || next.IsTime() ||
		next.Is(lexicon.TitleHead) || next.Is(lexicon.TitleWord) || next.Is(lexicon.Honorific) {
		return
	}
	w.Tag = tag.NNP
}
