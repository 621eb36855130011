package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// describedComment reports an indefinite noun phrase at k that the
// writer goes on to describe, up to the next comma or dash: by a clause
// without a relative pronoun ("…, a recommendation the minister
// adopted", "…, a plan Velk has modified since"), a participle ("…, a
// sentiment endorsed by the crowd, who …", "…, a reference to letters
// leaked last week that …") or a relative clause. What follows that
// comma must not take up the clause the phrase interrupted ("the deal,
// a first for the region, was signed") nor go on with a list ("Tesmar, a
// founding member, and Orlavia"): a relative clause on the phrase or
// another clause after "and" may.
func describedComment(s *syntax.Sentence, k, end int) bool {
	stop := end
	for j := k + 1; j < end; j++ {
		if s.Words[j].Quote < 0 && (s.Words[j].Tag == tag.Comma || s.Words[j].Tok.Has(text.Dash)) {
			stop = j
			break
		}
	}
	e := s.NounPhraseAt(k)
	for e > 0 && e < stop && s.Words[e].Tag == tag.IN && s.Words[e].Quote < 0 {
		e = s.NounPhraseAt(e + 1)
	}
	if e <= k || e >= stop || s.Words[e].Quote >= 0 {
		return false
	}
	described := false
	switch w := &s.Words[e]; {
	case w.Tag == tag.WDT || w.Tag == tag.WP || w.Tag == tag.VBN:
		described = true
	case w.Tag.IsNoun() || w.Tag == tag.DT || w.Tag == tag.PRP:
		// a clause whose object is the phrase: "a plan the billionaire has modified"
		n := s.NounPhraseAt(e)
		described = n > e && n < stop && clauseAt(s, n)
	}
	if !described || stop == end {
		return described
	}
	next := stop + 1
	if next >= end {
		return true
	}
	switch w := &s.Words[next]; {
	case w.Tag == tag.WDT || w.Tag == tag.WP:
		return true
	case w.Tag == tag.CC:
		return newClause(s, next+1, end)
	}
	return false
}

// asideOpensWithin reports a comma in the content [from, k) that opens a
// description of the word before it, a relative clause, an appositive or
// a participle ("the annual talks, which started a decade ago, remained
// …", "Velk, the minister who led them, would …"): the comma at k
// closes that aside and the content's clause goes on after it, where in
// "X, after saying A, bought ads" the aside opened before the content;
// so does a subordinator without a verb ("a country that, once an
// enemy, is now …").
func asideOpensWithin(s *syntax.Sentence, from, k int) bool {
	for j := from + 1; j+1 < k; j++ {
		if s.Words[j].Quote >= 0 || s.Words[j].Tag != tag.Comma || s.Words[j+1].Quote >= 0 {
			continue
		}
		if t := s.Words[j+1].Tag; t == tag.WDT || t == tag.WP || t == tag.VBN || t == tag.DT && s.Words[j-1].Tag.IsNoun() {
			return true
		}
		if s.Words[j+1].Is(lexicon.Subordinator) && s.Words[j+1].Tag == tag.IN && asideClose(s, j, k+1) == k {
			return true // "a country that, once an enemy, is now …"
		}
	}
	return false
}

// withReports reports a with-phrase at k whose noun phrase goes on to
// say something ("…, with X describing …") or, named, to do something
// ("…, with Velk taking to Twitter …"): the writer's report of another
// voice. Any other with-phrase after a comma
// ("…, with countries still offering no hint …", "…, with his weight
// down") is what the speaker said about it.
func withReports(s *syntax.Sentence, k, end int) bool {
	// the noun phrase's words, up to a participle (which the noun phrase
	// reader may take for a modifier: "Mr. Sullivan expressing
	// appreciation")
	e := k + 1
	for e < end && s.Words[e].Quote < 0 && (s.Words[e].Tag == tag.DT || s.Words[e].Tag.IsAdj() || s.Words[e].Tag.IsNoun() ||
		s.Words[e].Tag == tag.POS || s.Words[e].Tag == tag.CD || s.Words[e].Tag == tag.PRPS) {
		e++
	}
	if e == k+1 || e >= end || s.Words[e].Tag != tag.VBG {
		return false
	}
	// "…, with Velk taking to Twitter to call …": a named person's act
	return s.Words[e].Is(lexicon.CueVerb) || s.Words[e-1].Tag.IsProperNoun()
}
