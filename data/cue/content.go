package cue

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// skipAdjuncts passes what may stand between a cue and its content:
// adverbs, words of time, and prepositional phrases of setting or time
// ("said on Monday in a statement", "told reporters at a conference").
func (f *Finder) skipAdjuncts(s *syntax.Sentence, fr *Frame, k int) int {
	k0 := k
	for k < len(s.Words) {
		w := &s.Words[k]
		switch {
		case w.Tag == tag.Comma && k > k0 && k+1 < len(s.Words) && text.Lower(s.Words[k+1].Text) == "that":
			// "conveyed a day earlier, that …": the comma closes the adjunct
			k++
			continue
		case w.Tag == tag.RB && w.Quote < 0 && !w.Is(lexicon.Negation):
			k++
			continue
		case w.Is(lexicon.Time) && w.Tag != tag.IN && !(k+1 < len(s.Words) && (s.Words[k+1].Tag == tag.POS || s.Words[k+1].Tag.IsNoun())):
			k++
			continue
		case w.Is(lexicon.Time) && w.Tag != tag.IN && w.Quote < 0 && timeBeforeTime(s, k):
			// "said Monday morning", "said last night the fight …": two
			// words of time
			k += 2
			continue
		case w.Quote < 0 && (w.Tag == tag.JJ || w.Tag == tag.DT || w.Tag == tag.CD) && timePhraseEnd(s, k) > k:
			// "last month", "this week", "two days earlier": a phrase of
			// time headed by its noun
			k = timePhraseEnd(s, k)
			continue
		case (w.Tag == tag.IN || w.Tag == tag.TO) && !isComplementizer(w):
			e := s.NounPhraseAt(k + 1)
			if e < 0 {
				return k
			}
			head := s.Head(syntax.Phrase{From: k + 1, To: e})
			h := &s.Words[head]
			if !(h.Is(lexicon.Time) || h.Is(lexicon.Setting) || h.Is(lexicon.Media) || h.Is(lexicon.Document) || h.Tag == tag.CD ||
				h.Tag == tag.NNP && w.Tag == tag.IN && text.Lower(w.Text) != "of") {
				return k
			}
			k = possessedEnd(s, e)
			if h.Tag == tag.NNP {
				k = regionEnd(s, k)
			}
			// "in an interview with X", "at a conference in Y", "in
			// comments carried by state media"
			for k < len(s.Words) {
				if s.Words[k].Tag == tag.VBN && k+1 < len(s.Words) && s.Words[k+1].Tag == tag.IN {
					k++
				}
				if s.Words[k].Tag != tag.IN || !s.Words[k].Is(lexicon.NounPreposition) {
					break
				}
				e := s.NounPhraseAt(k + 1)
				if e < 0 {
					break
				}
				k = possessedEnd(s, e)
			}
			continue
		}
		return k
	}
	return k
}

