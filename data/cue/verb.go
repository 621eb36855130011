package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// verbFrame builds the frame of the cue verb at i, or reports that the
// verb says nothing here (an infinitive after "declined", a passive).
func (f *Finder) verbFrame(s *syntax.Sentence, i int, prev *Frame) (Frame, bool) {
	c, cue, ok := f.verbCue(s, i)
	if !ok {
		return Frame{}, false
	}
	fr, ok := f.cueFrame(s, i, c, cue, prev)
	if ok && c.Topic && !topicObject(s, fr.Content[0]) {
		// "raised $4 million", "raised the debt limit": no saying
		return Frame{}, false
	}
	if ok {
		f.continueAfterCue(s, &fr)
		if f.noContentBefore(s, &fr) {
			return Frame{}, false
		}
	}
	return fr, ok
}

// topicObject reports content that opens with a noun phrase headed by a
// topic noun: "concerns about …", "the issue of …".
func topicObject(s *syntax.Sentence, c syntax.Phrase) bool {
	if c.Empty() {
		return false
	}
	e := s.NounPhraseAt(c.From)
	if e < 0 {
		return false
	}
	h := &s.Words[s.Head(syntax.Phrase{From: c.From, To: e})]
	return h.Entry != nil && h.Entry.Topic
}

// cueFrame builds the frame of cue c, which the verb at i begins.
func (f *Finder) cueFrame(s *syntax.Sentence, i int, c lexicon.Cue, cue syntax.Phrase, prev *Frame) (Frame, bool) {
	fr := Frame{Cue: cue, Lemma: c.Lemma, Kind: c.Frame}
	if prev != nil {
		if notSaid(s, i) {
			return Frame{}, false // "discussed the dam and will reaffirm …"
		}
		// a participle chained to the frame before: its speaker speaks
		fr.Speaker, fr.Aside, fr.Chained, fr.Shape = prev.Speaker, prev.Aside, true, SpeakerFirst
		after, pp := f.contentAfter(s, &fr, cue.To)
		if after.Empty() && pp >= 0 {
			after = cutAtAccording(s, trimEnd(s, syntax.Phrase{From: pp, To: len(s.Words)}))
		}
		fr.Content[0] = after
		return fr, !after.Empty() && !conjunctionOpens(s, after) && !saysNothing(s, after) && !timeOnly(s, after)
	}
	if f.quotedAsSaying(s, i, &fr) {
		fr.Content[0], _ = f.contentAfter(s, &fr, cue.To)
		if fr.Content[0].Empty() {
			// "“We are ready,” the agency quoted him as saying."
			if b := contentBefore(s, firstSubjectWord(s, i)); !b.Empty() && s.Words[b.From].Quote >= 0 {
				fr.Content[0] = b
			}
		}
		return fr, !fr.Content[0].Empty() && !s.Words[s.Head(s.Core(fr.Speaker))].Is(lexicon.CueNoun)
	}
	if gap, ok := f.gapFrame(s, i, c, cue); ok {
		return gap, true
	}
	if as, ok := f.asPassive(s, i, c, cue); ok {
		return as, true
	}
	if pv, ok := f.passiveBy(s, i, c, cue); ok {
		return pv, true
	}
	if in, ok := f.invertedInside(s, i, c, cue); ok {
		return in, true
	}
	if notSaid(s, i) {
		return Frame{}, false
	}
	// "“…,” said X" and "…, said X": the speaker follows the cue
	// ("told" takes its addressee after it, and is never inverted: in
	// "“…,” X, who …, told reporters" the speaker is before the cue)
	// ("“…?” asked/VBN Sen. Velk": the tagger's participle right after a
	// closing mark is the inverted verb)
	if before := f.contentBeforeInversion(s, i); (before.To > 0 || isCloseQuote(s, i-1)) && s.Words[i].Tag != tag.VBG &&
		(s.Words[i].Tag != tag.VBN || isCloseQuote(s, i-1) && s.Words[i-1].Quote >= 0) && fr.Kind != lexicon.Tell {
		if sp := f.speakerAfter(s, cue.To); !sp.Empty() && (isCloseQuote(s, i-1) || isCloseQuote(s, i-2) || endsAfterSpeaker(s, sp)) &&
			(s.Words[i].Tag != tag.VBN || canSpeak(&s.Words[s.Head(sp)])) {
			// (a participle inverted only before one who can speak: not
			// "“Income Averaging” proposed rule")
			fr.Shape, fr.Speaker = Inverted, sp
			fr.Aside = asideAfter(s, sp.To)
			fr.Content[0] = before
			if more := f.secondQuotation(s, max(sp.To, fr.Aside.To)); !more.Empty() {
				fr.Content[1] = more
			}
			return fr, !fr.Content[0].Empty()
		}
	}
	sp, aside, chained := f.subject(s, i)
	if sp.Empty() || !chained && objectRelative(s, sp, cue.To) {
		return Frame{}, false
	}
	fr.Speaker, fr.Aside, fr.Chained = sp, aside, chained
	start := sp.From
	if !chained && aside.From > 0 && aside.From < start {
		start = aside.From
	}
	if !chained && aside.Empty() {
		start = clauseAfterQuotation(s, start)
	}
	after, pp := f.contentAfter(s, &fr, cue.To)
	if !chained && isPunct(s, start-1, ',') && start > 1 && !hasFiniteVerb(s, 0, start-1) {
		// "The talks, X said, will go on": the content surrounds the cue;
		// after an adverb ("Recently, X said, she has …") it is the
		// clause after the cue, the adverb with it
		if k := f.skipAddressee(s, &fr, cue.To); isPunct(s, k, ',') && !atEnd(s, k+1) && !isOpenQuote(s, k+1) &&
			(hasNoun(s, 0, start-1) || hasFiniteVerb(s, k+1, len(s.Words))) {
			fr.Shape = Parenthetical
			fr.Content[0] = syntax.Phrase{From: 0, To: start - 1}
			if isOpenQuote(s, 0) {
				fr.Content[0].From = 1
			}
			fr.Content[1] = trimEnd(s, syntax.Phrase{From: k + 1, To: len(s.Words)})
			return fr, true
		}
	}
	if !after.Empty() && !chained && isOpenQuote(s, after.From) && after.From > 0 && isPunct(s, after.From-1, ',') {
		// "“A,” X said, “B.”": both quotations, around the cue
		if b := contentBefore(s, start); !b.Empty() && s.Words[b.From].Quote >= 0 {
			fr.Shape = ContentFirst
			fr.Content[0], fr.Content[1] = b, after
			return fr, true
		}
	}
	if !after.Empty() && !chained && (!hasVerb(s, after.From, after.To) || fr.Kind == lexicon.Tell || s.Words[after.From].Is(lexicon.Time)) &&
		!isOpenQuote(s, after.From) && !lexicallyIntroduced(s, after) {
		// "“…,” Velk said 30 minutes into the debate.": a quotation before
		// the cue is the content, not a phrase of time after it; nor is
		// what follows an addressee ("“…,” Velk told the hosts of a show
		// who knew …")
		if b := contentBefore(s, start); !b.Empty() && s.Words[b.From].Quote >= 0 {
			after = syntax.Phrase{}
		}
	}
	if !after.Empty() && !chained && !lexicallyIntroduced(s, after) && !(isOpenQuote(s, after.From) && quotationIntroduced(s, after.From)) &&
		(after.From > cue.To || !hasFiniteVerb(s, after.From, after.To)) {
		// "“…,” Velk said at the outset of a debate dominated by …", "“…,”
		// Velk said in May on the podcast “Talk.”": after a quotation that
		// opens the sentence, what follows the cue is where, when and to
		// whom, and a quotation there is a name; the content is the
		// quotation before ("that", a colon or a clause right after the
		// cue would still open content: "… “Marco!,” the senator said his
		// campaign was strong")
		if b := contentBefore(s, start); !b.Empty() && b.From <= 1 && s.Words[b.From].Quote >= 0 {
			after = syntax.Phrase{}
		}
	}
	if after.Empty() && !chained {
		// "“…,” X said." and "…, X said.": the content comes first
		if b := contentBefore(s, start); !b.Empty() {
			fr.Shape = ContentFirst
			fr.Content[0] = b
			if more := f.secondQuotation(s, f.skipAddressee(s, &fr, cue.To)); !more.Empty() {
				fr.Content[1] = more
			}
			return fr, true
		}
	}
	if k := f.skipAdjuncts(s, &fr, cue.To); after.Empty() && k+1 == len(s.Words) && s.Words[k].Text == ":" {
		// "X said:" ending its sentence: what follows is the content (the
		// statement stage takes the paragraphs after it); "see below for
		// what they are saying:" only points to it
		if afterFreeRelative(s, cue.From) {
			return Frame{}, false
		}
		fr.Shape = SpeakerFirst
		return fr, true
	}
	if !chained && start == 0 && (adjunctOnly(s, adjunctsAfter(s, after, pp)) || fr.Kind == lexicon.Say && phrasesOnly(s, cue.To)) {
		// "“….” Velk said to reporters.", "“….” Velk said Wednesday on
		// Channel 4.": what follows the cue is where and when, and the
		// content is the quotation before
		fr.Shape, fr.QuoteBefore = ContentFirst, true
		return fr, true
	}
	if k := f.skipAddressee(s, &fr, cue.To); after.Empty() && !chained && start == 0 && (atEnd(s, k) || participleToEnd(s, k) || adverbialToEnd(s, k)) {
		// "“….” Velk said.": the quotation closed in the sentence before
		// ("“Who knows?” Velk told Tesmar Radio.": past the addressee)
		fr.Shape, fr.QuoteBefore = ContentFirst, true
		return fr, true
	}
	if after.Empty() && !chained && start > 0 && text.Lower(s.Words[start-1].Text) == "as" && !s.Words[i].Is(lexicon.Aspectual) {
		// ("As the war continues, …" tells when, not what anyone said)
		// "…, as X noted in a report." and "as X has attested, “…”": an
		// as-clause reports the main clause, or the quotation after it,
		// or the clause after it ("As X noted, the border is closed.")
		k := f.skipAdjuncts(s, &fr, cue.To)
		if isPunct(s, k, ',') && !atEnd(s, k+1) && (isOpenQuote(s, k+1) || start-1 == 0 || isPunct(s, start-2, ',') || connectivesOnly(s, start-1)) {
			// "…, as X has said, immediate access …": the rest of the clause
			fr.Content[0] = trimEnd(s, syntax.Phrase{From: k + 1, To: len(s.Words)})
			fr.Shape = SpeakerFirst
			return fr, true
		}
		if b := start - 2; b > 0 && isPunct(s, b, ',') && (atEnd(s, k) || adjunctsToEnd(s, k)) {
			fr.Content[0] = trimEnd(s, syntax.Phrase{From: clauseAfterColon(s, b), To: b})
			fr.Shape = ContentFirst
			return fr, !fr.Content[0].Empty()
		}
	}
	if after.Empty() && pp >= 0 {
		// "warned of the consequences": the phrase is the content
		after = cutAtAccording(s, trimEnd(s, syntax.Phrase{From: pp, To: len(s.Words)}))
	}
	if after.Empty() || conjunctionOpens(s, after) || saysNothing(s, after) || timeOnly(s, after) || !chained && reducedRelative(s, i, sp, after) {
		return Frame{}, false
	}
	fr.Shape = SpeakerFirst
	fr.Content[0] = after
	return fr, !after.Empty()
}

