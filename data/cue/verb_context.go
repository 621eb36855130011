package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// The questions a cue frame asks of the words around its verb: what
// follows, what comes before, where a clause or a quotation starts.

// mainVerbAfter reports a finite verb or a modal from k on, before any
// "that", quotation or colon: the verb of a clause whose subject a
// participle modifies ("the emergency declared on June 16, 2006, must
// continue"), where a saying's content would open instead.
func mainVerbAfter(s *syntax.Sentence, k int) bool {
	for ; k < len(s.Words) && k < 30; k++ {
		w := &s.Words[k]
		switch {
		case w.Quote >= 0 || isComplementizer(w) || w.Tag == tag.Colon:
			return false
		case w.Tag == tag.MD || w.Tag.IsFiniteVerb():
			return true
		}
	}
	return false
}

// quotedAsSaying handles "X was quoted as saying …" and "Y quoted X as
// saying …": the one quoted speaks.
func (f *Finder) quotedAsSaying(s *syntax.Sentence, i int, fr *Frame) bool {
	if fr.Lemma != "say" || s.Words[i].Tag != tag.VBG || i < 2 || !s.Words[i-1].Likens() {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		if !s.Words[k].Is(lexicon.QuotingVerb) {
			continue
		}
		fr.Shape = Quoted
		if k > 0 && s.Words[k-1].Is(lexicon.Auxiliary) {
			// "X was quoted (by Y) as saying"
			sp, aside, _ := f.subject(s, k)
			fr.Speaker, fr.Aside = sp, aside
		} else {
			// "Y quoted X as saying"
			fr.Speaker = f.speakerAfter(s, k+1)
		}
		return !fr.Speaker.Empty()
	}
	return false
}

// hasOpenQuote reports an opening mark from k on.
func hasOpenQuote(s *syntax.Sentence, k int) bool {
	for ; k < len(s.Words); k++ {
		if isOpenQuote(s, k) {
			return true
		}
	}
	return false
}

// hasNoun reports a noun or pronoun in words [from, to).
func hasNoun(s *syntax.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if s.Words[k].Tag.IsNoun() || s.Words[k].Tag == tag.PRP {
			return true
		}
	}
	return false
}

// firstSubjectWord is where the clause holding the cue at i begins after
// a quotation and its comma: "“…,” the agency quoted him as saying".
func firstSubjectWord(s *syntax.Sentence, i int) int {
	for k := i - 1; k > 0; k-- {
		if isCloseQuote(s, k) || isPunct(s, k, ',') && isCloseQuote(s, k-1) {
			return k + 1
		}
	}
	return 0
}

// quotationIntroduced reports a quotation opening at q that the cue
// introduces: right after the cue, a comma or a colon ("said, “…”"), not
// after a noun it names ("on the podcast “Talk”").
func quotationIntroduced(s *syntax.Sentence, q int) bool {
	if q < 1 {
		return true
	}
	w := &s.Words[q-1]
	return w.Tag == tag.Comma || w.Tag == tag.Colon || w.Is(lexicon.CueVerb) && w.Tag.IsVerb()
}

// lexicallyIntroduced reports content that follows "that" or a colon.
func lexicallyIntroduced(s *syntax.Sentence, p syntax.Phrase) bool {
	if p.From == 0 {
		return false
	}
	w := &s.Words[p.From-1]
	return w.LinksClause() || w.Tag == tag.Colon
}

// endsAfterSpeaker reports a speaker phrase after which, past an aside,
// the sentence ends or goes on to more quotation: "…, said X, a general."
func endsAfterSpeaker(s *syntax.Sentence, sp syntax.Phrase) bool {
	k := sp.To
	if a := asideAfter(s, k); !a.Empty() {
		k = a.To
		// a long appositive runs on over the commas of places ("director
		// of the project at the University of California, Davis, …")
		if isPunct(s, k, ',') && !hasFiniteVerb(s, k, len(s.Words)) && !hasOpenQuote(s, k) {
			return true
		}
		if appositivesToEnd(s, k) {
			return true
		}
	}
	if k < len(s.Words) && (s.Words[k].Tag == tag.WP || s.Words[k].Tag == tag.WDT) {
		return true // "…, said an official who was briefed on the talks."
	}
	return atEnd(s, k) || isPunct(s, k, ',') && isOpenQuote(s, k+1)
}

// appositivesToEnd reports a chain of appositives from the comma at k
// to the end of the sentence, the last of which may hold a relative
// clause: "…, said Ana Velk, director of Tesmar Nurses, a union that has
// endorsed Arno." The clause is about the appositive, not a new one.
func appositivesToEnd(s *syntax.Sentence, k int) bool {
	for isPunct(s, k, ',') && k+1 < len(s.Words) {
		e := s.NounPhraseAt(k + 1)
		if e < 0 {
			return false
		}
		for e < len(s.Words) && s.Words[e].Tag == tag.IN && s.Words[e].Is(lexicon.NounPreposition) {
			x := s.NounPhraseAt(e + 1)
			if x < 0 {
				break
			}
			e = x
		}
		if atEnd(s, e) {
			return true
		}
		if w := &s.Words[e]; w.Tag == tag.WP || w.Tag == tag.WDT {
			// the relative clause runs to the end, with no quotation
			return !hasOpenQuote(s, e) && s.Words[len(s.Words)-1].Tag == tag.Period
		}
		k = e
	}
	return false
}

