package voice

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// A joint statement's signatories often speak of themselves in the third
// person: "Envoy Ana Velk and Minister Pela Oru recognize the need to
// …", "They are committed to …". A sentence of such a text whose subject
// opens it and is "they" or names two or more (a list joined by "and"),
// with a verb in the present tense, is the signatories' statement; what
// they did or will do ("The two sides met …", "They will meet …") is
// its narration, as a readout's is.

// mayBeSignatories is a cheap look before tagging: the sentence opens
// with "they", or has an "and" outside quotations before its first
// lower-case word that could be its verb.
func mayBeSignatories(s *syntax.Sentence) bool {
	for i := range s.Words {
		w := &s.Words[i]
		if w.Quote >= 0 || w.Tok.Kind != text.Word {
			continue
		}
		l := text.Lower(w.Text)
		if i == 0 && w.Is(lexicon.Pronoun) && w.Entry.Pronoun.Person == 3 && w.Entry.Pronoun.Plural && w.Entry.Pronoun.Case == 's' {
			return true
		}
		if l == "and" {
			return true
		}
		if !w.Tok.Has(text.Cap) && i > 0 && !titleLink(w) {
			return false
		}
	}
	return false
}

// signatories reads a tagged sentence whose subject speaks for the
// signatories.
func (r *Reader) signatories(s *syntax.Sentence) (Said, bool) {
	if question(s) || s.TitleCased() || formula(s) || len(s.Words) < 3 {
		return Said{}, false
	}
	first := &s.Words[0]
	e := 0
	switch {
	case first.Tag == tag.PRP && first.Is(lexicon.Pronoun) && first.Entry.Pronoun.Person == 3 && first.Entry.Pronoun.Plural:
		e = 1
	case first.Tag.IsProperNoun() || first.Tag == tag.DT:
		// a list of names and titles: "Kestria, Tesmar and Orlavia",
		// "Envoy for Climate Ana Velk and Minister Pela Oru"
		joined := false
		for e < len(s.Words) {
			w := &s.Words[e]
			l := text.Lower(w.Text)
			next := e+1 < len(s.Words) && s.Words[e+1].Tok.Has(text.Cap)
			if !(w.Tag.IsProperNoun() || e == 0 && w.Tag == tag.DT || next && (w.Tag == tag.Comma || l == "and" || titleLink(w))) {
				break
			}
			joined = joined || l == "and"
			e++
		}
		if !joined || e < 2 || !s.Words[e-1].Tag.IsProperNoun() {
			return Said{}, false
		}
	default:
		return Said{}, false
	}
	cue, finite, ok := r.verbAfter(s, e)
	if !ok || s.Words[finite].Tag != tag.VBP {
		return Said{}, false
	}
	content := trimFinal(s, syntax.Phrase{From: 0, To: len(s.Words)})
	if content.To <= cue.To {
		return Said{}, false
	}
	return Said{Cue: cue, Content: content}, true
}

// titleLink: a word inside a title or a name's list before the next
// capitalised word ("Envoy for Climate", "Minister of the Interior").
func titleLink(w *syntax.Word) bool {
	return w.Entry != nil && (w.Entry.TitlePreposition || w.Entry.Definite)
}