// contentAfter finds the content that follows a cue ending at k: past
// adjuncts, an addressee ("told reporters"), an object for the frames that
// keep it ("urged Y to …", "called Y …") or drop it ("accused Y of …"),
// a colon and "that". Prepositional phrases and adverbial clauses
// ("after the attacks", "as he left") are passed too; pp is where the
// first of them began (-1 for none), for a cue whose content is such a
// phrase ("warned of the consequences").
func (f *Finder) contentAfter(s *syntax.Sentence, fr *Frame, k int) (content syntax.Phrase, pp int) {
	pp = -1
	if fr.Kind == lexicon.Conversation && fr.Cue.Len() == 1 {
		// a topic's preposition after adjuncts: the topic follows it
		if c, _, ok := f.verbCue(s, fr.Cue.From); ok && len(c.Rest) > 0 {
			if t := topicAfter(s, k, c.Rest); t > 0 && t < len(s.Words) {
				return bound(s, trimEnd(s, syntax.Phrase{From: t, To: len(s.Words)}), fr.Kind), -1
			}
			return syntax.Phrase{}, -1
		}
	}
	if fr.Kind == lexicon.Say || fr.Kind == lexicon.Object {
		if e := anaphoricObjectEnd(s, k); e > 0 {
			// "said as much in an interview": the object stands for what
			// was said, and what follows it is the writer's
			return syntax.Phrase{From: k, To: e}, -1
		}
	}
	k0 := k
	k = f.skipAdjuncts(s, fr, k)
	objectOnly := false
	if k > k0 && k+1 < len(s.Words) && s.Words[k].Tag == tag.Comma && s.Words[k-1].IsTime() && subjectClauseAt(s, k+1) && !subordinateSubject(s, fr.Speaker) {
		// "said earlier today, the President needs …": the comma closes
		// the time, and the clause after it is what was said ("As X said
		// yesterday, we …" reports the main clause in its own way)
		k++
	}
	switch fr.Kind {
	case lexicon.Tell:
		if isOpenQuote(s, k) && k == fr.Cue.To {
			// "“…,” Velk told “Morning Hour” after the vote": a quotation
			// where the addressee stands names the show or paper told
			k = f.skipAdjuncts(s, fr, quotationEnd(s, k))
		} else if k < len(s.Words) && text.Lower(s.Words[k].Text) != "that" && !isOpenQuote(s, k) {
			if e := s.NounPhraseAt(k); e > 0 {
				k = f.skipAdjuncts(s, fr, coordinatedAddressee(s, possessedEnd(s, e)))
			}
		}
	case lexicon.Describe:
		// "called the offer “a trap”", "described it as “reasonably good”",
		// "called X's assertion of a “claim” “significant”": a quotation
		// that ends the clause is the name given, and what was said
		if q := lastQuotation(s, k); q > k {
			end := q + 1
			for end < len(s.Words) && s.Words[end].Quote == s.Words[q].Quote {
				end++
			}
			return trimEnd(s, syntax.Phrase{From: namedFrom(s, k, q), To: end}), -1
		}
		// "called Y X", "described Y as X": an object and then its name;
		// "called a meeting" is no saying, where "described the dire
		// situation" says what the object is
		e := f.speakerAfter(s, k)
		if describesObject(s, fr) && !namedAfter(s, e) && objectAt(s, fr.Cue.To) {
			objectOnly = true
			break
		}
		if e.Empty() || e.To >= len(s.Words) {
			return syntax.Phrase{}, -1
		}
		if c := &s.Words[e.To]; c.Tag == tag.CC && c.Quote < 0 {
			// "called the citation and the demand a ploy": two objects
			// given one name
			if e2 := f.speakerAfter(s, e.To+1); !e2.Empty() && e2.From == e.To+1 && e2.To < len(s.Words) {
				e.To = e2.To
			}
		}
		if qs := quotedNameAt(s, e.To); qs > 0 {
			// "called him “the grownup on the stage” amidst …", "called
			// them “illegals” and “thugs” without proof", "called her a
			// “clown” on his show": the object and the quotation that
			// names it, before an adjunct
			q := namedQuotations(s, qs)
			after := q.To
			for after < len(s.Words) && s.Words[after].Quote >= 0 {
				after++ // the closing mark
			}
			if after < len(s.Words) && (isComplementizer(&s.Words[after]) || s.Words[after].Tag == tag.TO && s.Words[after].Quote < 0) {
				// "called it “critical” that she speak", "called it a
				// “no-brainer” to prosecute": the clause is what was
				// called so
				return trimEnd(s, syntax.Phrase{From: e.From, To: len(s.Words)}), -1
			}
			if after < len(s.Words) && s.Words[after].Is(lexicon.ChargePreposition) && s.Words[after].Quote < 0 && !isPunct(s, after-1, ',') {
				// "called him “a genius” for his tax strategies": what
				// earned the name is said with it
				return bound(s, trimEnd(s, syntax.Phrase{From: e.From, To: len(s.Words)}), lexicon.Accuse), -1
			}
			return syntax.Phrase{From: e.From, To: q.To}, -1
		}
		nx := &s.Words[e.To]
		if !(nx.Tag == tag.DT || nx.Tag == tag.JJ || nx.Tag.IsNoun() || text.Lower(nx.Text) == "as" || nx.Tag == tag.PRPS) {
			return syntax.Phrase{}, -1
		}
	case lexicon.Accuse:
		// "accused Y of X": X ("of" and "for" join no noun to Y here)
		if e := s.NounPhraseAt(k); e > 0 && e < len(s.Words) {
			owned := possessedThing(s, k, e)
			e = pastAppositive(s, e)
			if e < len(s.Words) && s.Words[e].Is(lexicon.ChargePreposition) && !owned {
				k = e + 1
			}
		}
	}
	if e := s.NounPhraseAt(k); e > k && e+1 < len(s.Words) && s.Words[k].Quote < 0 && isPunct(s, e, ':') && isOpenQuote(s, e+1) &&
		addressee(&s.Words[s.Head(syntax.Phrase{From: k, To: e})]) {
		// "scolded him: “…”", "rebuked the minister: “…”": the one
		// addressed, and the quotation after the colon is what was said
		return syntax.Phrase{From: e + 1, To: quotationEnd(s, e+1)}, -1
	}
	// other prepositional phrases and adverbial clauses before the content
	for k < len(s.Words) {
		w := &s.Words[k]
		if w.Quote >= 0 || isComplementizer(w) {
			break
		}
		if w.Is(lexicon.Subordinator) && w.Tag == tag.IN && !isComplementizer(w) {
			if e := prepositionThenClause(s, k); e > 0 {
				// "said after the convention he would not …": a
				// preposition's phrase of time, and the clause after it
				k = e
				break
			}
		}
		if w.Is(lexicon.Subordinator) && w.Tag != tag.CC && !isComplementizer(w) {
			// "said as he left", "said when asked": the rest is no content
			k = len(s.Words)
			break
		}
		if w.Tag != tag.IN {
			break
		}
		e := s.NounPhraseAt(k + 1)
		if e < 0 {
			if k+1 < len(s.Words) && s.Words[k+1].Tag == tag.VBG {
				e = k + 2 // "in posing the question"
				if e2 := s.NounPhraseAt(e); e2 > 0 {
					e = e2
				}
			} else {
				break
			}
		}
		if pp < 0 {
			pp = k
		}
		k = f.skipAdjuncts(s, fr, e)
		if k+1 < len(s.Words) && s.Words[k].Tag == tag.VBN && s.Words[k+1].Tag == tag.IN {
			// "in comments carried by state media"
			if e2 := s.NounPhraseAt(k + 2); e2 > 0 {
				k = f.skipAdjuncts(s, fr, e2)
			}
		}
		if isPunct(s, k, ',') && !isOpenQuote(s, k+1) && !atEnd(s, k+1) {
			k++
		}
	}
	if isPunct(s, k, ',') && k+1 < len(s.Words) && (s.Words[k+1].Tag == tag.IN || s.Words[k+1].Tag == tag.RB || s.Words[k+1].Is(lexicon.PrepositionalParticiple)) {
		// "decided, following recent talks, that …": an adjunct between
		// commas before the content
		for j := k + 2; j < len(s.Words) && j < k+14; j++ {
			if isPunct(s, j, ',') {
				if j+1 < len(s.Words) && (text.Lower(s.Words[j+1].Text) == "that" || isOpenQuote(s, j+1)) {
					k = j + 1
				} else if c := adjunctThenClause(s, k); c > 0 && fr.Kind == lexicon.Say && !inSubordinate(s, fr) {
					// "said, if elected, she would …", "said, however,
					// the talks …": a clause after the adjunct, as after
					// "that, if elected,"; after "as X noted, …" the
					// clause is the sentence's own
					k = c
				}
				break
			}
		}
	}
	introduced := false
	if (isPunct(s, k, ':') || isPunct(s, k, ',')) && isOpenQuote(s, k+1) {
		k++
		introduced = true
	} else if isPunct(s, k, ':') {
		k++
		introduced = true
	}
	if k < len(s.Words) && text.Lower(s.Words[k].Text) == "that" && (s.Words[k].Tag != tag.DT || adjunctThenClause(s, k+1) > 0 || isOpenQuote(s, k+1)) {
		k++
		introduced = true
		if adjunctThenClause(s, k) > 0 {
			k++ // "said that, based on the surveys, the government …": the adjunct is said too
		}
	} else if e := s.NounPhraseAt(k); e > 0 && e-k <= 3 && e < len(s.Words) && text.Lower(s.Words[e].Text) == "that" &&
		s.Words[k].Tag != tag.PRPS && !hasPossessive(s, k, e) &&
		s.Words[e].Tag != tag.DT && !relativeThat(s, e+1) && clauseAt(s, max(s.NounPhraseAt(e+1), e+1)) && (fr.Kind == lexicon.Object || fr.Kind == lexicon.Say) {
		// "expressed doubt that …", "made the point that …": the noun
		// belongs to the cue, the clause is the content; "railed against
		// the provisions that pock the code": a relative clause on the
		// noun, which is content with it
		k = e + 1
		introduced = true
	}
	if isOpenQuote(s, k) {
		introduced = true
	}
	if fr.Kind == lexicon.That && !introduced && k < len(s.Words) {
		// "wrote they may have contained …": a clause without "that" is
		// said too ("wrote a letter" is not; a figure is: figureObject)
		if e := s.NounPhraseAt(k); e > k && clauseAt(s, e) {
			introduced = true
		}
	}
	kind := fr.Kind
	if objectOnly {
		kind = lexicon.Object
	}
	if fr.Kind == lexicon.That && !introduced && figureObject(s, fr, k) {
		// "reported spending $1 million", "reported 906 attacks": the
		// figure and what the clause says of it, as after "said"
		introduced, kind = true, lexicon.Say
	}
	if (fr.Kind == lexicon.That || fr.Kind == lexicon.Attitude) && !introduced {
		return syntax.Phrase{}, -1
	}
	p := trimEnd(s, syntax.Phrase{From: k, To: len(s.Words)})
	p = cutAtAccording(s, p)
	if relativeThat(s, p.From) {
		// a relative clause on the adjunct's noun is not what was said;
		// a colon after it introduces what was ("responded with a phrase
		// that could have come from Velk: “…”")
		p.From = colonAfter(s, p)
	}
	if p.Empty() || isPunct(s, p.From, ',') || isPunct(s, p.From, ';') {
		return syntax.Phrase{}, pp
	}
	return whClauseEnd(s, fr, subordinateEnd(s, fr, f.predicateEnd(s, fr, bound(s, p, kind)))), pp
}

