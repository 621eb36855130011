package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// nameOfReducedRelative is the name that ends an object before a verb of
// saying when a common noun comes right before the name: "were the third
// time AROS said it had …", "signed the plan Velk said would fail". A
// name cannot go on a common noun that way; the clause is a relative one
// without its "that", and the name its subject. The object opens on a
// determiner ("last month Cameron ordered" is a time and a clause), and
// its noun is no title ("chief Petraeus"). What was said follows the
// verb, a clause, a verb whose subject the noun is ("the plan Velk said
// would fail") or an infinitive; where the noun is the verb's object
// ("the ways Kestrians have added to our culture", "an effort Velk
// announced this month to …") the verb says nothing of its own.
func nameOfReducedRelative(s *syntax.Sentence, sp syntax.Phrase, v int) syntax.Phrase {
	if sp.Len() < 2 || s.Words[sp.To-1].Tag != tag.NNP && s.Words[sp.To-1].Tag != tag.NNPS || !saidAfter(s, v+1) {
		return syntax.Phrase{}
	}
	k := sp.To - 1
	for k > sp.From && s.Words[k-1].Tag.IsProperNoun() {
		k--
	}
	if k == sp.From {
		return syntax.Phrase{}
	}
	n := &s.Words[k-1]
	if n.Tag != tag.NN && n.Tag != tag.NNS || n.Tok.Has(text.Cap) || n.Quote >= 0 || n.Is(lexicon.TitleHead) || n.Is(lexicon.TitleWord) || n.Is(lexicon.PersonNoun) {
		return syntax.Phrase{} // "Ex-CIA chief Petraeus": a title
	}
	if s.Words[sp.From].Tag != tag.DT {
		return syntax.Phrase{} // "reported last month Cameron had …": a time, then the clause
	}
	return syntax.Phrase{From: k, To: sp.To}
}

// saidAfter reports what a verb of saying says at k, past adverbs: a
// subject and its verb, "that", a finite verb or a modal, or "to" and a
// verb's base form.
func saidAfter(s *syntax.Sentence, k int) bool {
	for k < len(s.Words) && s.Words[k].Tag == tag.RB && s.Words[k].Quote < 0 {
		k++
	}
	if k+1 >= len(s.Words) || s.Words[k].Quote >= 0 {
		return false
	}
	w := &s.Words[k]
	switch {
	case w.Tag.IsFiniteVerb() || isComplementizer(w) && w.LinksClause():
		return true
	case w.Tag == tag.TO:
		return s.Words[k+1].Tag == tag.VB
	}
	e := s.NounPhraseAt(k)
	return e > k && clauseAt(s, e)
}
