package cue

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// writersAsClause reports "as" at k opening a clause of its own after
// content [from, k) that is an object, not a clause: a named subject, its
// finite verb and more words ("as Orlavia fired three missiles"), what
// another party did meanwhile. A pronoun's clause is the speaker's
// ("congratulate the people of Tesmar as they celebrate …", "emphasized
// the partnership as we work to …"), and so is one a mark sets off
// ("concerns in private – as we have in public – about …"). "as" after an
// adjective or an adverb, or after another "as" nearby, compares ("as
// bad as Orlavia has ever been"); "as the Person of the Year was made"
// may be the content's own clause.
func writersAsClause(s *syntax.Sentence, from, k, end int) bool {
	if !s.Words[k].Likens() || k+1 >= end {
		return false
	}
	for j := max(from, k-5); j < k; j++ {
		if s.Words[j].Likens() {
			return false
		}
	}
	if p := &s.Words[k-1]; p.Tag.IsAdj() || p.Tag.IsAdverb() || p.Tok.Kind != text.Word {
		return false
	}
	if n := &s.Words[k+1]; n.Quote >= 0 || !n.Tag.IsProperNoun() || !subjectClause(s, k+1, end) {
		return false
	}
	v := pastAdverbs(s, s.NounPhraseAt(k+1), end)
	return v+1 < end && s.Words[v+1].Tok.Kind == text.Word
}

// speakersAsClause ends content that is an object where "as" opens a
// clause about the speaker, its subject a third-person pronoun that
// stands for the speaker ("shouting insults as she hurries closer",
// "tweeted his notes of the rally as he waited outside"): no one tells
// of themselves as "she", so the clause is the writer's narration. A
// pronoun of someone else's ("congratulated the people of Tesmar as they
// celebrate …") stays the speaker's.
func speakersAsClause(s *syntax.Sentence, fr *Frame) {
	c := fr.Content[0]
	if c.Empty() || fr.Speaker.Empty() || s.Words[c.From].Quote >= 0 {
		return
	}
	for k := c.From + 1; k+2 < c.To; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 || w.Tag.IsFiniteVerb() {
			return // a clause: its own "as" is what was said
		}
		if !w.Likens() || w.Tag != tag.IN {
			continue
		}
		if p := &s.Words[k-1]; p.Tag.IsAdj() || p.Tag.IsAdverb() || p.Tok.Kind != text.Word {
			return
		}
		n := &s.Words[k+1]
		if n.Tag == tag.PRP && n.Entry != nil && n.Entry.Pronoun.Person == 3 && n.Entry.Pronoun.Case == 's' &&
			s.Words[k+2].Tag.IsFiniteVerb() && standsForSpeaker(s, fr.Speaker, n) {
			fr.Content[0] = trimEnd(s, syntax.Phrase{From: c.From, To: k})
		}
		return
	}
}

// standsForSpeaker reports "he" or "she" that agrees with the speaker
// phrase sp: the same pronoun, or a name whose given name tells that
// gender. "they" after a plural object stands for it as often.
func standsForSpeaker(s *syntax.Sentence, sp syntax.Phrase, pron *syntax.Word) bool {
	h := &s.Words[s.Head(sp)]
	switch {
	case pron.Entry.Pronoun.Plural:
		return false // "affirmed their support for the people as they vote": theirs as often
	case h.Tag == tag.PRP:
		return strings.EqualFold(h.Text, pron.Text)
	case h.Tag.IsProperNoun():
		for k := sp.From; k < sp.To; k++ {
			if w := &s.Words[k]; w.Is(lexicon.GivenName) && w.Entry.Gender != 0 {
				return w.Entry.Gender == pron.Entry.Pronoun.Gender
			}
		}
	}
	return false
}
