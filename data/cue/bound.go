package cue

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

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
	if kind == lexicon.Conversation {
		return topicBound(s, p)
	}
	objectEnd, nounEnd := -1, -1
	if kind == lexicon.Object || kind == lexicon.Accuse || kind == lexicon.Describe {
		// a name given ("called X Y", "described X as Y") is an object
		// and its complement: it ends as an object does
		if e := s.NounPhraseAt(p.From); e > 0 && e < p.To && !clauseAt(s, e) {
			object, objectEnd = true, ofChain(s, e, p.To)
		}
	} else {
		nounEnd = nounContentEnd(s, p)
	}
	for k := p.From + 1; k < p.To; k++ {
		w := &s.Words[k]
		if isCloseQuote(s, k) && isPunct(s, k-1, ',') && k-1 > p.From && appositiveToEnd(s, k+1, p.To) && commentAt(s, k+1, p.To) {
			// "called him a “moderate,” a subtle dig at …": the comma
			// inside the marks ends the name given
			return trimEnd(s, syntax.Phrase{From: p.From, To: k + 1})
		}
		if isCloseQuote(s, k) && isPunct(s, k-1, ',') && k-1 > p.From && writersParticiple(s, k+1, p.To) && s.Words[k+1].Quote < 0 {
			// "called X the “ultimate hypocrite,” linking to …": the
			// comma inside the marks closes the name as one outside would
			return trimEnd(s, syntax.Phrase{From: p.From, To: k + 1})
		}
		if w.Quote >= 0 {
			continue
		}
		switch {
		case w.Tag == tag.Comma && k+1 < p.To && (writersParticiple(s, k+1, p.To) && !asideInsideClause(s, p.From, k, p.To) ||
			s.Words[k+1].Is(lexicon.ContentEnder) && !asideInsideClause(s, p.From, k, p.To) || text.Lower(s.Words[k+1].Text) == "with" && s.Words[k+1].Quote < 0 && withReports(s, k+1, p.To)):
			// ", citing …", ", despite …", ", with X describing …"; a
			// participle of saying (", noting that …") goes on with what
			// the subject says, and is a statement of its own as well
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case w.Tag == tag.IN && k > p.From+1 && writersAsClause(s, p.From, k, p.To) && !clauseWithin(s, p.From, k) && !s.Words[p.From].Tag.IsWh():
			// "condemned the launch as Orlavia fired three more", "indicates
			// a tightening race as Velk consolidates …": what happened
			// meanwhile, after an object, is the writer's
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case w.Tag == tag.Comma && k+1 < p.To && k > p.From+1 && s.Words[k+1].Quote < 0 && s.Words[k+1].Tag.IsFiniteVerb() && hasFiniteVerb(s, p.From, k) &&
			!asideOpensWithin(s, p.From, k):
			// "X, after saying A, bought ads": the clause the aside
			// interrupted goes on
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case w.Is(lexicon.ContentEnder) && k > p.From+2:
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case w.Tag == tag.Comma && k+1 < p.To && (s.Words[k+1].Tag == tag.WDT || s.Words[k+1].Tag == tag.WP || s.Words[k+1].Tag == tag.WRB) && s.Words[k+1].Quote < 0 &&
			hasFiniteVerb(s, p.From, k) && !continuesContent(&s.Words[k+1]) && !conditionalWhere(s, k+1, p.To):
			// ", which …" after the clause is the writer's
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case w.Tag == tag.CC && k > p.From+2 && (s.Words[k-1].Tag == tag.Comma || text.Lower(w.Text) == "but") &&
			(newClause(s, k+1, p.To) || text.Lower(w.Text) == "but" && subjectClause(s, k+1, p.To)) &&
			!(coordinatedCue(s, k+1) && text.Lower(w.Text) != "but") && !listGoesOn(s, k, p.To),
			w.Tag == tag.CC && k > p.From+1 && text.Lower(w.Text) == "but" && isPunct(s, k+1, ','):
			// "…, and asked whether …", "…, but there is anger …", "but, boy, …"
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case w.Tag == tag.Comma && k+1 < p.To && s.Words[k+1].Is(lexicon.Subordinator) && s.Words[k+1].Tag == tag.IN &&
			!isComplementizer(&s.Words[k+1]) && hasFiniteVerb(s, p.From, k) && !continuesContent(&s.Words[k+1]) && !verblessAside(s, k, p.To) && !asRole(s, k+1, p.To):
			// "…, as Cosby is attacked": the writer's clause after the content
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case w.Is(lexicon.Subordinator) && w.Tag == tag.IN && !isComplementizer(w) && !w.Likens() && k+1 < p.To &&
			s.Words[k+1].Tag == tag.VBG && !s.Words[k+1].Is(lexicon.CueVerb) && k > p.From+1:
			// "… on Twitter before claiming that …"
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case w.Tag == tag.Comma && k > p.From+1 && (object || hasFiniteVerb(s, p.From, k)) && namedThenDescribed(s, k, p.To):
			// "in partnership with Kestria, the ally that borders …": who
			// the name is, in the writer's words, after the content's
			// clause or object is whole
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case (w.Tag == tag.Comma || w.Tok.Has(text.Dash)) && k > p.From+1 && appositiveToEnd(s, k+1, p.To):
			// "called him a “moderate,” a subtle dig at …": the writer's
			// comment on what was said
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case kind == lexicon.Describe && object && k > objectEnd && verbJoinedAt(s, k):
			// "called him divisive and accused him of …": the name given
			// ends where the next verb is joined on
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case object && k == objectEnd && settingAt(s, k, p.To) && !listAfterSetting(s, k, p.To) || k == nounEnd && mediumAt(s, k, p.To):
			// "defended Velk in a recent interview", "explained his
			// reasoning this week on a radio show": where and when the
			// object was given is the writer's
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		case object && (w.Tag == tag.Comma && !listGoesOn(s, k+1, p.To) && !placeBetween(s, k) && !namesBetween(s, k, p.To) && !relativeNext(s, k+1, p.To) && !prepositionNext(s, k+1, p.To) &&
			!(k+1 < p.To && s.Words[k+1].Is(lexicon.PrepositionalParticiple)) &&
			!(k+2 < p.To && s.Words[k+1].Tag == tag.CC && coordinatedCue(s, k+2)) && !coordinatedCue(s, k+1) ||
			w.Tag == tag.Colon && !w.Tok.Has(text.Dash) || w.Tok.Has(text.Dash) && !pairedDash(s, k, p.To) ||
			w.Is(lexicon.Subordinator) && w.Tag == tag.IN && !w.Entry.ContinuesObject && !objectClause(s, k) &&
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
		if k <= p.From+1 || s.Words[k].Tag != tag.IN || s.Words[k].Quote >= 0 || s.Words[k].Likens() {
			return p // "proclaim the week as Health Week": a role, not a time
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

// continuesContent reports a subordinator whose clause after a comma is
// still the content's: "…, because …", "…, if …", "…, when …".
func continuesContent(w *syntax.Word) bool {
	return w.Quote < 0 && w.Entry != nil && w.Entry.ContinuesContent
}

// newClause reports a clause or a verb phrase of its own starting at k:
// a finite verb, or a subject and its finite verb; "that" goes on with
// the content it coordinates with.
func newClause(s *syntax.Sentence, k, end int) bool {
	if k >= end || s.Words[k].Quote >= 0 || s.Words[k].LinksClause() {
		return false
	}
	if s.Words[k].Tag.IsFiniteVerb() || s.Words[k].Tag == tag.EX {
		return true
	}
	if j := pastAdverbs(s, k, end); j > k && j < end && s.Words[j].Quote < 0 && s.Words[j].Tag.IsFiniteVerb() {
		return true // "…, but later fessed up"
	}
	e := s.NounPhraseAt(k)
	return e > 0 && e < end && clauseAt(s, e)
}

// subjectClause reports a subject at k, one noun phrase or two joined by
// a conjunction, and its finite verb after it. Only after "but": after
// "and" two noun phrases are as often the end of a list ("Tesmar, Orlavia,
// and Kestria and its allies face …").
func subjectClause(s *syntax.Sentence, k, end int) bool {
	e := s.NounPhraseAt(k)
	for e > 0 && e+1 < end && s.Words[e].Tag == tag.CC && s.Words[e].Quote < 0 {
		// a subject of two noun phrases: "…, but many firms and the
		// wealthiest families have found ways …"
		n := s.NounPhraseAt(e + 1)
		if n <= e+1 {
			break
		}
		e = n
	}
	return e > 0 && e < end && clauseAt(s, e)
}

// pastAdverbs is the first word from k that is no adverb.
func pastAdverbs(s *syntax.Sentence, k, end int) int {
	for k < end && s.Words[k].Tag.IsAdverb() && s.Words[k].Tag != tag.WRB && s.Words[k].Quote < 0 {
		k++
	}
	return k
}

// listGoesOn reports words after a comma that go on with the phrase
// before it: "an independent, sovereign, viable state".
func listGoesOn(s *syntax.Sentence, k, end int) bool {
	conjoined := false
	if k < end && s.Words[k].Tag == tag.CC {
		k++
		conjoined = true
	}
	if k >= end {
		return false
	}
	if conjoined && strings.EqualFold(s.Words[k-1].Text, "but") && subjectClause(s, k, end) {
		// "…, but many firms and the banks have found …": a clause of
		// its own; after "and" the same words may end a list ("…,
		// Hispanics, and political rivals render him unfit") or go on
		// with a reason ("because …, and most people know …")
		return false
	}
	if s.Words[k].Tag.IsAdj() {
		return true
	}
	if nounListGoesOn(s, k, end, conjoined) || itemListGoesOn(s, k, end, conjoined) {
		return true
	}
	if k >= 2 && isPunct(s, k-1, ',') && s.Words[k-2].Tag.IsProperNoun() && s.Words[k].Tag.IsProperNoun() {
		// "the measures Varanda, Kestria, and other partners announced":
		// names in a list that an "and" closes
		j := k
		for j < end && s.Words[j].Tag.IsProperNoun() {
			j++
		}
		if j < end && (s.Words[j].Tag == tag.CC || isPunct(s, j, ',') && j+1 < end && s.Words[j+1].Tag == tag.CC) {
			return true
		}
	}
	// a mistagged adjective before the rest of the phrase: "contiguous/VBZ
	// Palestinian state"
	return k+1 < end && (s.Words[k+1].Tag.IsAdj() || s.Words[k+1].Tag.IsNoun()) && s.Words[k].Tok.Kind == text.Word && !s.Words[k].Tok.Has(text.Cap) &&
		!(conjoined && opensNounPhrase(s.Words[k].Tag))
}

// nounListGoesOn reports a list of common nouns that goes on at k:
// "the cornerstone of peace, security, and prosperity in the region" has
// "security" between commas and "and prosperity" after a second item,
// each a noun (with its adjectives) as the one before the comma is.
func nounListGoesOn(s *syntax.Sentence, k, end int, conjoined bool) bool {
	c := listComma(s, k, conjoined)
	if c < 0 || !commonNoun(&s.Words[c-1]) {
		return false
	}
	j := nounItemEnd(s, k, end)
	if j == k || j >= end {
		return false
	}
	if !conjoined {
		// the middle of a list: another comma or the "and" follows
		return isPunct(s, j, ',') || s.Words[j].Tag == tag.CC && s.Words[j].Quote < 0
	}
	// the last item: a list of three or more, with an item between commas
	// before it
	b := c - 1
	for b > 0 && (commonNoun(&s.Words[b-1]) || s.Words[b-1].Tag.IsAdj() && s.Words[b-1].Quote < 0) {
		b--
	}
	return b >= 2 && isPunct(s, b-1, ',') && commonNoun(&s.Words[b-2])
}

// nounItemEnd is the end of a run of adjectives and common nouns at k
// (an item of a list of nouns), k when none.
func nounItemEnd(s *syntax.Sentence, k, end int) int {
	j := k
	for j < end && s.Words[j].Quote < 0 && s.Words[j].Tag.IsAdj() {
		j++
	}
	n := j
	for n < end && commonNoun(&s.Words[n]) {
		n++
	}
	if n == j {
		return k
	}
	return n
}

// commonNoun reports a word that can be an item of a list of things
// inside the content ("peace, security, and prosperity"): lower case, as
// a name the tagger read as a common noun is not (a list of names may be
// one of speakers), and outside quotation marks, whose commas are the
// quotation's own.
func commonNoun(w *syntax.Word) bool {
	return w.Quote < 0 && (w.Tag == tag.NN || w.Tag == tag.NNS) && !w.Tok.Has(text.Cap)
}

// opensNounPhrase reports a tag that opens a noun phrase of its own
// after a conjunction ("…, and the Union has sued"): no adjective the
// tagger mistook.
func opensNounPhrase(t tag.Tag) bool {
	return t == tag.DT || t == tag.PRPS || t == tag.PRP || t == tag.CD || t == tag.IN || t == tag.CC || t.IsWh()
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
	return !hasFiniteVerb(s, k, end) || relativeAfter(s, k, end) || describedComment(s, k, end)
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
	if k+1 < len(s.Words) && s.Words[k].Tag == tag.VBD && s.Words[k+1].Is(lexicon.AgentPreposition) && s.Words[k+1].Quote < 0 {
		// "the figure at the forum viewed/VBD by millions": the tagger's
		// past is a participle with its agent, and the phrase no clause
		return false
	}
	return k < len(s.Words) && (s.Words[k].Tag.IsFiniteVerb() || s.Words[k].Tag == tag.MD)
}

// topicBound ends what a verb of conversation names ("discussed the
// border and the river, and reaffirmed …") before the next verb of its
// subject, which says something of its own, and before a clause or a
// phrase of setting after a comma: the topic is a noun phrase, however
// long its list.
func topicBound(s *syntax.Sentence, p syntax.Phrase) syntax.Phrase {
	for k := p.From + 1; k < p.To; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 {
			continue
		}
		if w.Tag == tag.CC || w.Tag == tag.Comma {
			j := k + 1
			for j < p.To && (s.Words[j].Tag == tag.CC || s.Words[j].Tag.IsAdverb()) {
				j++
			}
			if j < p.To && s.Words[j].Tag.IsFiniteVerb() {
				return trimEnd(s, syntax.Phrase{From: p.From, To: k})
			}
		}
		if w.Tag == tag.Colon || w.Tag == tag.Comma && k+1 < p.To && (s.Words[k+1].Tag == tag.WDT || s.Words[k+1].Is(lexicon.Subordinator) && s.Words[k+1].Tag == tag.IN ||
			s.Words[k+1].Entry != nil && s.Words[k+1].Entry.Comitative && s.Words[k+1].Quote < 0) {
			// ", with President Orlo": whom it was discussed with
			return trimEnd(s, syntax.Phrase{From: p.From, To: k})
		}
	}
	return bound(s, p, lexicon.Object)
}

// conditionalWhere reports a clause of place at k whose verb is a modal's
// ("… could result in retaliation, where other countries would change
// their laws"): it goes on with what the speaker foresees, where a
// clause of fact (", where he trailed by 0.5 points") is the writer's.
// maxWhereSubject is how many words may stand between "where" and its
// clause's modal ("where other countries would"): a modal further on is
// another clause's.
const maxWhereSubject = 7

func conditionalWhere(s *syntax.Sentence, k, end int) bool {
	if s.Words[k].Tag != tag.WRB || s.Words[k].Is(lexicon.Time) {
		return false
	}
	for j := k + 1; j < end && j <= k+maxWhereSubject; j++ {
		if s.Words[j].Tag == tag.MD {
			return true
		}
		if s.Words[j].Tag.IsFiniteVerb() || s.Words[j].Tag == tag.Comma {
			return false
		}
	}
	return false
}

// writersParticiple reports a participle at k, after a comma, that adds
// the writer's words to the content before it (", citing …", ", linking
// to …"), not a participle of saying (", noting that …", a statement of
// its own) nor one of a list (", rising, falling and …", ", implementing
// the accords, and …").
func writersParticiple(s *syntax.Sentence, k, end int) bool {
	return k < end && s.Words[k].Tag == tag.VBG && !s.Words[k].Is(lexicon.CueVerb) && !s.Words[k].Is(lexicon.PrepositionalParticiple) &&
		!(k+1 < end && (s.Words[k+1].Tag == tag.Comma || s.Words[k+1].Tag == tag.CC)) && !itemListGoesOn(s, k, end, false)
}