// adjunctThenClause is where the clause starts after an adjunct set off
// by commas from k ("that, in her view, the government believes …",
// "that, if elected, she would …"), or -1: a comma, a preposition, adverb
// or participle, a second comma, then a subject and its finite verb.
// "said that, and left" has no such clause: "that" is its object.
func adjunctThenClause(s *syntax.Sentence, k int) int {
	if !isPunct(s, k, ',') || k+1 >= len(s.Words) {
		return -1
	}
	if w := &s.Words[k+1]; w.Quote >= 0 || !(w.Tag == tag.IN || w.Tag == tag.RB || w.Tag == tag.VBN || w.Tag == tag.VBG ||
		w.Is(lexicon.PrepositionalParticiple)) || isComplementizer(w) && !w.Is(lexicon.Conditional) {
		return -1
	}
	for j := k + 2; j < len(s.Words) && j < k+16; j++ {
		if s.Words[j].Quote >= 0 {
			return -1
		}
		if !isPunct(s, j, ',') {
			continue
		}
		e := s.NounPhraseAt(j + 1)
		if e < 0 {
			return -1
		}
		for e < len(s.Words) && s.Words[e].Tag == tag.RB {
			e++
		}
		if e < len(s.Words) && (s.Words[e].Tag.IsFiniteVerb() || s.Words[e].Tag == tag.MD) {
			return j + 1
		}
		return -1
	}
	return -1
}

