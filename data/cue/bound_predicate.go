package cue

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// predicateEnd ends content at a conjunction that joins a second verb to
// the cue's own, not to the content's: "denies the crime was a genocide
// and goes through great strides to …", "echoed liberal themes and took
// the stage". The second verb has the cue's finite form (a past after
// "said", a present after "denies") where the content's own verbs have
// another, or the content is an object with no verb of its own; after a
// perfect ("has promised a veto and attempted to …") it is a participle,
// or the past the tagger may take it for, that heads a verb phrase. An
// object's content ends as well where "and" opens a clause with a subject
// of its own ("charged the officer with murder and the mayor fired his
// police chief"). A cue of saying
// joined so is a frame of its own, which says what follows.
func (f *Finder) predicateEnd(s *syntax.Sentence, fr *Frame, p syntax.Phrase) syntax.Phrase {
	if p.Empty() || s.Words[p.From].Quote >= 0 || fr.Cue.Empty() {
		return p
	}
	form := s.Words[fr.Cue.From].Tag
	perfect := false
	if form == tag.VBN && afterPerfect(s, fr.Cue.From) {
		// "has promised a veto and attempted …": a perfect's second verb
		// is a participle, or the past the tagger may read it as; after a
		// clause ("has promised the roads would be rebuilt and widened")
		// the participle may be the clause's own, whatever its tag
		form, perfect = tag.VBD, true
	}
	if form != tag.VBD && form != tag.VBZ && form != tag.VBG || s.Words[fr.Cue.From].Entry != nil && s.Words[fr.Cue.From].Entry.Restates {
		// what a restating verb's subject adds explains the position (see
		// statement's splitsChain)
		return p
	}
	for k := p.From + 1; k < p.To; k++ {
		w := &s.Words[k]
		if w.Quote < 0 && w.Tag.IsWh() {
			return p // "the raids in which adults and children were taken": the relative clause's own "and"
		}
		if w.Quote >= 0 || w.Tag != tag.CC || w.Entry != nil && w.Entry.Alternative {
			continue
		}
		j := pastAdverbs(s, k+1, p.To)
		if j >= p.To || s.Words[j].Quote >= 0 {
			continue
		}
		v := &s.Words[j]
		if form == tag.VBG && (hasGerund(s, p.From, k) || listGoesOn(s, k, p.To) || opensPhrase(s, k-1)) {
			// a participle's content is often a list of gerunds
			// ("underscoring the importance of sharing … and ensuring …");
			// "critical and emerging technologies" is one phrase, and
			// "responding to and eliminating violence" shares its object
			continue
		}
		if (v.Tag == form || perfect && v.Tag == tag.VBN) && !f.isCue(s, j) && !ownVerbOfForm(s, p.From, k, form) &&
			!(perfect && (clauseWithin(s, p.From, k) || !verbPhraseAt(s, j, p.To) || listGoesOn(s, k, p.To))) {
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		}
		if form != tag.VBG && !(perfect && s.NounPhraseAt(p.From) <= p.From) && (fr.Kind == lexicon.Object || fr.Kind == lexicon.Accuse) && !s.Words[p.From].Tag.IsWh() && !hasFiniteVerb(s, p.From, k) && s.NounPhraseAt(p.From) < k &&
			!s.Words[k+1].Is(lexicon.Complementizer) && !listGoesOn(s, k, p.To) && newClause(s, k+1, p.To) && !v.Tag.IsFiniteVerb() &&
			!contactSubject(s, p.From, k, p.To) {
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		}
	}
	return p
}

// ownVerbOfForm reports a verb of the given form among the content's
// words [from, to): then a verb of that form after "and" may be the
// content's own ("said the army shelled the town and killed ten"). A
// participle after a preposition or a determiner is a gerund inside a
// phrase ("a benefit to having …"), no verb of the clause.
func ownVerbOfForm(s *syntax.Sentence, from, to int, form tag.Tag) bool {
	for k := from; k < to; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 || w.Tag != form {
			continue
		}
		if form == tag.VBG && k > from && (s.Words[k-1].Tag == tag.IN || s.Words[k-1].Tag == tag.DT || s.Words[k-1].Tag == tag.TO) {
			continue
		}
		return true
	}
	return false
}

// isCue reports a verb of saying that a cue phrase begins at j ("goes"
// of "goes on to say"; not "goes to great lengths").
func (f *Finder) isCue(s *syntax.Sentence, j int) bool {
	if s.Words[j].Entry == nil || !s.Words[j].Is(lexicon.CueVerb) {
		return false
	}
	_, _, ok := verbCue(s, j)
	return ok
}

// hasGerund reports a gerund or participle among the words [from, to),
// also one the tagger read as a noun after a preposition ("the
// importance of sharing/NN costs").
func hasGerund(s *syntax.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 {
			continue
		}
		if w.Tag == tag.VBG || w.Tag == tag.NN && k > from && s.Words[k-1].Tag == tag.IN && strings.HasSuffix(text.Lower(w.Text), "ing") {
			return true
		}
	}
	return false
}

// opensPhrase reports a word at k that a phrase must follow: a
// preposition or a determiner.
func opensPhrase(s *syntax.Sentence, k int) bool {
	t := s.Words[k].Tag
	return t == tag.IN || t == tag.TO || t == tag.DT
}

// afterPerfect reports a participle at i after a perfect auxiliary and
// the adverbs between them: "has promised", "had also said".
func afterPerfect(s *syntax.Sentence, i int) bool {
	k := i - 1
	for k >= 0 && s.Words[k].Tag.IsAdverb() {
		k--
	}
	return k >= 0 && s.Words[k].Entry != nil && s.Words[k].Entry.Perfect
}

// clauseWithin reports a finite verb, a modal or a participle among the
// words [from, to): the content is a clause, not an object.
func clauseWithin(s *syntax.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if w := &s.Words[k]; w.Quote < 0 && (w.Tag.IsFiniteVerb() || w.Tag == tag.VBN) {
			return true
		}
	}
	return false
}

// verbPhraseAt reports a participle at j that heads a verb phrase: words
// of its own follow it ("and opened 200 investigations", "and attempted
// to …"), and it is no adjective in a list before its noun ("a historic
// and experienced group") nor the last word of one ("including dead and
// wounded").
func verbPhraseAt(s *syntax.Sentence, j, end int) bool {
	if j+1 >= end || j < 2 || s.Words[j-2].Tag.IsAdj() {
		return false
	}
	n := &s.Words[j+1]
	return n.Tok.Kind == text.Word && n.Tag != tag.CC && !n.Tag.IsNoun()
}
