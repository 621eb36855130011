package voice

// Clause helpers for the author's statements: verbs, subjects' edges and sentence shapes.

import (
	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// singular: "I", "my".
func singular(w *syntax.Word) bool {
	return w.Is(lexicon.Pronoun) && w.Entry.Pronoun.Person == 1 && !w.Entry.Pronoun.Plural
}

// sentenceWords is the sentence as voice reads titles and bylines, in
// dst's storage.
func sentenceWords(dst []word, s *syntax.Sentence) []word {
	ws := dst[:0]
	if cap(ws) < len(s.Words) {
		// room for the whole sentence at once, not a doubling per word
		ws = make([]word, 0, max(len(s.Words), 2*cap(ws)))
	}
	for i := range s.Words {
		w := &s.Words[i]
		ws = append(ws, word{text: w.Text, start: int(w.Tok.Start), end: int(w.Tok.End), tok: w.Tok, entry: w.Entry})
	}
	return ws
}

// verbAfter reads the verb of a subject that ends at k: past adverbs
// and auxiliaries, a finite verb or a modal (finite), up to the verb the
// clause is about ("will continue to support" is "support"). A verb that
// narrates an event is no statement.
func (r *Reader) verbAfter(s *syntax.Sentence, k int) (cue syntax.Phrase, finite int, ok bool) {
	formal := false
	for k < len(s.Words) && adverb(&s.Words[k]) {
		formal = formal || s.Words[k].Is(lexicon.FormalAdverb)
		k++
	}
	if k >= len(s.Words) || s.Words[k].Quote >= 0 {
		return syntax.Phrase{}, 0, false
	}
	// a verb after "hereby" whatever the tagger made of it ("I hereby
	// order:")
	if !s.Words[k].Tag.IsFiniteVerb() && !(formal && s.Words[k].Tok.Kind == text.Word) {
		return syntax.Phrase{}, 0, false
	}
	v := k
	for j := k + 1; j < len(s.Words); j++ {
		w := &s.Words[j]
		switch {
		case w.Is(lexicon.FormalAdverb) && j+1 < len(s.Words) && s.Words[j+1].Tok.Kind == text.Word:
			v = j + 1 // "do hereby proclaim", however tagged
			j++
			continue
		case adverb(w):
			continue
		case w.Tag.IsVerb() && (s.Words[v].Is(lexicon.Auxiliary) || s.Words[v].Tag == tag.MD):
			v = j
			continue
		case w.Tag == tag.TO && s.Words[v].Is(lexicon.Aspectual) && j+1 < len(s.Words) && s.Words[j+1].Tag == tag.VB:
			v = j + 1
			j++
			continue
		}
		break
	}
	if s.Words[v].Is(lexicon.Narrative) {
		return syntax.Phrase{}, 0, false
	}
	return syntax.Phrase{From: v, To: v + 1}, k, true
}

// adverb: an adverb, or a word of a formal text the tagger takes for a
// verb ("I hereby designate").
func adverb(w *syntax.Word) bool {
	return w.Tag.IsAdverb() || w.Is(lexicon.FormalAdverb)
}

// appositiveEnd skips an appositive after "I" to the verb: "I, Ana Velk,
// President of Kestria, by virtue of the authority vested in me …, do
// hereby proclaim". It returns k when none follows.
func appositiveEnd(s *syntax.Sentence, k int) int {
	if k >= len(s.Words) || s.Words[k].Tag != tag.Comma {
		return k
	}
	for j := k + 1; j < len(s.Words); j++ {
		if s.Words[j].Tag != tag.Comma {
			continue
		}
		v := j + 1
		formal := false
		for v < len(s.Words) && adverb(&s.Words[v]) {
			formal = formal || s.Words[v].Is(lexicon.FormalAdverb)
			v++
		}
		if v < len(s.Words) && (s.Words[v].Tag.IsFiniteVerb() || formal) {
			return j + 1
		}
	}
	return k
}

// clauseStart: a subject at word i opens its clause: the sentence's
// first word, after a comma or a colon (past a conjunction), or after
// adverbs alone ("Today the United States …").
func clauseStart(s *syntax.Sentence, i int) bool {
	k := i - 1
	if k >= 0 && s.Words[k].Tag == tag.CC {
		k--
	}
	if k < 0 || s.Words[k].Tag == tag.Comma || s.Words[k].Tag == tag.Colon {
		return true
	}
	for ; k >= 0; k-- {
		if !s.Words[k].Tag.IsAdverb() && !s.Words[k].Is(lexicon.Time) {
			return false
		}
	}
	return true
}

// formula: a sentence of a formal text's closing formula ("IN WITNESS
// WHEREOF, I have hereunto set my hand …").
func formula(s *syntax.Sentence) bool {
	for i := range s.Words {
		if s.Words[i].Is(lexicon.Formula) {
			return true
		}
	}
	return false
}

// mainClause: word i opens no subordinate or relative clause ("as we
// mark the day", "the people we serve").
func mainClause(s *syntax.Sentence, i int) bool {
	if i == 0 {
		return true
	}
	p := &s.Words[i-1]
	switch {
	case p.Is(lexicon.Relative), p.Tag.IsWh():
		return false
	case p.Is(lexicon.Subordinator):
		return p.Entry.Coordinator
	case p.Tag.IsNoun() || p.Tag == tag.PRP:
		return false // "the people we serve"
	}
	return true
}

// question: the sentence ends with a question mark.
func question(s *syntax.Sentence) bool {
	for i := len(s.Words) - 1; i >= 0; i-- {
		w := &s.Words[i]
		if w.Tok.Kind == text.Word {
			return false
		}
		if w.Text == "?" {
			return true
		}
	}
	return false
}

// trimFinal drops the sentence's final punctuation, and closing marks of
// quotations the content does not open.
func trimFinal(s *syntax.Sentence, p syntax.Phrase) syntax.Phrase {
	for p.To > p.From {
		w := &s.Words[p.To-1]
		if w.Tok.Kind == text.Word || w.Quote >= 0 && opens(s, p, w.Quote) {
			break
		}
		p.To--
	}
	return p
}

// opens: the quotation q starts inside p, before its last word.
func opens(s *syntax.Sentence, p syntax.Phrase, q int32) bool {
	for j := p.From; j < p.To-1; j++ {
		if s.Words[j].Quote == q {
			return true
		}
	}
	return false
}

// matchWords is the gazetteer's longest name at the sentence's word i.
func (r *Reader) matchWords(s *syntax.Sentence, i int) (gazetteer.Hit, bool) {
	var buf [12]string
	n := 0
	for k := i; k < len(s.Words) && n < len(buf); k++ {
		buf[n] = s.Words[k].Text
		n++
	}
	return r.Index.Match(buf[:n])
}
