package cue

import (
	"strings"

	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// maxVerblessAside bounds the words of an aside between commas that
// verblessAside and asideInsideClause look through.
const maxVerblessAside = 12

// asideInsideClause reports a participle or a concession between
// commas at k inside the content's clause: "the Census Bureau says
// Varandans, numbering 75 million, surpassed …", "a pollster said Arno,
// despite his wealth, is better placed …". Before the comma the content
// has no verb yet, and after the aside its verb follows: the writer has
// added nothing, the clause goes on.
func asideInsideClause(s *syntax.Sentence, from, k, end int) bool {
	if hasFiniteVerb(s, from, k) {
		return false
	}
	j := asideClose(s, k, end)
	if j < 0 || j+1 >= end || s.Words[j+1].Quote >= 0 {
		return false
	}
	// the tagger may take the verb for a participle ("Varandans, numbering
	// 75 million, surpassed/VBN …"): the subject has no other verb
	v := s.Words[j+1].Tag
	return v.IsFiniteVerb() || v == tag.MD || v == tag.VBN
}

// verblessAside reports an aside between commas at k, opened by a
// subordinator and without a verb of its own, after which the clause goes
// on with its finite verb: "a country that, once an enemy, is now …". A
// subordinator that opens a clause ("…, as Velk left") is the writer's.
func verblessAside(s *syntax.Sentence, k, end int) bool {
	j := asideClose(s, k, end)
	if j < 0 || j+1 >= end {
		return false
	}
	n := pastAdverbs(s, j+1, end)
	return n < end && s.Words[n].Quote < 0 && (s.Words[n].Tag.IsFiniteVerb() || s.Words[n].Tag == tag.MD)
}

// asideClose is the comma that closes an aside opened by the comma at k,
// with no finite verb, quotation or other mark between them, or -1.
func asideClose(s *syntax.Sentence, k, end int) int {
	for j := k + 1; j < end && j <= k+maxVerblessAside; j++ {
		w := &s.Words[j]
		if w.Quote >= 0 || w.Tag.IsFiniteVerb() || w.Tag == tag.Colon || w.Tok.Has(text.Dash) {
			return -1
		}
		if w.Tag == tag.Comma {
			if j == k+1 {
				return -1
			}
			return j
		}
	}
	return -1
}

// asRole reports "as" and a gerund at k, the role given to the object
// ("holds Arno, during her tenure, as being responsible for …"), not a
// clause of the writer's.
func asRole(s *syntax.Sentence, k, end int) bool {
	return k+1 < end && s.Words[k].Likens() && s.Words[k+1].Tag == tag.VBG
}

// prepositionThenClause is where a clause begins after a subordinator at
// k that is a preposition here, its noun phrase ending before a subject
// and its verb ("said after the convention he would …", "said before the
// vote the talks had …"), or -1. A subordinator whose noun phrase goes
// on to a verb ("said as he left", "said after the talks ended") opens a
// clause of its own, the writer's.
func prepositionThenClause(s *syntax.Sentence, k int) int {
	if k+1 >= len(s.Words) || s.Words[k+1].Tag == tag.PRP || s.Words[k+1].Quote >= 0 {
		return -1
	}
	e := s.NounPhraseAt(k + 1)
	if e <= k+1 || e >= len(s.Words) || s.Words[e].Quote >= 0 || s.Words[e].Tag.IsVerb() || s.Words[e].Tag == tag.MD {
		return -1
	}
	if n := &s.Words[e]; n.Tag != tag.PRP && n.Tag != tag.DT && !n.Tag.IsProperNoun() {
		return -1
	}
	e2 := s.NounPhraseAt(e)
	if e2 <= e || !clauseAt(s, e2) {
		return -1
	}
	return e
}

// relativeAroundCue narrows a content set around its cue to the relative
// clause the cue interrupts: in "… near the stadium, which, Velk said, is
// usually full" Velk says "which is usually full", not the writer's main
// clause before the relative pronoun.
func relativeAroundCue(s *syntax.Sentence, fr *Frame) {
	c := fr.Content[0]
	if c.Len() < 3 || fr.Content[1].Empty() {
		return
	}
	w := &s.Words[c.To-1]
	if (w.Tag == tag.WDT || w.Tag == tag.WP) && w.Quote < 0 && isPunct(s, c.To-2, ',') {
		fr.Content[0].From = c.To - 1
	}
}

// whClauseEnd ends the content of a cue whose clause a wh-word opens
// inside a larger one ("the difference between what Velk says the plan
// would do and how experts say it would shape the law has endured"):
// the content's clause is whole when a finite verb follows a noun with no
// subject of its own, and that verb is the outer clause's. The wh-clause
// is in the sentence's subject: no finite verb comes before the first
// wh-word ("the gap between what Velk says … and how experts say …").
func whClauseEnd(s *syntax.Sentence, fr *Frame, p syntax.Phrase) syntax.Phrase {
	if fr.Speaker.Empty() || fr.Chained || p.Empty() || s.Words[p.From].Quote >= 0 || fr.Speaker.From == 0 {
		return p
	}
	o := fr.Speaker.From - 1
	if w := &s.Words[o]; w.Tag != tag.WRB && w.Tag != tag.WP || w.Quote >= 0 || finiteBeforeWh(s, o) {
		return p // "agreed with what Velk said …", "visited Ramallah, where he reaffirmed …": the clause is an object or a relative one
	}
	if f := s.Words[p.From].Tag; f.IsFiniteVerb() || f == tag.MD {
		return p // "What Velk conveyed is that …": the content is the sentence's own predicate
	}
	for k := p.From + 2; k < p.To; k++ {
		w := &s.Words[k]
		if w.LinksClause() {
			return p // "What Velk said this week is that …": the sentence's own predicate runs on
		}
		if w.Quote >= 0 || !w.Tag.IsFiniteVerb() || w.Tag == tag.VBD && strings.HasSuffix(text.Lower(w.Text), "ed") {
			continue // "people appointed/VBD to their jobs": a participle the tagger took for a verb
		}
		if s.Words[k-1].Tag.IsNoun() && s.Words[k-1].Quote < 0 && hasFiniteVerb(s, p.From, k) { // a modal is finite too
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		}
	}
	return p
}

// finiteBeforeWh reports a finite verb outside quotations before the
// first wh-word of the sentence, which comes at or before o.
func finiteBeforeWh(s *syntax.Sentence, o int) bool {
	for k := 0; k < o; k++ {
		w := &s.Words[k]
		if w.Tag == tag.WRB || w.Tag == tag.WP {
			return false
		}
		if w.Tag.IsFiniteVerb() && w.Quote < 0 {
			return true
		}
	}
	return false
}
