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
	c, cue, ok := verbCue(s, i)
	if !ok {
		return Frame{}, false
	}
	fr, ok := f.cueFrame(s, i, c, cue, prev)
	if ok && c.Topic && !topicObject(s, fr.Content[0]) {
		// "raised $4 million", "raised the debt limit": no saying; a
		// phrase's verb alone may still say ("agree on one thing: …")
		if c, ok = soleVerbCue(s, i); !ok || c.Topic {
			return Frame{}, false
		}
		if fr, ok = f.cueFrame(s, i, c, syntax.Phrase{From: i, To: i + 1}, prev); !ok {
			return Frame{}, false
		}
	}
	if ok && (stanceAside(&fr) || relativeAct(s, &fr) || !fr.Chained && foundBy(s, &fr)) {
		return Frame{}, false
	}
	if ok && s.Words[i].Entry.NeedsInfinitive && !infinitiveIn(s, fr.Content[0]) {
		return Frame{}, false // "invited Velk to a dinner": an act
	}
	if ok && s.Words[i].Entry.NamesSource && sourceOnly(s, fr.Content[0]) {
		return Frame{}, false // "echoing Mr. Velk": whose words, not what words
	}
	if ok && s.Words[i].Entry.AnswersObject && answeredAct(s, &fr) {
		return Frame{}, false // "answer the call", "answered the demands of …": an act
	}
	if ok && s.Words[i].Entry.HostsGuest && hostedGuest(s, &fr) {
		return Frame{}, false // "welcomed him to Varn": a guest, not words
	}
	if ok && fr.Kind == lexicon.Urge && !fr.Content[0].Empty() && s.Words[fr.Content[0].From].Tag == tag.VBG && fr.Content[0].From > fr.Cue.To {
		// "pressed against a fence, listening to the speech": one urged
		// is an object; a participle past the verb's phrases is the
		// writer's, and the verb an act
		return Frame{}, false
	}
	if ok {
		speakersAsClause(s, &fr)
		dashedSpeakerName(s, &fr)
		f.continueAfterCue(s, &fr)
		if f.noContentBefore(s, &fr) {
			return Frame{}, false
		}
		relativeAroundCue(s, &fr)
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
		(s.Words[i].Tag != tag.VBN || isCloseQuote(s, i-1) && s.Words[i-1].Quote >= 0) && (invertible(fr.Kind) || quotedObject(s, i, before, fr.Kind)) {
		if sp := f.speakerAfter(s, cue.To); !sp.Empty() && !timeOnly(s, sp) && (isCloseQuote(s, i-1) || isCloseQuote(s, i-2) || endsAfterSpeaker(s, sp)) &&
			(s.Words[i].Tag != tag.VBN && fr.Kind != lexicon.That || canSpeak(&s.Words[s.Head(sp)])) {
			// (a participle inverted only before one who can speak: not
			// "“Income Averaging” proposed rule"; and a time after the
			// cue is when, never who: in "“…,” Velk, of Varn, said
			// Tuesday." the subject before the cue speaks)
			fr.Shape, fr.Speaker = Inverted, sp
			fr.Aside = asideAfter(s, sp.To)
			fr.Content[0] = before
			if more := f.secondQuotation(s, max(sp.To, fr.Aside.To)); !more.Empty() {
				fr.Content[1] = more
			}
			return fr, !fr.Content[0].Empty()
		}
	}
	if i == 0 && invertible(fr.Kind) {
		if fronted, ok := f.frontedCue(s, fr, cue); ok {
			return fronted, true
		}
	}
	sp, aside, chained := f.subject(s, i)
	if sp.Empty() || !chained && objectRelative(s, sp, cue.To, fr.Kind) {
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
	if chained && sp.From > cue.To && after.To >= sp.From {
		// "After blasting the plan, X …": the content ends where the
		// phrase that opens the sentence does
		after.To = sp.From - 1
	}
	// the content before the cue, worked out once: up to three of the
	// shapes below ask for it
	var before *syntax.Phrase
	contentBeforeCue := func() syntax.Phrase {
		if before == nil {
			b := contentBefore(s, start)
			before = &b
		}
		return *before
	}
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
			// the clause after the cue ends where a content after it would
			fr.Content[1] = bound(s, trimEnd(s, syntax.Phrase{From: k + 1, To: len(s.Words)}), fr.Kind)
			return fr, true
		}
	}
	if !after.Empty() && !chained && isOpenQuote(s, after.From) && after.From > 0 && isPunct(s, after.From-1, ',') {
		// "“A,” X said, “B.”": both quotations, around the cue
		if b := contentBeforeCue(); !b.Empty() && s.Words[b.From].Quote >= 0 {
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
		if b := contentBeforeCue(); !b.Empty() && s.Words[b.From].Quote >= 0 {
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
		if b := contentBeforeCue(); !b.Empty() && b.From <= 1 && s.Words[b.From].Quote >= 0 {
			after = syntax.Phrase{}
		}
	}
	if after.Empty() && !chained {
		// "“…,” X said." and "…, X said.": the content comes first
		if b := contentBeforeCue(); !b.Empty() && !relativeVerb(s, i) && (s.Words[b.From].Quote >= 0 || f.closesClause(s, &fr, cue.To) && !(adverbialClauseOnly(s, b) && !commaAfter(s, cue.To))) {
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
	if after.Empty() && !chained && start > 0 && s.Words[start-1].Likens() && !s.Words[i].Is(lexicon.Aspectual) {
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
			fr.Content[0] = trimEnd(s, syntax.Phrase{From: clauseBefore(s, contentStart(s, b), b), To: b})
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
	fr.Content[0] = asideClauseEnd(s, &fr, after)
	return fr, !fr.Content[0].Empty()
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
	if adjectival(s, i) || accusedMissing(s, i) {
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
			return aspectualAt(s, prev-1) < 0
		}
	case tag.VBN:
		// "two people briefed on the talks": a participle of a verb that
		// needs an addressee, with a preposition where the addressee would
		// be, is a passive
		if c, _, ok := verbCue(s, i); ok && c.Frame == lexicon.Tell && i+1 < len(s.Words) && s.Words[i+1].Tag == tag.IN {
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
	return prepositionalFreeRelative(s, i)
}

// prepositionalFreeRelative reports a verb at i in a free relative that a
// preposition takes, closed by a comma: "in terms of what X said, again,
// I will leave it to …" names what the speaker answers, and the clause
// after is the speaker's own. After a colon, a dash or "that" the words
// go on with X's ("consistent with what X said: we are not …", "look at
// what X said — he wrote that …"); "according to what X said, …" reports X.
func prepositionalFreeRelative(s *syntax.Sentence, i int) bool {
	w := freeRelativeAt(s, i)
	if w < 0 {
		return false
	}
	c := i + 1
	for c < len(s.Words) && (s.Words[c].Tag.IsAdverb() || s.Words[c].IsTime()) {
		c++ // "what X said yesterday,"
	}
	if c >= len(s.Words) || s.Words[c].Tag != tag.Comma {
		return false
	}
	k := w - 1
	if k >= 1 && s.Words[k].Tok.Has(text.Dash) && s.Words[k-1].Is(lexicon.FreeRelative) {
		k -= 2 // "to what — what X said": the speaker starts over
	}
	if k < 0 || s.Words[k].Tag != tag.IN && s.Words[k].Tag != tag.TO {
		return false
	}
	return k == 0 || !s.Words[k-1].Is(lexicon.Marker)
}

// asClauseSubject reports a noun phrase ending at end that opens an
// as-clause whose verb, at i, ends it: "…, as the Office expressly noted in
// a report." The tagger may make the verb a participle after an adverb, but
// a participle modifying the phrase would leave the clause without a verb.
func asClauseSubject(s *syntax.Sentence, end, i int) bool {
	a := s.NounPhraseEndingAt(end)
	return a >= 1 && s.Words[a-1].Likens() && s.Words[a-1].Tag == tag.IN && !mainVerbAfter(s, i+1)
}

// afterFreeRelative reports a verb at i in a free relative: "what"
// directly before it or before its subject, past auxiliaries and adverbs.
func afterFreeRelative(s *syntax.Sentence, i int) bool {
	return freeRelativeAt(s, i) >= 0
}

// freeRelativeAt is the index of the "what" that opens the free relative
// of the verb at i, or -1.
func freeRelativeAt(s *syntax.Sentence, i int) int {
	j := i - 1
	for j >= 0 && (s.Words[j].Tag.IsAdverb() || s.Words[j].Tag == tag.MD || s.Words[j].Is(lexicon.Auxiliary)) {
		j--
	}
	if j < 0 {
		return -1
	}
	if s.Words[j].Is(lexicon.FreeRelative) {
		return j
	}
	if a := s.NounPhraseEndingAt(j); a >= 1 && j-a < 4 && s.Words[a-1].Is(lexicon.FreeRelative) {
		return a - 1
	}
	return -1
}

// aspectualAt is where the verb of aspect ending at k begins, the word
// before "to" ("continues to advocate", "went on to explain": a particle
// may follow the verb), or a word whose subject the infinitive shares
// ("appeared to blame", "was quick to add"), or -1.
func aspectualAt(s *syntax.Sentence, k int) int {
	if k >= 1 && (s.Words[k].Tag == tag.RP || s.Words[k].Tag == tag.RB) && s.Words[k-1].Is(lexicon.Aspectual) {
		return k - 1
	}
	if k >= 0 && (s.Words[k].Is(lexicon.Aspectual) || s.Words[k].Entry != nil && s.Words[k].Entry.SharesSubject) {
		return k
	}
	return -1
}

// infinitiveIn reports content that holds an infinitive: "to" and a
// verb's base form ("Velk to visit Hollin").
func infinitiveIn(s *syntax.Sentence, c syntax.Phrase) bool {
	for k := c.From; k+1 < c.To; k++ {
		if s.Words[k].Tag == tag.TO && s.Words[k+1].Tag == tag.VB {
			return true
		}
	}
	return false
}