// isComplementizer reports a subordinator that opens reported content
// ("asked whether", "wondered if").
func isComplementizer(w *syntax.Word) bool { return w.Is(lexicon.Complementizer) }

// maxAppositive is the most words an appositive between an object and
// its charge runs to.
const maxAppositive = 16

// pastAppositive is where the object ending at e goes on after an
// appositive between commas that a charge preposition follows ("accused
// the Tesmari leader, Ana Velk, of lying": "of"), or e itself.
func pastAppositive(s *syntax.Sentence, e int) int {
	if !isPunct(s, e, ',') {
		return e
	}
	for j := e + 1; j < len(s.Words) && j <= e+maxAppositive; j++ {
		w := &s.Words[j]
		if w.Quote >= 0 || w.Tag.IsFiniteVerb() || w.Tag == tag.MD {
			return e
		}
		if isPunct(s, j, ',') {
			if j > e+1 && j+1 < len(s.Words) && s.Words[j+1].Is(lexicon.ChargePreposition) {
				return j + 1
			}
			return e
		}
	}
	return e
}

// cutAtAccording ends content before ", according to": that is another
// attribution, of the whole sentence.
func cutAtAccording(s *syntax.Sentence, p syntax.Phrase) syntax.Phrase {
	for k := p.From; k+1 < p.To; k++ {
		if s.Words[k].Is(lexicon.Marker) && s.Words[k].Quote < 0 && strings.EqualFold(s.Words[k+1].Text, "to") {
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		}
	}
	return p
}

