// Place evidence, apart because a name that says where someone is must not be taken for who speaks.

package mention

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// where finds, in the words [from, to) after a phrase's core, a run of
// capitalised names the gazetteer does not know after a preposition of
// place, perhaps past adjectives: "Ruvo" of "in besieged Ruvo".
func (f *Finder) where(s *syntax.Sentence, from, to int) syntax.Phrase {
	for i := from; i < to; i++ {
		if w := &s.Words[i]; w.Tag != tag.IN || !w.Is(lexicon.Locative) || portfolio(s, i, i+1) {
			continue // "Advisor to the President": a remit, not a place
		}
		k := i + 1
		for k < to && (s.Determiner(k) || s.Words[k].Tag.IsAdj()) {
			k++
		}
		e := k
		for e < to && s.Words[e].Tag.IsProperNoun() && s.Words[e].Tok.Has(text.Cap) {
			e++
		}
		if e == k {
			continue
		}
		words := make([]string, 0, e-k)
		for j := k; j < e; j++ {
			if w := &s.Words[j]; w.Is(lexicon.Organisation) || w.Is(lexicon.TitleHead) || w.Is(lexicon.TitleWord) {
				return syntax.Phrase{} // "officials from the Department of …": whose, not where
			}
			words = append(words, s.Words[j].Text)
		}
		if _, ok := f.Index.Match(words); ok {
			return syntax.Phrase{}
		}
		return syntax.Phrase{From: k, To: e}
	}
	return syntax.Phrase{}
}

// Placed finds where a sentence says in which party's land a place the
// gazetteer does not know is: "Ruvo, Kestria, …". It returns the place's
// name and the party, one pair a call, from word i on; n is how far it
// read. words are the sentence's words as written (Word.Text), which the
// caller cuts once for every i it asks about.
func (f *Finder) Placed(s *syntax.Sentence, words []string, i int) (place string, party int32, n int) {
	e := i
	for e < len(s.Words) && s.Words[e].Tag.IsProperNoun() && s.Words[e].Tok.Has(text.Cap) && s.Words[e].Quote < 0 {
		e++
	}
	comma := func(k int) bool { return s.Words[k].Text == "," } // shallow tags leave punctuation untagged
	if e == i || e+1 >= len(s.Words) || !comma(e) {
		return "", -1, 0
	}
	if _, ok := f.Index.Match(words[i:e]); ok {
		return "", -1, 0 // a name the gazetteer knows
	}
	p, unsure, k := f.PartyEvidence(words[e+1:])
	if k == 0 || unsure {
		return "", -1, 0
	}
	if end := e + 1 + k; end < len(s.Words) && !comma(end) && s.Words[end].Tok.Kind == text.Word {
		return "", -1, 0 // "Ruvo, Kestria's port" is no place's country
	}
	name := make([]string, 0, e-i)
	for j := i; j < e; j++ {
		name = append(name, s.Words[j].Text)
	}
	return strings.Join(name, " "), p, e + 1 + k - i
}

// isPlace reports a lone name the sentence says is a place: after a
// preposition of place ("in Hollin", "from Orlavia") or before a comma and
// an abbreviated state or region ("Hollin, Tes.").
func (f *Finder) isPlace(s *syntax.Sentence, name syntax.Phrase) bool {
	if name.Empty() {
		return false
	}
	if name.From > 0 {
		prev := &s.Words[name.From-1]
		if prev.Tag == tag.IN && prev.Is(lexicon.Locative) {
			return true
		}
	}
	if name.To+1 < len(s.Words) && s.Words[name.To].Tag == tag.Comma {
		next := &s.Words[name.To+1]
		if next.Tok.Has(text.Cap) && next.Tag.IsProperNoun() && len(next.Text) > 1 && next.Text[len(next.Text)-1] == '.' {
			return true
		}
	}
	return false
}

// atSeat reports a seat of government named after a preposition of place
// and "the" ("at the White House", "in the Kremlin"): where, not who, so
// no "they" or "it" stands for it.
func (f *Finder) atSeat(s *syntax.Sentence, para string, name syntax.Phrase) bool {
	i := name.From - 1
	if name.Empty() || i < 1 || !definite(&s.Words[i]) {
		return false
	}
	prev := &s.Words[i-1]
	return prev.Tag == tag.IN && prev.Is(lexicon.Locative) && f.Index.IsSeat(s.Text(para, name.From, name.To))
}
