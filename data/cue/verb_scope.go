package cue

// What the clause of a cue verb holds: whether the words before it are
// only the writer's setting, a finding's subject or a relative clause,
// and where an aside's content ends.

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// adverbialClauseOnly reports words before a subject that are one
// subordinate clause and nothing more ("But when the funds ran out,
// Varnia said enough."): a clause of time or condition that opens the
// sentence is the writer's setting for the verb, not what was said,
// which would need a main clause of its own (before the cue, or after it
// past a comma).
func adverbialClauseOnly(s *syntax.Sentence, p syntax.Phrase) bool {
	k := p.From
	for k < p.To && (s.Words[k].Tag == tag.CC || s.Words[k].Tag == tag.RB) {
		k++ // "But when", "And even as"
	}
	if k >= p.To || s.Words[k].Quote >= 0 || !s.Words[k].Is(lexicon.Subordinator) || isComplementizer(&s.Words[k]) ||
		s.Words[k].Tag != tag.IN && s.Words[k].Tag != tag.WRB {
		return false
	}
	verbs := 0
	for j := k + 1; j < p.To; j++ {
		w := &s.Words[j]
		if w.Quote >= 0 || w.Tag == tag.Comma || w.Tag == tag.Colon {
			return false
		}
		if w.Tag.IsFiniteVerb() {
			verbs++ // a second is a main clause the comma was left out before
		}
	}
	return verbs == 1
}

// commaAfter reports a comma from word k on: "…, X said, the rest" goes on
// with the content after the cue.
func commaAfter(s *syntax.Sentence, k int) bool {
	for ; k < len(s.Words); k++ {
		if s.Words[k].Tag == tag.Comma {
			return true
		}
	}
	return false
}

// foundBy reports a speaker that opens the clause a finding verb takes
// ("a poll found that 74 percent of voters said …", "records show Velk
// asked …"): the saying is what the poll or the record found. A saying
// in a relative clause of that speaker is the speaker's own ("a jury
// found Velk, who alleged …, not guilty").
func foundBy(s *syntax.Sentence, fr *Frame) bool {
	sp := fr.Speaker
	if sp.Empty() || sp.To > fr.Cue.From {
		return false
	}
	for k := sp.To; k < fr.Cue.From; k++ {
		if t := s.Words[k].Tag; !(t.IsAdverb() || t == tag.MD || s.Words[k].Is(lexicon.Auxiliary)) {
			return false
		}
	}
	k := sp.From - 1
	that := k >= 0 && isComplementizer(&s.Words[k])
	if that {
		k--
	}
	for k >= 0 && s.Words[k].Tag == tag.RB {
		k--
	}
	if k < 0 {
		return false
	}
	// "The transcript shows/NNS that Velk talked about the dam": with its
	// content after the cue the clause is no relative ("the shows that
	// Velk talked about"), and the tagger's noun is the verb
	w := &s.Words[k]
	return w.Entry != nil && w.Entry.Finds && (w.Tag.IsVerb() || that && w.Tag == tag.NNS && !fr.Content[0].Empty()) && w.Quote < 0
}

// sourceOnly reports content that is one noun phrase naming someone who
// can speak, with perhaps a description after a comma ("Velk, who used
// the same words in May"): the one whose words were taken up.
func sourceOnly(s *syntax.Sentence, c syntax.Phrase) bool {
	if c.Empty() || s.Words[c.From].Quote >= 0 {
		return false
	}
	e := s.NounPhraseAt(c.From)
	if e <= c.From || e < c.To && !isPunct(s, e, ',') {
		return false
	}
	h := &s.Words[s.Head(syntax.Phrase{From: c.From, To: e})]
	return speakingSubject(h) && !h.Is(lexicon.Document)
}

// asideClauseEnd ends the content of a cue in a relative clause set off
// by commas ("Velk's relatives, who asked officials to show them the
// video, watched it on Thursday") at its first comma when a finite verb
// follows it: the clause the aside interrupted goes on there. A comma
// before that one opens an aside inside the content ("who said Arno, a
// former envoy, was wrong"), which is left alone.
func asideClauseEnd(s *syntax.Sentence, fr *Frame, p syntax.Phrase) syntax.Phrase {
	if p.Empty() || fr.Chained || s.Words[p.From].Quote >= 0 {
		return p
	}
	r := beforeVerbGroup(s, fr.Cue.From)
	if r < 1 || r < fr.Speaker.To || s.Words[r].Tag != tag.WP && s.Words[r].Tag != tag.WDT || !isPunct(s, r-1, ',') {
		return p
	}
	for k := p.From + 1; k < p.To; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 || w.Tag != tag.Comma {
			continue
		}
		j := pastAdverbs(s, k+1, p.To)
		if j < p.To && s.Words[j].Quote < 0 && s.Words[j].Tag.IsFiniteVerb() {
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		}
		return p
	}
	return p
}

// relativeVerb reports a verb at i whose subject is a relative pronoun
// ("…, Ana Arno, who wrote for the Post."): a relative clause reports
// nothing of the words before its antecedent.
func relativeVerb(s *syntax.Sentence, i int) bool {
	k := beforeVerbGroup(s, i)
	return k >= 0 && s.Words[k].Quote < 0 && (s.Words[k].Tag == tag.WP || s.Words[k].Tag == tag.WDT)
}

// beforeVerbGroup is the index of the word before the verb at i and the
// adverbs, modals and auxiliaries in front of it ("who had already
// said": the "who"), or -1.
func beforeVerbGroup(s *syntax.Sentence, i int) int {
	k := i - 1
	for k >= 0 && (s.Words[k].Tag.IsAdverb() || s.Words[k].Tag == tag.MD || s.Words[k].Is(lexicon.Auxiliary) && s.Words[k].Tag.IsVerb()) {
		k--
	}
	return k
}