// subordinateEnd ends the content of a cue whose clause a subordinator
// opens where the main clause begins: "When Velk said the talks were
// over, Arno left" gives Velk only "the talks were over", and so does
// "… and once Velk said the talks were over, Arno left": the clause
// opens after a comma, a conjunction or the sentence's start.
func subordinateEnd(s *syntax.Sentence, fr *Frame, p syntax.Phrase) syntax.Phrase {
	if fr.Speaker.Empty() || fr.Chained || p.Empty() || s.Words[p.From].Quote >= 0 {
		return p
	}
	o := fr.Speaker.From - 1
	if o < 0 || !s.Words[o].Is(lexicon.Subordinator) || s.Words[o].Tag != tag.IN && s.Words[o].Tag != tag.WRB || isComplementizer(&s.Words[o]) ||
		text.Lower(s.Words[o].Text) == "as" || o > 0 && !isPunct(s, o-1, ',') && s.Words[o-1].Tag != tag.CC {
		return p
	}
	for k := p.From + 1; k < p.To; k++ {
		if isPunct(s, k, ',') && s.Words[k].Quote < 0 && k+1 < p.To && !s.Words[k+1].Tag.IsWh() && !s.Words[k+1].Tag.IsFiniteVerb() && newClause(s, k+1, p.To) {
			// a subject and its verb: "…, Orlavia closed the border" (", or
			// ISIS, has used …" goes on with the content's own subject)
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		}
	}
	return p
}

// namedQuotations is the quotation opening at k and those joined to it by
// "and" or "or" ("“illegals” and “thugs”"), without their outer marks.
func namedQuotations(s *syntax.Sentence, k int) syntax.Phrase {
	p := syntax.Phrase{From: k, To: k + 1}
	for {
		q := s.Words[k].Quote
		e := k
		for e+1 < len(s.Words) && s.Words[e+1].Quote == q {
			e++
		}
		p.To = e + 1
		if e+2 < len(s.Words) && s.Words[e+1].Tag == tag.CC && isOpenQuote(s, e+2) {
			k = e + 2
			continue
		}
		return trimEnd(s, p)
	}
}

// quotedNameAt is where the quotation that names an object begins, at k
// or past a determiner and an adjective before it ("a “clown”", "the
// “worst” deal"); 0 for none.
// A quotation after a determiner that a noun follows only modifies it
// ("called it an “unacceptable” violation of …"): the name is the whole
// phrase, and is left to the clause's bounds, as is one before a comma.
func quotedNameAt(s *syntax.Sentence, k int) int {
	k0 := k
	for n := 0; n < 2 && k+1 < len(s.Words) && s.Words[k].Quote < 0 && (s.Words[k].Tag == tag.DT || s.Words[k].Tag.IsAdj()); n++ {
		k++
	}
	if !isOpenQuote(s, k) {
		return 0
	}
	if k > k0 {
		e := quotationEnd(s, k)
		comma := s.Words[e-1].Tag == tag.Comma || e-2 > k && s.Words[e-2].Tag == tag.Comma
		if comma || e < len(s.Words) && (s.Words[e].Tag.IsNoun() || s.Words[e].Tag.IsAdj() || s.Words[e].Tag == tag.Comma) {
			return 0
		}
	}
	return k
}

