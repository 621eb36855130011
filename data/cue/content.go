package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// skipAdjuncts passes what may stand between a cue and its content:
// adverbs, words of time, and prepositional phrases of setting or time
// ("said on Monday in a statement", "told reporters at a conference").
func (f *Finder) skipAdjuncts(s *syntax.Sentence, fr *Frame, k int) int {
	for k < len(s.Words) {
		w := &s.Words[k]
		switch {
		case w.Tag == tag.RB && w.Quote < 0 && lower(w.Text) != "not":
			k++
			continue
		case w.Is(lexicon.Time) && w.Tag != tag.IN && !(k+1 < len(s.Words) && (s.Words[k+1].Tag == tag.POS || s.Words[k+1].Tag.IsNoun())):
			k++
			continue
		case (w.Tag == tag.IN || w.Tag == tag.TO) && !isComplementizer(w):
			e := s.NounPhraseAt(k + 1)
			if e < 0 {
				return k
			}
			head := s.Head(syntax.Phrase{From: k + 1, To: e})
			h := &s.Words[head]
			if !(h.Is(lexicon.Time) || h.Is(lexicon.Setting) || h.Is(lexicon.Media) || h.Is(lexicon.Document) || h.Tag == tag.CD ||
				h.Tag == tag.NNP && w.Tag == tag.IN && lower(w.Text) != "of") {
				return k
			}
			k = e
			// "in an interview with X", "at a conference in Y"
			for k < len(s.Words) && s.Words[k].Tag == tag.IN && s.Words[k].Is(lexicon.NounPreposition) {
				e := s.NounPhraseAt(k + 1)
				if e < 0 {
					break
				}
				k = e
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
	k = f.skipAdjuncts(s, fr, k)
	switch fr.Kind {
	case lexicon.Tell:
		if k < len(s.Words) && lower(s.Words[k].Text) != "that" && !isOpenQuote(s, k) {
			if e := s.NounPhraseAt(k); e > 0 {
				k = f.skipAdjuncts(s, fr, e)
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
			return trimEnd(s, syntax.Phrase{From: q, To: end}), -1
		}
		// "called Y X", "described Y as X": an object and then its name;
		// "called a meeting" is no saying
		e := f.speakerAfter(s, k)
		if e.Empty() || e.To >= len(s.Words) {
			return syntax.Phrase{}, -1
		}
		nx := &s.Words[e.To]
		if !(nx.Tag == tag.DT || nx.Tag == tag.JJ || nx.Tag.IsNoun() || lower(nx.Text) == "as" || nx.Tag == tag.PRPS) {
			return syntax.Phrase{}, -1
		}
	case lexicon.Accuse:
		// "accused Y of X": X ("of" and "for" join no noun to Y here)
		if e := s.NounPhraseAt(k); e > 0 && e < len(s.Words) {
			if t := lower(s.Words[e].Text); t == "of" || t == "for" {
				k = e + 1
			}
		}
	}
	// other prepositional phrases and adverbial clauses before the content
	for k < len(s.Words) {
		w := &s.Words[k]
		if w.Quote >= 0 || isComplementizer(w) {
			break
		}
		if w.Is(lexicon.Subordinator) && w.Tag != tag.CC && !isComplementizer(w) {
			// "said as he left", "said when asked": the rest is no content
			if pp < 0 {
				pp = k
			}
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
		if isPunct(s, k, ',') && !isOpenQuote(s, k+1) && !atEnd(s, k+1) {
			k++
		}
	}
	if isPunct(s, k, ',') && k+1 < len(s.Words) && (s.Words[k+1].Tag == tag.IN || s.Words[k+1].Tag == tag.RB || s.Words[k+1].Is(lexicon.PrepositionalParticiple)) {
		// "decided, following recent talks, that …": an adjunct between
		// commas before the content
		for j := k + 2; j < len(s.Words) && j < k+14; j++ {
			if isPunct(s, j, ',') {
				if j+1 < len(s.Words) && (lower(s.Words[j+1].Text) == "that" || isOpenQuote(s, j+1)) {
					k = j + 1
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
	if k < len(s.Words) && lower(s.Words[k].Text) == "that" && s.Words[k].Tag != tag.DT {
		k++
		introduced = true
	} else if e := s.NounPhraseAt(k); e > 0 && e-k <= 3 && e < len(s.Words) && lower(s.Words[e].Text) == "that" &&
		s.Words[k].Tag != tag.PRPS && !hasPossessive(s, k, e) &&
		s.Words[e].Tag != tag.DT && clauseAt(s, max(s.NounPhraseAt(e+1), e+1)) && (fr.Kind == lexicon.Object || fr.Kind == lexicon.Say) {
		// "expressed doubt that …", "made the point that …": the noun
		// belongs to the cue, the clause is the content
		k = e + 1
		introduced = true
	}
	if isOpenQuote(s, k) {
		introduced = true
	}
	if (fr.Kind == lexicon.That || fr.Kind == lexicon.Attitude) && !introduced {
		return syntax.Phrase{}, -1
	}
	p := trimEnd(s, syntax.Phrase{From: k, To: len(s.Words)})
	p = cutAtAccording(s, p)
	if p.Empty() || isPunct(s, p.From, ',') || isPunct(s, p.From, ';') {
		return syntax.Phrase{}, pp
	}
	return bound(s, p, fr.Kind), pp
}

// bound ends reported content where the reported clause ends, before
// what the writer adds: a participle after a comma (", saying …"), a
// concession (", despite …"), a closing phrase of time or setting ("at a
// rally on Tuesday"). Content that is an object rather than a clause
// ("announced his candidacy with a speech …") ends with its noun phrase
// and the phrases that complete it.
func bound(s *syntax.Sentence, p syntax.Phrase, kind lexicon.Frame) syntax.Phrase {
	if s.Words[p.From].Quote >= 0 {
		return p // a quotation ends where its marks do
	}
	object := false
	if kind == lexicon.Object || kind == lexicon.Accuse {
		if e := s.NounPhraseAt(p.From); e > 0 && e < p.To && !clauseAt(s, e) {
			object = true
		}
	}
	for k := p.From + 1; k < p.To; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 {
			continue
		}
		switch {
		case w.Tag == tag.Comma && k+1 < p.To && (s.Words[k+1].Tag == tag.VBG && !s.Words[k+1].Is(lexicon.CueVerb) && !s.Words[k+1].Is(lexicon.PrepositionalParticiple) &&
			!(k+2 < p.To && (s.Words[k+2].Tag == tag.Comma || s.Words[k+2].Tag == tag.CC)) ||
			s.Words[k+1].Is(lexicon.ContentEnder) || lower(s.Words[k+1].Text) == "with" && s.Words[k+1].Quote < 0):
			// ", citing …", ", despite …", ", with X describing …"; a
			// participle of saying (", noting that …") goes on with what
			// the subject says, and is a statement of its own as well
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case w.Is(lexicon.ContentEnder) && k > p.From+2:
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case w.Tag == tag.Comma && k+1 < p.To && (s.Words[k+1].Tag == tag.WDT || s.Words[k+1].Tag == tag.WP) && s.Words[k+1].Quote < 0 &&
			hasFiniteVerb(s, p.From, k):
			// ", which …" after the clause is the writer's
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case w.Tag == tag.CC && k > p.From+2 && (s.Words[k-1].Tag == tag.Comma || lower(w.Text) == "but") && newClause(s, k+1, p.To) && !coordinatedCue(s, k+1) && !listGoesOn(s, k, p.To),
			w.Tag == tag.CC && k > p.From+1 && lower(w.Text) == "but" && isPunct(s, k+1, ','):
			// "…, and asked whether …", "…, but there is anger …", "but, boy, …"
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case w.Tag == tag.Comma && k+1 < p.To && s.Words[k+1].Is(lexicon.Subordinator) && s.Words[k+1].Tag == tag.IN &&
			!isComplementizer(&s.Words[k+1]) && hasFiniteVerb(s, p.From, k):
			// "…, as Cosby is attacked": the writer's clause after the content
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case w.Is(lexicon.Subordinator) && w.Tag == tag.IN && !isComplementizer(w) && k+1 < p.To && s.Words[k+1].Tag == tag.VBG &&
			!s.Words[k+1].Is(lexicon.CueVerb) && k > p.From+1:
			// "… on Twitter before claiming that …"
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case (w.Tag == tag.Comma || w.Tok.Has(text.Dash)) && k > p.From+1 && appositiveToEnd(s, k+1, p.To):
			// "called him a “moderate,” a subtle dig at …": the writer's
			// comment on what was said
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case object && (w.Tag == tag.Comma && !listGoesOn(s, k+1, p.To) && !relativeNext(s, k+1, p.To) && !prepositionNext(s, k+1, p.To) &&
			!(k+2 < p.To && s.Words[k+1].Tag == tag.CC && coordinatedCue(s, k+2)) ||
			w.Tag == tag.Colon && !w.Tok.Has(text.Dash) || w.Tok.Has(text.Dash) && !pairedDash(s, k, p.To) ||
			w.Is(lexicon.Subordinator) && w.Tag == tag.IN && lower(w.Text) != "as" && lower(w.Text) != "that" &&
				!(k+1 < p.To && s.Words[k+1].Tag == tag.VBG && s.Words[k+1].Is(lexicon.CueVerb))):
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		}
	}
	// a closing phrase of time or setting: "at a rally on Tuesday"
	for {
		k := p.To - 1
		for k > p.From && s.Words[k].Tag != tag.IN && s.Words[k].Quote < 0 && k > p.To-6 {
			k--
		}
		if k <= p.From+1 || s.Words[k].Tag != tag.IN || s.Words[k].Quote >= 0 {
			return p
		}
		e := s.NounPhraseAt(k + 1)
		if e != p.To {
			return p
		}
		h := &s.Words[s.Head(syntax.Phrase{From: k + 1, To: e})]
		if !h.Is(lexicon.Time) && !h.Is(lexicon.Setting) {
			return p
		}
		p.To = k
		p = trimEnd(s, p)
	}
}

// newClause reports a clause or a verb phrase of its own starting at k:
// a finite verb, or a subject and its finite verb; "that" goes on with
// the content it coordinates with.
func newClause(s *syntax.Sentence, k, end int) bool {
	if k >= end || s.Words[k].Quote >= 0 || lower(s.Words[k].Text) == "that" {
		return false
	}
	if s.Words[k].Tag.IsFiniteVerb() || s.Words[k].Tag == tag.EX {
		return true
	}
	e := s.NounPhraseAt(k)
	return e > 0 && e < end && clauseAt(s, e)
}

// listGoesOn reports words after a comma that go on with the phrase
// before it: "an independent, sovereign, viable state".
func listGoesOn(s *syntax.Sentence, k, end int) bool {
	if k < end && s.Words[k].Tag == tag.CC {
		k++
	}
	if k >= end {
		return false
	}
	if s.Words[k].Tag.IsAdj() {
		return true
	}
	// a mistagged adjective before the rest of the phrase: "contiguous/VBZ
	// Palestinian state"
	return k+1 < end && (s.Words[k+1].Tag.IsAdj() || s.Words[k+1].Tag.IsNoun()) && s.Words[k].Tok.Kind == text.Word && !s.Words[k].Tok.Has(text.Cap)
}

// relativeNext reports a relative pronoun at k: "the importance of the
// talks, which focused on …" goes on with the object it describes.
func relativeNext(s *syntax.Sentence, k, end int) bool {
	return k < end && (s.Words[k].Tag == tag.WDT || s.Words[k].Tag == tag.WP)
}

// prepositionNext reports a preposition at k that is no clause's opener:
// "their determination to …, across the full range of …".
func prepositionNext(s *syntax.Sentence, k, end int) bool {
	return k < end && s.Words[k].Tag == tag.IN && !s.Words[k].Is(lexicon.Subordinator)
}

// pairedDash reports a dash at k that opens or closes an aside inside the
// object ("concerns in private – as we have in public – about …"), cut
// out later, not its end.
func pairedDash(s *syntax.Sentence, k, end int) bool {
	before := 0
	for j := 0; j < k; j++ {
		if s.Words[j].Tok.Has(text.Dash) {
			before++
		}
	}
	if before%2 == 1 {
		return true // it closes one
	}
	for j := k + 1; j < end; j++ {
		if s.Words[j].Tok.Has(text.Dash) {
			return true
		}
	}
	return false
}

// coordinatedCue reports a cue verb at k after "and": the subject's
// next saying ("… and called himself pro-choice"), optionally after a
// subject pronoun ("… and she accused …").
func coordinatedCue(s *syntax.Sentence, k int) bool {
	if s.Words[k].Tag == tag.PRP && k+1 < len(s.Words) {
		k++
	}
	for k < len(s.Words) && (s.Words[k].Tag == tag.RB || s.Words[k].Is(lexicon.Auxiliary) && s.Words[k].Tag.IsVerb()) {
		k++
	}
	w := &s.Words[min(k, len(s.Words)-1)]
	return k < len(s.Words) && w.Quote < 0 && w.Is(lexicon.CueVerb) && (w.Tag == tag.VBD || w.Tag == tag.VBZ || w.Tag == tag.VBG || w.Tag == tag.VBN)
}

// appositiveToEnd reports a noun phrase opened by "a"/"an" at k that
// runs, with what completes it, to the end of the content: a comment.
func appositiveToEnd(s *syntax.Sentence, k, end int) bool {
	if k >= end || !s.Words[k].Is(lexicon.Indefinite) || s.Words[k].Tag != tag.DT || s.Words[k].Quote >= 0 {
		return false
	}
	return !hasFiniteVerb(s, k, end) || relativeAfter(s, k, end)
}

// relativeAfter reports a relative pronoun after the noun phrase at k:
// "a win that prompted …" still comments on the content.
func relativeAfter(s *syntax.Sentence, k, end int) bool {
	e := s.NounPhraseAt(k)
	for e > 0 && e < end && s.Words[e].Tag == tag.IN {
		e = s.NounPhraseAt(e + 1)
	}
	return e > 0 && e < end && (s.Words[e].Tag == tag.WDT || s.Words[e].Tag == tag.WP)
}

// clauseAt reports a verb at k, after a subject and the phrases joined to
// it: the content is a clause.
func clauseAt(s *syntax.Sentence, k int) bool {
	for k < len(s.Words) && (s.Words[k].Tag == tag.RB || s.Words[k].Tag == tag.IN) {
		if s.Words[k].Tag == tag.IN {
			e := s.NounPhraseAt(k + 1)
			if e < 0 {
				return false
			}
			k = e
			continue
		}
		k++
	}
	return k < len(s.Words) && (s.Words[k].Tag.IsFiniteVerb() || s.Words[k].Tag == tag.MD)
}

// lastQuotation is the opening mark of a quotation after k that runs to
// the end of the sentence (past final punctuation), or -1.
func lastQuotation(s *syntax.Sentence, k int) int {
	p := trimEnd(s, syntax.Phrase{From: k, To: len(s.Words)})
	if p.Empty() {
		return -1
	}
	q := s.Words[p.To-1].Quote
	if q < 0 {
		// the closing mark was trimmed: look at the word before it
		if p.To < len(s.Words) {
			q = s.Words[p.To].Quote
		}
		if q < 0 {
			return -1
		}
	}
	for i := k; i < len(s.Words); i++ {
		if s.Words[i].Quote == q {
			if isOpenQuote(s, i) {
				return i
			}
			return -1
		}
	}
	return -1
}

// isComplementizer reports a subordinator that opens reported content
// ("asked whether", "wondered if").
func isComplementizer(w *syntax.Word) bool {
	t := lower(w.Text)
	return t == "whether" || t == "if" || t == "that"
}

// cutAtAccording ends content before ", according to": that is another
// attribution, of the whole sentence.
func cutAtAccording(s *syntax.Sentence, p syntax.Phrase) syntax.Phrase {
	for k := p.From; k+1 < p.To; k++ {
		if lower(s.Words[k].Text) == "according" && lower(s.Words[k+1].Text) == "to" && s.Words[k].Quote < 0 {
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		}
	}
	return p
}

// contentBefore is the content of "“…,” X said" and "…, X said": the
// words before the speaker phrase starting at start, when a comma or a
// closing mark separates them. Unquoted, they must be a clause.
func contentBefore(s *syntax.Sentence, start int) syntax.Phrase {
	b := start - 1
	if b < 1 {
		return syntax.Phrase{}
	}
	quoted := isCloseQuote(s, b) || isPunct(s, b, ',') && isCloseQuote(s, b-1)
	if !quoted && !isPunct(s, b, ',') && !isDash(s, b) {
		return syntax.Phrase{}
	}
	from := 0
	if isOpenQuote(s, 0) {
		from = 1
	}
	p := trimEnd(s, syntax.Phrase{From: from, To: b})
	if p.Empty() {
		return p
	}
	if !quoted && !s.Words[p.To-1].Tok.Has(text.Close) && !hasVerb(s, p.From, p.To) {
		return syntax.Phrase{}
	}
	return p
}

// contentBeforeInversion is the content of "“…,” said X" and "…, said X"
// for the cue at i.
func (f *Finder) contentBeforeInversion(s *syntax.Sentence, i int) syntax.Phrase {
	b := i - 1
	if b < 1 {
		return syntax.Phrase{}
	}
	quoted := isCloseQuote(s, b) || isPunct(s, b, ',') && isCloseQuote(s, b-1)
	if !quoted && !isPunct(s, b, ',') {
		return syntax.Phrase{}
	}
	from := 0
	if isOpenQuote(s, 0) {
		from = 1
	}
	p := trimEnd(s, syntax.Phrase{From: from, To: b})
	if p.Empty() || !quoted && !hasVerb(s, p.From, p.To) {
		return syntax.Phrase{}
	}
	return p
}

// secondQuotation is a quotation that resumes after the cue: "“A,” X
// said, “B.”"
func (f *Finder) secondQuotation(s *syntax.Sentence, k int) syntax.Phrase {
	if isPunct(s, k, ',') || isPunct(s, k, ':') {
		k++
	}
	if !isOpenQuote(s, k) {
		return syntax.Phrase{}
	}
	return trimEnd(s, syntax.Phrase{From: k + 1, To: len(s.Words)})
}

// nounFrame handles a noun of saying with a that-clause: "X's warning
// that …", "his claim that …", "the claim by X that …".
func (f *Finder) nounFrame(s *syntax.Sentence, i int) (Frame, bool) {
	that := i + 1
	var by syntax.Phrase
	if that < len(s.Words) && lower(s.Words[that].Text) == "by" {
		// "the claim by X that …"
		by = f.speakerAfter(s, that+1)
		if by.Empty() {
			return Frame{}, false
		}
		that = by.To
	}
	if that >= len(s.Words) || lower(s.Words[that].Text) != "that" {
		return Frame{}, false
	}
	var c lexicon.Cue
	for _, x := range s.Words[i].Entry.Cues {
		if x.Noun && x.Frame == lexicon.That {
			c = x
		}
	}
	if c.Lemma == "" {
		return Frame{}, false
	}
	fr := Frame{Cue: syntax.Phrase{From: i, To: i + 1}, Lemma: c.Lemma, Kind: lexicon.That, Shape: Nominal}
	switch {
	case !by.Empty():
		fr.Speaker = by
	case i >= 1 && s.Words[i-1].Tag == tag.PRPS:
		fr.Speaker = syntax.Phrase{From: i - 1, To: i}
	case i >= 2 && s.Words[i-1].Tag == tag.POS:
		a := s.NounPhraseEndingAt(i - 2)
		if a < 0 {
			return Frame{}, false
		}
		// the possessor is the phrase up to "’s", not the whole "X's claim"
		fr.Speaker = syntax.Phrase{From: a, To: i - 1}
		if s.Determiner(a) {
			fr.Speaker.From = a + 1
		}
	default:
		// "X made the false claim that …", "X is spreading lies that …":
		// the object of a verb, whose subject speaks
		a := s.NounPhraseEndingAt(i)
		if a < 1 || !s.Words[a-1].Tag.IsVerb() || s.Words[a-1].Is(lexicon.Passive) && a-1 > 0 && s.Words[a-2].Tag != tag.PRP {
			return Frame{}, false
		}
		sp, aside, _ := f.subject(s, a-1)
		if sp.Empty() {
			return Frame{}, false
		}
		fr.Speaker, fr.Aside = sp, aside
		fr.Cue = syntax.Phrase{From: a - 1, To: i + 1}
	}
	content := cutAtAccording(s, trimEnd(s, syntax.Phrase{From: that + 1, To: len(s.Words)}))
	if a := s.NounPhraseEndingAt(i); a >= 0 && !s.Words[max(a-1, 0)].Tag.IsVerb() && !s.Words[max(a-1, 0)].Tag.IsNoun() {
		// the phrase is a subject ("X's claim that A was false"): the
		// clause ends before the second verb of the sentence
		content = clauseOnly(s, content)
	}
	fr.Content[0] = content
	return fr, !fr.Content[0].Empty()
}

// clauseOnly ends a that-clause that is itself inside a subject before
// the main verb: "X's claim that [the army was ready] was false".
func clauseOnly(s *syntax.Sentence, p syntax.Phrase) syntax.Phrase {
	seen := false
	for k := p.From; k < p.To; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 || !(w.Tag.IsFiniteVerb()) {
			continue
		}
		if seen {
			// the second verb: end where its verb group begins
			e := k
			for e > p.From && (s.Words[e-1].Tag == tag.RB || s.Words[e-1].Tag == tag.MD || s.Words[e-1].Is(lexicon.Auxiliary) && s.Words[e-1].Tag.IsVerb()) {
				e--
			}
			return trimEnd(s, syntax.Phrase{From: p.From, To: e})
		}
		seen = true
		for k+1 < p.To && (s.Words[k+1].Tag.IsVerb() || s.Words[k+1].Tag == tag.RB || s.Words[k+1].Tag == tag.TO) {
			k++ // the rest of the first verb group: "had been going to"
		}
	}
	return p
}

// hasPossessive reports a possessive in words [from, to): "her claim",
// "Velk's warning" have speakers of their own.
func hasPossessive(s *syntax.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if s.Words[k].Tag == tag.POS || s.Words[k].Tag == tag.PRPS {
			return true
		}
	}
	return false
}

// according handles "according to X": the content is the rest of the
// sentence, before or after it, or around it ("The implication, according
// to X, is that …"). X is a noun phrase with whatever modifies it up to
// the next comma ("a newly uncovered email previously kept secret").
func (f *Finder) according(s *syntax.Sentence, i int) (Frame, bool) {
	if i+2 >= len(s.Words) || lower(s.Words[i].Text) != "according" || lower(s.Words[i+1].Text) != "to" {
		return Frame{}, false
	}
	fr := Frame{Cue: syntax.Phrase{From: i, To: i + 2}, Lemma: "according to", Kind: lexicon.Say, Shape: According}
	fr.Speaker = f.speakerAfter(s, i+2)
	if fr.Speaker.Empty() {
		return Frame{}, false
	}
	// the modifiers after the phrase, then an appositive
	end := fr.Speaker.To
	for end < len(s.Words) && !isPunct(s, end, ',') && s.Words[end].Tag != tag.Period && s.Words[end].Tok.Kind != text.Quote {
		end++
	}
	if end > fr.Speaker.To {
		fr.Aside = syntax.Phrase{From: fr.Speaker.To, To: end}
	} else if a := asideAfter(s, end); !a.Empty() && isPunct(s, a.To, ',') && (!hasVerb(s, a.From, a.To) || s.Words[a.From].Tag == tag.WP) {
		// "According to the mediator, Ambassador Jon Vell, the sides …"
		fr.Aside = a
		end = a.To
	}
	start := 0
	if isOpenQuote(s, 0) {
		start = 1
	}
	switch {
	case i <= start+1:
		// "According to X, …"
		if isPunct(s, end, ',') {
			end++
		}
		fr.Content[0] = trimEnd(s, syntax.Phrase{From: end, To: len(s.Words)})
	case isPunct(s, i-1, ',') && i >= 2 && (lower(s.Words[i-2].Text) == "that" || s.Words[i-2].Is(lexicon.Subordinator)) && isPunct(s, end, ','):
		// "It was important that, according to X, someone knew …"
		fr.Content[0] = trimEnd(s, syntax.Phrase{From: end + 1, To: len(s.Words)})
	case isPunct(s, i-1, ',') && isPunct(s, end, ',') && !atEnd(s, end+1) && !hasFiniteVerb(s, start, i-1):
		// "The implication, according to X, is that …"
		fr.Content[0] = syntax.Phrase{From: start, To: i - 1}
		fr.Content[1] = trimEnd(s, syntax.Phrase{From: end + 1, To: len(s.Words)})
	default:
		fr.Content[0] = trimEnd(s, syntax.Phrase{From: start, To: i})
	}
	return fr, !fr.Content[0].Empty()
}

// hasVerb reports a finite verb in words [from, to), quoted or not.
func hasVerb(s *syntax.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if s.Words[k].Tag.IsFiniteVerb() {
			return true
		}
	}
	return false
}