// notSaid reports a cue verb that reports no saying: an infinitive ("to
// say", "declined to comment"), a passive or adjectival participle
// ("was urged", "the so-called", "Asked about it, X said").
func notSaid(s *syntax.Sentence, i int) bool {
	w := &s.Words[i]
	prev := i - 1
	for prev >= 0 && (s.Words[prev].Tag == tag.RB) {
		prev--
	}
	// "did not say", "never said": no saying; "will announce", "could
	// argue": none yet
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		x := &s.Words[k]
		if x.Is(lexicon.Negation) {
			return true
		}
		if x.Tag == tag.MD && w.Tag == tag.VB && x.Is(lexicon.FutureModal) {
			return true
		}
		if !(x.Tag == tag.RB || x.Tag == tag.MD || x.Is(lexicon.Auxiliary)) {
			break
		}
	}
	if (w.Tag == tag.VB || w.Tag == tag.VBG) && prev >= 0 && s.Words[prev].Tag == tag.CC {
		// "met with X to mark the day and discuss …", "will visit Y and
		// discuss …", "looks forward to meeting X and discussing …": a
		// verb joined to another takes its infinitive, modal or
		// preposition
		if k := coordinatedVerb(s, prev, w.Tag); k >= 0 {
			return notSaid(s, k)
		}
	}
	if adjectival(s, i) {
		return true
	}
	switch w.Tag {
	case tag.VBG:
		// "looks forward to discussing", "committed to raising": a gerund
		// after "to" tells what is to come
		return prev >= 0 && (s.Words[prev].Tag == tag.TO || text.Lower(s.Words[prev].Text) == "to")
	case tag.VB:
		if prev >= 0 && s.Words[prev].Tag == tag.TO {
			// "continues to advocate" reports; "declined to say" does not
			return !(prev >= 1 && s.Words[prev-1].Is(lexicon.Aspectual))
		}
	case tag.VBN:
		// "two people briefed on the talks": a participle of a verb that
		// needs an addressee, with a preposition where the addressee would
		// be, is a passive
		if c, _, ok := (&Finder{}).verbCue(s, i); ok && c.Frame == lexicon.Tell && i+1 < len(s.Words) && s.Words[i+1].Tag == tag.IN {
			return true
		}
		// a participle after a form of "be" or "get" is a passive ("was
		// urged", "been told"); one opening its sentence or clause is an
		// adjunct ("Asked about it, X said"); after "has" it is said, and
		// after a subject the tagger mistook a past tense for it
		if prev < 0 {
			return true
		}
		p := &s.Words[prev]
		switch {
		case p.Is(lexicon.Passive) && (p.Tag.IsVerb() || p.Tag == tag.POS || p.Tag.IsNoun() && !p.Tok.Has(text.Cap)):
			// "was urged", "remains committed" ("remains/NNS" as the tagger
			// may have it)
			return true
		case i+1 < len(s.Words) && s.Words[i+1].Tag == tag.IN && !p.Is(lexicon.Auxiliary) && !asClauseSubject(s, prev, i) &&
			(s.Words[i+1].Is(lexicon.PassivePreposition) && (p.Tag.IsNoun() || p.Tag == tag.NNP) ||
				(p.Tag == tag.NN || p.Tag == tag.NNS) && !p.Tok.Has(text.Cap) && mainVerbAfter(s, i+1)):
			// "the emergency declared in Executive Order 13405": a
			// participle after its noun and before a preposition is passive
			return true
		case p.Is(lexicon.Subordinator) && p.Tag != tag.CC, p.Tok.Kind == text.Quote && p.Tok.Has(text.Open):
			return true
		}
	}
	// "what X called Y" describes inside another clause: no saying of its own
	if k := i - 1; k >= 1 && s.Words[k-1].Is(lexicon.FreeRelative) || k >= 0 && k < len(s.Words) && s.Words[k].Is(lexicon.FreeRelative) {
		return true
	}
	// "What the Secretary said is that …": a free relative that is the
	// subject of the verb after it ("what X said: that …" still says)
	if i+1 < len(s.Words) && s.Words[i+1].Is(lexicon.Auxiliary) && s.Words[i+1].Tag.IsFiniteVerb() && afterFreeRelative(s, i) {
		return true
	}
	return false
}

