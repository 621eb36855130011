package cue

// Which heads can speak, and where a speaker's noun phrase ends before
// words of time that say when, not who.

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// canSpeak reports a head that can stand for someone who speaks: a name,
// a title, a person, a group, an organisation, a document or the media.
func canSpeak(h *syntax.Word) bool {
	return h.Tag.IsProperNoun() || h.Tag == tag.PRP || h.Is(lexicon.TitleHead) || h.Is(lexicon.PersonNoun) || h.Is(lexicon.Group) ||
		h.Is(lexicon.Organisation) || h.Is(lexicon.Document) || h.Is(lexicon.Media)
}

// speakingSubject reports a subject's head that can speak and is neither a
// time ("Sunday") nor the neuter "it".
func speakingSubject(h *syntax.Word) bool {
	return canSpeak(h) && !h.IsTime() && !(h.Tag == tag.PRP && h.Entry != nil && h.Entry.Pronoun.Gender == 'n')
}

// timeStart is where the words of time that end the noun phrase [a, j]
// begin: j is its head, a time; a when the phrase is all of time.
func timeStart(s *syntax.Sentence, a, j int) int {
	t := j
	for t > a && onlyTime(s, t-1, t) {
		t--
	}
	return t
}

// timeTail is where the words of time that end the noun phrase [a, j]
// begin when a name or a speaker's noun runs into them: "Ana Velk last
// week" (said) is Ana Velk, then when; "the minister last month" too. A
// phrase all of time, or one whose time words are a name's ("the March 8
// summit" ends in no time), keeps a.
func timeTail(s *syntax.Sentence, a, j int) int {
	t := timeStart(s, a, j)
	if t == a {
		return a
	}
	n := &s.Words[t-1]
	if !n.Tag.IsProperNoun() && !n.Is(lexicon.TitleHead) && !n.Is(lexicon.Group) || n.IsTime() || s.Words[t].Tag != tag.JJ && s.Words[t].Tag != tag.DT {
		return a
	}
	return t
}

// thingBeforeTime is where the words of time that end the noun phrase
// [a, j] begin when a common noun of a thing comes before them ("a
// statement Thursday night", "an email Wednesday"), or a.
func thingBeforeTime(s *syntax.Sentence, a, j int) int {
	t := timeStart(s, a, j)
	if t == a {
		return a
	}
	if n := &s.Words[t-1]; n.Tag != tag.NN && n.Tag != tag.NNS || n.IsTime() || n.Quote >= 0 {
		return a
	}
	return t
}

// onlyTime reports words [from, to) that name a time and nothing else
// ("Sunday night", "last week"): "a statement Thursday night" names a
// thing first.
func onlyTime(s *syntax.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if w := &s.Words[k]; !w.IsTime() && w.Tag != tag.JJ && w.Tag != tag.DT && w.Tag != tag.CD {
			return false
		}
	}
	return true
}

// timeOfParticiple reports a phrase whose word of time belongs to a
// participle inside it: "a news report published Wednesday", "the order
// released Friday" speak; their head is the noun before the participle.
func timeOfParticiple(s *syntax.Sentence, sp syntax.Phrase) bool {
	for k := sp.To - 2; k > sp.From; k-- {
		if t := s.Words[k].Tag; t == tag.VBN || t == tag.VBD {
			return s.NounPhraseEndingAt(k-1) >= 0 && !s.Words[k-1].IsTime()
		}
	}
	return false
}
