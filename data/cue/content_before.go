package cue

// Content written before its cue: "“…,” X said", "…, X said", and the
// inverted "…, said X".

import (
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// contentBefore is the content of "“…,” X said" and "…, X said": the
// words before the speaker phrase starting at start, when a comma or a
// closing mark separates them. Unquoted, they must be a clause.
func contentBefore(s *syntax.Sentence, start int) syntax.Phrase {
	b := start - 1
	if b < 1 {
		return syntax.Phrase{}
	}
	quoted := isCloseQuote(s, b) || isPunct(s, b, ',') && isCloseQuote(s, b-1)
	if !quoted && !isPunct(s, b, ',') && !isDash(s, b) {
		return syntax.Phrase{}
	}
	p := trimEnd(s, syntax.Phrase{From: clauseBefore(s, contentStart(s, b), b), To: b})
	if p.Empty() {
		return p
	}
	if !quoted && !s.Words[p.To-1].Tok.Has(text.Close) && !hasVerb(s, p.From, p.To) {
		return syntax.Phrase{}
	}
	return p
}

// contentStart is where the content of "“…,” X said" can begin, before
// b: after the dateline that files a wire story ("VARN (Wire) — “…,” X
// said": the place is the writer's, not the speaker's), after a bracket
// that the sentence closes after the cue, and after the mark that opens
// the quotation.
func contentStart(s *syntax.Sentence, b int) int {
	from := datelineEnd(s, b)
	if from < b && s.Words[from].Tag == tag.LRB && !hasTag(s, tag.RRB, from+1, b) {
		from++ // "(The fans, it turns out, are many, Velk said.)"
	}
	if isOpenQuote(s, from) {
		from++
	}
	return from
}

// hasTag reports a word tagged t in words [from, to).
func hasTag(s *syntax.Sentence, t tag.Tag, from, to int) bool {
	for i := from; i < to; i++ {
		if s.Words[i].Tag == t {
			return true
		}
	}
	return false
}

// datelineEnd is the word after the dash that ends a dateline opening
// the sentence before b ("VARN, March 3 (Wire) — "), or 0.
func datelineEnd(s *syntax.Sentence, b int) int {
	for k := 1; k < b && k <= datelineWords; k++ {
		if isDash(s, k) {
			if dateline(s, 0, k) {
				return k + 1
			}
			break
		}
	}
	return 0
}

// datelineWords is the most words a dateline runs to before its dash
// ("PORT SELIN, Tesmar (Wire Press) —").
const datelineWords = 10

// contentBeforeInversion is the content of "“…,” said X" and "…, said X"
// for the cue at i.
func (f *Finder) contentBeforeInversion(s *syntax.Sentence, i int) syntax.Phrase {
	b := i - 1
	if b < 1 {
		return syntax.Phrase{}
	}
	quoted := isCloseQuote(s, b) || isPunct(s, b, ',') && isCloseQuote(s, b-1)
	if !quoted && !isPunct(s, b, ',') {
		return syntax.Phrase{}
	}
	p := trimEnd(s, syntax.Phrase{From: clauseBefore(s, contentStart(s, b), b), To: b})
	if p.Empty() || !quoted && !hasVerbOutsideRelative(s, p.From, p.To) {
		return syntax.Phrase{}
	}
	return p
}
