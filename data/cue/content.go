package cue

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

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
		if c, _, ok := verbCue(s, fr.Cue.From); ok && len(c.Rest) > 0 {
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
		} else if k < len(s.Words) && !s.Words[k].LinksClause() && !isOpenQuote(s, k) {
			if e := s.NounPhraseAt(k); e > 0 {
				k = f.skipAdjuncts(s, fr, coordinatedAddressee(s, possessedEnd(s, e)))
			}
		}
	case lexicon.Describe:
		// "called the offer “a trap”", "described it as “reasonably good”",
		// "called X's assertion of a “claim” “significant”": a quotation
		// that ends the clause is the name given, and what was said
		if q := lastQuotation(s, k); q > k && !verbJoinedBetween(s, k, q) {
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
		if !(nx.Tag == tag.DT || nx.Tag == tag.JJ || nx.Tag.IsNoun() || nx.Likens() || nx.Tag == tag.PRPS) {
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
			if j := f.thatAfterSubordinate(s, k); j > 0 {
				// "said after a lunch on Tuesday that he had not …"
				k = j
				break
			}
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
				if j+1 < len(s.Words) && (s.Words[j+1].LinksClause() || isOpenQuote(s, j+1)) {
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
	if k < len(s.Words) && s.Words[k].LinksClause() && (s.Words[k].Tag != tag.DT || adjunctThenClause(s, k+1) > 0 || isOpenQuote(s, k+1)) {
		k++
		introduced = true
		if adjunctThenClause(s, k) > 0 {
			k++ // "said that, based on the surveys, the government …": the adjunct is said too
		}
	} else if e := s.NounPhraseAt(k); e > 0 && e-k <= 3 && e < len(s.Words) && s.Words[e].LinksClause() &&
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

// isComplementizer reports a subordinator that opens reported content
// ("asked whether", "wondered if").
func isComplementizer(w *syntax.Word) bool { return w.Is(lexicon.Complementizer) }

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
		s.Words[o].Likens() || o > 0 && !isPunct(s, o-1, ',') && s.Words[o-1].Tag != tag.CC {
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

// inSubordinate reports a frame whose speaker follows a subordinator
// ("as some of you noted, …", "while critics said, …").
func inSubordinate(s *syntax.Sentence, fr *Frame) bool {
	if fr.Speaker.Empty() || fr.Speaker.From == 0 {
		return false
	}
	return s.Words[fr.Speaker.From-1].Is(lexicon.Subordinator)
}