// asClauseSubject reports a noun phrase ending at end that opens an
// as-clause whose verb, at i, ends it: "…, as the Office expressly noted in
// a report." The tagger may make the verb a participle after an adverb, but
// a participle modifying the phrase would leave the clause without a verb.
func asClauseSubject(s *syntax.Sentence, end, i int) bool {
	a := s.NounPhraseEndingAt(end)
	return a >= 1 && text.Lower(s.Words[a-1].Text) == "as" && s.Words[a-1].Tag == tag.IN && !mainVerbAfter(s, i+1)
}

// afterFreeRelative reports a verb at i in a free relative: "what"
// directly before it or before its subject, past auxiliaries and adverbs.
func afterFreeRelative(s *syntax.Sentence, i int) bool {
	j := i - 1
	for j >= 0 && (s.Words[j].Tag.IsAdverb() || s.Words[j].Tag == tag.MD || s.Words[j].Is(lexicon.Auxiliary)) {
		j--
	}
	if j < 0 {
		return false
	}
	if s.Words[j].Is(lexicon.FreeRelative) {
		return true
	}
	a := s.NounPhraseEndingAt(j)
	return a >= 1 && j-a < 4 && s.Words[a-1].Is(lexicon.FreeRelative)
}

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
	if fr.Lemma != "say" || s.Words[i].Tag != tag.VBG || i < 2 || text.Lower(s.Words[i-1].Text) != "as" {
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
	return text.Lower(w.Text) == "that" || w.Tag == tag.Colon
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
		case x.Quote >= 0 || x.Tag == tag.Colon || x.Tag.IsFiniteVerb() || x.Tag == tag.MD:
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