// regionEnd passes the region that follows a place after a comma ("in
// Madison, Wisconsin, that …", "in Hollin, Kestria, on Monday"): ", Name,"
// before "that", a quotation or another adjunct. Without the closing
// comma the name may be a new subject ("in Hollin, Velk said"), and a
// list of places ("in Hollin, Tesmar and Orlavia") goes on past it.
func regionEnd(s *syntax.Sentence, k int) int {
	if !isPunct(s, k, ',') || k+1 >= len(s.Words) || s.Words[k+1].Tag != tag.NNP || s.Words[k+1].Quote >= 0 {
		return k
	}
	j := k + 1
	for j < len(s.Words) && j < k+4 && s.Words[j].Tag == tag.NNP && s.Words[j].Quote < 0 {
		j++
	}
	if !isPunct(s, j, ',') || j+1 >= len(s.Words) {
		return k
	}
	if n := &s.Words[j+1]; text.Lower(n.Text) == "that" || isOpenQuote(s, j+1) || n.Tag == tag.IN && !n.Is(lexicon.Subordinator) && !isComplementizer(n) {
		return j
	}
	return k
}

// inSubordinate reports a frame whose speaker follows a subordinator
// ("as some of you noted, …", "while critics said, …").
func inSubordinate(s *syntax.Sentence, fr *Frame) bool {
	if fr.Speaker.Empty() || fr.Speaker.From == 0 {
		return false
	}
	return s.Words[fr.Speaker.From-1].Is(lexicon.Subordinator)
}

// addressee reports a head that can be the one a cue addresses: a
// pronoun, a name, a person ("scolded him", "rebuked Velk", "told the
// minister"), not a thing promised or proposed ("promised mass
// deportation: “…”" quotes someone else).
func addressee(h *syntax.Word) bool {
	return h.Tag == tag.PRP || h.Tag.IsProperNoun() || h.Is(lexicon.TitleHead) || h.Is(lexicon.PersonNoun)
}

// describesObject reports a verb of naming whose object alone says
// something: "described the dire situation".
// A participle after a noun is passive ("the assessments described in
// subsection (a)"), after "has" it is said.
func describesObject(s *syntax.Sentence, fr *Frame) bool {
	v := fr.Cue.From
	if e := s.Words[v].Entry; e == nil || !e.DescribesObject {
		return false
	}
	if s.Words[v].Tag != tag.VBN {
		return true
	}
	k := v - 1
	for k >= 0 && s.Words[k].Tag == tag.RB {
		k--
	}
	return k >= 0 && s.Words[k].Entry != nil && s.Words[k].Entry.Perfect
}

// namedAfter reports an object e that a name follows: "the plan a
// disaster", "the plan as a disaster", "the plan “a trap”".
func namedAfter(s *syntax.Sentence, e syntax.Phrase) bool {
	if e.Empty() || e.To >= len(s.Words) {
		return false
	}
	nx := &s.Words[e.To]
	return nx.Quote >= 0 || nx.Tag == tag.DT || nx.Tag == tag.JJ || text.Lower(nx.Text) == "as"
}

// objectAt reports an object that opens right at k: a noun phrase (its
// determiner, whatever the tagger made of its noun), a free relative or
// a gerund ("described what happens", "described
// cascading changes"), not a reference ("described in (a)").
func objectAt(s *syntax.Sentence, k int) bool {
	if k >= len(s.Words) || s.Words[k].Quote >= 0 {
		return false
	}
	w := &s.Words[k]
	return s.NounPhraseAt(k) > k || w.Tag == tag.DT || w.Tag == tag.PRPS || w.Tag == tag.WP || w.Tag == tag.WRB || w.Tag == tag.VBG
}