// hasFiniteVerb reports a finite verb in words [from, to).
func hasFiniteVerb(s *syntax.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if s.Words[k].Tag.IsFiniteVerb() && s.Words[k].Quote < 0 {
			return true
		}
	}
	return false
}

// coordinatedVerb is the verb of the same form that the conjunction at
// cc joins the verb after it to ("to mark the day and discuss"), or -1
// when a finite verb, a clause's punctuation or a quotation comes first:
// the conjunction then joins clauses, not verbs.
func coordinatedVerb(s *syntax.Sentence, cc int, form tag.Tag) int {
	for k := cc - 1; k >= 0 && k >= cc-25; k-- {
		x := &s.Words[k]
		switch {
		case x.Quote >= 0 || x.Tag == tag.Colon || x.Tag.IsFiniteVerb():
			return -1
		case x.Tag == form:
			return k
		}
	}
	return -1
}

// skipAddressee is skipAdjuncts past the addressee a verb like "tell"
// takes first: "…, Velk told reporters on Monday, …".
func (f *Finder) skipAddressee(s *syntax.Sentence, fr *Frame, k int) int {
	if fr.Kind == lexicon.Tell {
		if isOpenQuote(s, k) && k == fr.Cue.To {
			k = quotationEnd(s, k) // "told “Morning Hour”"
		} else if e := s.NounPhraseAt(k); e > 0 {
			k = e
		}
	}
	return f.skipAdjuncts(s, fr, k)
}

// connectivesOnly reports a sentence that opens with nothing but
// conjunctions and adverbs before word k: "And as X said, …".
func connectivesOnly(s *syntax.Sentence, k int) bool {
	for i := 0; i < k; i++ {
		if t := s.Words[i].Tag; t != tag.CC && !t.IsAdverb() {
			return false
		}
	}
	return true
}

// phrasesOnly reports a sentence that ends, from k, in phrases of
// audience or setting with no clause, quotation or colon in them: "“…!” Velk said to
// People.", "“…?” Velk said to a crowd of about 500.": a verb of saying
// takes no content there, so it is the quotation before.
func phrasesOnly(s *syntax.Sentence, k int) bool {
	if k >= len(s.Words) || !(s.Words[k].Tag == tag.TO || text.Lower(s.Words[k].Text) == "to" || settingAt(s, k, len(s.Words))) {
		return false // "warned of the consequences", "commented on the death": a topic is content
	}
	for k < len(s.Words) {
		w := &s.Words[k]
		switch {
		case w.Tag == tag.Period:
			return k == len(s.Words)-1
		case w.Tag == tag.RB || w.Is(lexicon.Time) && w.Tag != tag.IN:
			k++
		case (w.Tag == tag.IN || w.Tag == tag.TO) && !isComplementizer(w) && !w.Is(lexicon.Subordinator):
			// each phrase a preposition and its noun phrase: not "disclosed
			// to the Department the violations", whose object follows,
			// nor "admitted to deceiving …"
			e := s.NounPhraseAt(k + 1)
			if e < 0 && k+2 < len(s.Words) && s.Words[k+1].Tag == tag.RB {
				e = s.NounPhraseAt(k + 2) // "of about 500"
			}
			if e < 0 {
				return false
			}
			for x := k + 1; x < e; x++ {
				if s.Words[x].Quote >= 0 {
					return false
				}
			}
			k = e
		default:
			return false
		}
	}
	return false
}

// participleToEnd reports a comma and a participle's phrase that runs to
// the end of the sentence, with no clause or quotation in it: the manner
// of saying ("Velk said, clutching the lectern."), not what was said.
func participleToEnd(s *syntax.Sentence, k int) bool {
	if !isPunct(s, k, ',') || k+1 >= len(s.Words) || s.Words[k+1].Tag != tag.VBG || s.Words[k+1].Is(lexicon.CueVerb) {
		return false
	}
	return !hasFiniteVerb(s, k+1, len(s.Words)) && !hasOpenQuote(s, k+1) && s.Words[len(s.Words)-1].Tag == tag.Period
}

// adverbialToEnd reports an adverbial clause that runs to the end of the
// sentence with no quotation in it: when or how it was said ("Velk said
// as he launched the vote."), not what.
func adverbialToEnd(s *syntax.Sentence, k int) bool {
	if k >= len(s.Words) || !s.Words[k].Is(lexicon.Subordinator) || s.Words[k].Tag == tag.CC || isComplementizer(&s.Words[k]) {
		return false
	}
	return !hasOpenQuote(s, k) && s.Words[len(s.Words)-1].Tag == tag.Period
}
