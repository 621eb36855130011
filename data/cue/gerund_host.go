package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// gerundHost reports a preposition that hangs a gerund of saying on the
// subject of its clause: "was the fiercest in denouncing …", "upon
// saying …", "After blasting the plan, X …".
func gerundHost(w *syntax.Word) bool {
	return w.Tag == tag.IN && w.Entry != nil && w.Entry.GerundHost
}

// subjectAfterOpener finds the speaker of a gerund of saying at v in a
// phrase that opens its sentence ("After blasting the plan, Velk …",
// "Since announcing that she would not run, Velk has …", "Noting that the
// border was closed, Velk …"): the subject of the main clause, which
// opens after the comma that closes the phrase. The comma must be
// followed by a noun phrase that can speak and then its finite verb; a
// comma inside the phrase's content ("blasting the plan, a costly one,")
// is passed over, and a clause whose subject cannot speak ("…, the
// markets rallied") has no speaker for the gerund. The comma may stand
// inside a quotation that closes the phrase ("Citing “old debts,” Velk
// …").
func (f *Finder) subjectAfterOpener(s *syntax.Sentence, v int) syntax.Phrase {
	for k := v + 1; k+1 < len(s.Words) && k < v+maxAside; k++ {
		// the comma may close a quotation inside the phrase: "In calling
		// the plan “reckless,” Velk …"
		if !(s.Words[k].Quote < 0 && isPunct(s, k, ',') || isCloseQuote(s, k) && isPunct(s, k-1, ',')) {
			continue
		}
		e := s.NounPhraseAt(k + 1)
		if e < 0 || s.Words[k+1].Quote >= 0 {
			continue
		}
		m := e
		for m < len(s.Words) && (s.Words[m].Tag.IsAdverb() || s.Words[m].Tag == tag.MD) {
			m++
		}
		if m >= len(s.Words) || !(s.Words[m].Tag.IsFiniteVerb() || s.Words[m].Tag == tag.MD) {
			continue
		}
		sp := syntax.Phrase{From: k + 1, To: e}
		h := &s.Words[s.Head(sp)]
		if !speakingSubject(h) {
			return syntax.Phrase{}
		}
		return sp
	}
	return syntax.Phrase{}
}

// firstWord is where a sentence's first clause begins, past a
// conjunction and adverbs ("But then after saying …").
func firstWord(s *syntax.Sentence) int {
	k := 0
	for k < len(s.Words) && (s.Words[k].Tag == tag.CC || s.Words[k].Tag.IsAdverb() && s.Words[k].Tag != tag.WRB) {
		k++
	}
	return k
}

// subjectAroundOpener finds the speaker of a gerund of saying at v after
// the preposition at j when no verb comes before: the phrase opens the
// sentence and the main clause's subject follows it ("After blasting the
// plan, Velk …"), or it stands between the subject and its verb ("Velk,
// after first saying …, changed her mind").
func (f *Finder) subjectAroundOpener(s *syntax.Sentence, j, v int) syntax.Phrase {
	first := firstWord(s)
	if j == first {
		return f.subjectAfterOpener(s, v)
	}
	if j < 2 || !isPunct(s, j-1, ',') || s.Words[j-2].Quote >= 0 {
		return syntax.Phrase{}
	}
	a := s.NounPhraseEndingAt(j - 2)
	if a != first {
		return syntax.Phrase{}
	}
	sp := syntax.Phrase{From: a, To: j - 1}
	if h := &s.Words[s.Head(sp)]; !canSpeak(h) || h.IsTime() {
		return syntax.Phrase{}
	}
	return sp
}

// writingVerb reports a verb that says something only before a
// that-clause or a quotation ("reported", "writing"): opening a sentence
// it is mostly the writer's setting ("Writing for the panel, X noted").
func writingVerb(w *syntax.Word) bool {
	if w.Entry == nil {
		return false
	}
	for _, c := range w.Entry.Cues {
		if !c.Noun && c.Frame == lexicon.That {
			return true
		}
	}
	return false
}

// gerundOfSubject reports a gerund after the preposition at j ("in",
// "upon") that tells what the clause's subject did by saying it: after an
// adjective or a verb ("was the fiercest in denouncing", "joined in
// condemning"), or after the partner a verb of joining takes ("joins
// Tesmar in calling for"); not after another noun ("her role in
// countering": the noun's part), and not inside what the verb at pv
// reports ("urged Tesmar to join in celebrating").
func gerundOfSubject(s *syntax.Sentence, j, pv int) bool {
	if j > 0 && (s.Words[j-1].Tag.IsNoun() || s.Words[j-1].Tag.IsProperNoun()) {
		a := s.NounPhraseEndingAt(j - 1)
		if a < 1 || pv != a-1 || s.Words[pv].Entry == nil || !s.Words[pv].Entry.JoinsPartner {
			return false
		}
	}
	return pv < 0 || !s.Words[pv].Is(lexicon.CueVerb)
}

// hostedInsideContent reports a gerund after "in" or "upon" that lies in
// the content of an earlier frame ("told CNN that she was wrong in
// predicting …", "thanked the partners who joined us in calling …"): it
// is part of what was reported, and a frame of its own would cut that
// content short.
func hostedInsideContent(s *syntax.Sentence, fr *Frame, earlier []Frame) bool {
	k := fr.Cue.From - 1
	if !fr.Chained || k < 0 || s.Words[fr.Cue.From].Tag != tag.VBG || !gerundHost(&s.Words[k]) ||
		s.Words[k].Is(lexicon.AgentPreposition) || s.Words[k].Is(lexicon.Subordinator) {
		return false
	}
	for e := range earlier {
		for _, c := range earlier[e].Content {
			if c.Has(fr.Cue.From) {
				return true
			}
		}
	}
	return false
}
