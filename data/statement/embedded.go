package statement

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// Where endBefore would cut a content before the next frame's speaker but
// the words before that speaker end no clause, the next saying sits inside
// the content: these report the shapes of it.

// opensEmbedded reports a word before the next frame's start that opens
// a phrase the next frame completes: a preposition (not a subordinator
// or complementizer, which may open another speaker's clause, and not
// one after a comma that sets off the writer's words: ", with Velk
// pressing his attack", ", compared with 30 percent who said …"), or a
// relative word straight after the noun it defines ("a story in which",
// "supporters who").
func opensEmbedded(s *syntax.Sentence, from, start int) bool {
	k := start - 1
	if k <= from {
		return false
	}
	w := &s.Words[k]
	if w.Quote >= 0 {
		return false
	}
	switch {
	case w.Tag == tag.IN && !w.Is(lexicon.Subordinator) && !w.Is(lexicon.Complementizer):
		return s.Words[k-1].Tag != tag.Comma && !setOffParticiple(s, from, start)
	case w.Tag.IsWh():
		if k-1 >= from && s.Words[k-1].Tag == tag.IN {
			k-- // "in which"
		}
		// the noun the relative clause defines, in the content or just
		// before it ("remarked upon a story in which …"): a free relative
		// ("it's what the Court said") is the next saying's own object
		return k >= 1 && s.Words[k-1].Tag.IsNoun() && s.Words[k-1].Quote < 0
	}
	return false
}

// insideDashes reports k inside an adverbial clause set off by dashes
// within content c: between a dash that opens it and the dash that closes
// it before c ends.
func insideDashes(s *syntax.Sentence, c syntax.Phrase, k int) bool {
	open := -1
	for j := k - 1; j > c.From; j-- {
		if s.Words[j].Quote >= 0 {
			return false
		}
		if s.Words[j].Tok.Has(text.Dash) {
			open = j
			break
		}
	}
	if open < 0 || open+1 >= k {
		return false
	}
	if o := &s.Words[open+1]; o.Quote >= 0 || o.Tag != tag.RB && !(o.Tag == tag.IN && o.Is(lexicon.Subordinator)) {
		// in speech a dash marks a fresh start as often as an aside
		// ("he — and he committed to …", "those vaccines – those
		// doses would …"): only an adverbial clause ("— even as he
		// says …", "— while …") is surely set in
		return false
	}
	for j := k; j < c.To-1; j++ {
		if s.Words[j].Quote >= 0 {
			return false
		}
		if s.Words[j].Tok.Has(text.Dash) {
			return true
		}
	}
	return false
}

// setOffParticiple reports words [from, to) that end in a participle and
// its preposition after a comma: ", compared with", ", backed by".
func setOffParticiple(s *syntax.Sentence, from, to int) bool {
	k := to - 1
	return k-2 > from && s.Words[k].Quote < 0 && s.Words[k].Tag == tag.IN && !s.Words[k].Is(lexicon.Subordinator) &&
		s.Words[k-1].Tag == tag.VBN && s.Words[k-2].Tag == tag.Comma
}
