package cue

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// maxAside bounds how far an aside between a subject and its verb may
// reach, so that a long sentence costs no more than a short one. Formal
// texts need the room: "I, NAME, President of …, by virtue of the
// authority vested in me by …, including section 232 of …, do hereby
// proclaim".
const maxAside = 80

// subject finds the subject of the verb at v: the noun phrase before it,
// past auxiliaries and adverbs, past an appositive or a relative clause
// ("X, a retired general, said"; "the official who spoke on condition of
// anonymity said"), or the subject of an earlier verb the cue is chained
// to ("met Y and said", "…, saying").
func (f *Finder) subject(s *syntax.Sentence, v int) (sp, aside syntax.Phrase, chained bool) {
	sp, aside, chained = f.subjectBefore(s, v)
	if sp.Empty() && !chained {
		sp = clauseSubject(s, v)
	}
	return withOpeningWord(s, possessedSubject(s, sp)), aside, chained
}

// thingOnly reports a subject phrase sp that names a thing and nothing
// else: its head h a lower-case common noun that cannot speak and carries
// no words (a speech, a letter, a response do), with no name, number,
// quantity or "of" phrase in it ("three in 10", "one of
// her ads", "the chorus of critics" and "Velk avoids/NNS" may speak).
func thingOnly(s *syntax.Sentence, sp syntax.Phrase, h *syntax.Word) bool {
	if h.Tag != tag.NN && h.Tag != tag.NNS || h.Tok.Has(text.Cap) || h.Is(lexicon.Setting) || h.Entry != nil && len(h.Entry.Cues) > 0 {
		return false // "speeches criticizing …", "a response saying …" carry words
	}
	for k := sp.From; k < sp.To; k++ {
		w := &s.Words[k]
		if w.Tag == tag.CD || w.Tag == tag.IN || w.Tag.IsProperNoun() || w.Is(lexicon.Quantifier) || w.Is(lexicon.Pronominal) || w.Tag == tag.PRP {
			return false
		}
	}
	return true
}

// withOpeningWord gives a subject that starts at the sentence's second
// word the first one, when the tagger misread that word at the start of
// the sentence and the phrase lost it: a name's first word ("Judicial/JJ
// Watch said", "Guy/NN Cecil said"), a number ("Thirty-one/UH percent of
// voters said"), a determiner ("Those over/RB 60 say") or a negation
// ("Not everyone was saying"). Words that open sentences of their own
// ("Today", "Meanwhile", "But"), times and prepositions stay out.
func withOpeningWord(s *syntax.Sentence, sp syntax.Phrase) syntax.Phrase {
	if sp.Empty() || sp.From != 1 {
		return sp
	}
	w := &s.Words[0]
	if w.Quote >= 0 || !w.Tok.Has(text.Cap) || w.IsTime() {
		return sp
	}
	switch {
	case w.Is(lexicon.Negation), w.Tag == tag.DT && !s.Words[1].Tag.IsProperNoun() && s.Words[1].Tag != tag.PRP:
	case w.Is(lexicon.Opener) || w.Is(lexicon.Subordinator):
		return sp
	case w.Tag.IsAdj() || w.Tag.IsNoun() || w.Tag == tag.CD || w.Tag == tag.UH:
	default:
		return sp
	}
	sp.From = 0
	return sp
}

// possessedSubject is a subject that opens with "whose" without it: the
// relative clause's noun is someone's ("the firm, whose chief executive
// said"), and the speaker is that noun, a title the resolver may name,
// not the clause. A noun that cannot speak there ("whose paintings
// express") is no speaker.
func possessedSubject(s *syntax.Sentence, sp syntax.Phrase) syntax.Phrase {
	if sp.Empty() || s.Words[sp.From].Tag != tag.WPS {
		return sp
	}
	sp.From++
	if sp.Empty() || !speakingSubject(&s.Words[s.Head(sp)]) {
		return syntax.Phrase{}
	}
	return sp
}

// subjectBefore is subject's reading from the verb leftwards: the noun
// phrase that ends before the verb and what it is attached to.
func (f *Finder) subjectBefore(s *syntax.Sentence, v int) (sp, aside syntax.Phrase, chained bool) {
	j := v - 1
	t := j
	for t > v-3 && t >= 1 && s.Words[t].Tag == tag.RB {
		t-- // "was able to consistently tout"
	}
	if s.Words[v].Tag == tag.VB && t >= 1 && s.Words[t].Tag == tag.TO {
		if a := aspectualAt(s, t-1); a >= 0 {
			j = a - 1 // "continues to advocate", "went on to explain": the subject of "continues"
		}
	}
	progressive := false // "X, the envoy, is saying …": the gerund has its auxiliary
	for {
		for j >= 0 && (s.Words[j].Tag.IsAdverb() && s.Words[j].Tag != tag.WRB || s.Words[j].Tag == tag.MD || s.Words[j].Is(lexicon.Auxiliary) && s.Words[j].Tag.IsVerb()) && s.Words[j].Quote < 0 {
			progressive = progressive || s.Words[j].Is(lexicon.Auxiliary) && s.Words[j].Tag.IsVerb()
			j--
		}
		if a := s.ParentheticalBefore(j); a > 0 {
			// "Sen. Ana Arno (R-Fla.) said": the subject is before it
			j = a - 1
			continue
		}
		// a phrase of time between the subject and its verb: "X on Tuesday
		// said", "X late last week indicated"
		a := s.NounPhraseEndingAt(j)
		if a >= 0 && s.Words[s.Head(syntax.Phrase{From: a, To: j + 1})].IsTime() {
			a = timeTail(s, a, j)
		}
		if a < 0 || !s.Words[s.Head(syntax.Phrase{From: a, To: j + 1})].IsTime() || a == 0 || timeOfParticiple(s, syntax.Phrase{From: a, To: j + 1}) {
			break
		}
		if t := thingBeforeTime(s, a, j); t > a && s.Words[a-1].Tag != tag.IN {
			// "issued a statement Tuesday saying …": the time closes the
			// noun phrase of a thing, which is what the verb follows ("X,
			// at the hearing yesterday, said": a preposition's phrase is
			// passed whole)
			j = t - 1
			break
		}
		k := a - 1
		if s.Words[k].Tag == tag.IN && k > 0 {
			k--
		}
		if t := s.Words[k].Tag; (t == tag.VBN || t == tag.VBD) && k > 0 && s.Words[k-1].Tag.IsNoun() && s.Words[k-1].Quote < 0 && onlyTime(s, a, j+1) {
			// "disclosures filed on Sunday night revealed": the time is
			// the participle's, inside the subject
			if b := s.NounPhraseEndingAt(k - 1); b >= 0 {
				if sp = f.extendLeft(s, syntax.Phrase{From: b, To: j + 1}); f.subjectPosition(s, sp.From) {
					return sp, syntax.Phrase{}, false
				}
			}
			return syntax.Phrase{}, syntax.Phrase{}, false
		}
		j = k
	}
	if j < 0 {
		if s.Words[v].Tag == tag.VBG && s.Words[v].Is(lexicon.CueVerb) && !writingVerb(&s.Words[v]) {
			// "Noting that …, X said": the main clause's subject ("Writing
			// for the panel, X noted …" tells where X wrote)
			sp = f.subjectAfterOpener(s, v)
			return sp, syntax.Phrase{}, !sp.Empty()
		}
		return
	}
	if j > 0 && s.Words[j].Entry != nil && s.Words[j].Entry.Reflexive && s.Words[j-1].Tag.IsNoun() && s.Words[j-1].Quote < 0 {
		j-- // "Velk herself said": the phrase the reflexive stresses
	}
	if s.Words[v].Tag == tag.VBG && j > 0 && isCloseQuote(s, j) && isPunct(s, j-1, ',') {
		j-- // "… as “radical Islamists,” saying …": the comma inside the quotation ends the clause
	}
	w := &s.Words[j]
	switch {
	case w.Tag == tag.WP || w.Tag == tag.WDT && w.LinksClause():
		// "X, who said …"; "the official who said …"
		k := j - 1
		if isPunct(s, k, ',') {
			k--
		}
		if a := s.NounPhraseEndingAt(k); a >= 0 {
			sp = relativeAntecedent(s, syntax.Phrase{From: a, To: k + 1}, f.extendLeft(s, syntax.Phrase{From: a, To: k + 1}))
			if issuer, aside := f.issuerOfNewDocument(s, sp, j); !issuer.Empty() {
				return issuer, aside, true
			}
			if thingBeforeThat(s, sp, j) {
				return syntax.Phrase{}, syntax.Phrase{}, false
			}
			if host := f.appositiveHost(s, sp); !host.Empty() && w.Tag == tag.WP {
				return host, sp, false
			}
			return sp, syntax.Phrase{}, false
		}
		return
	case s.Words[v].Tag == tag.VBG && perceivedBefore(s, j) >= 0 && clauseFollows(s, v):
		// "Velk can be heard yelling that …", "Arno was caught on tape
		// saying: …": the one perceived says it; what was seen done to
		// an object ("is shown discussing his plan") is the writer's
		// account of a picture
		sp, aside, _ = f.subject(s, perceivedBefore(s, j))
		return sp, aside, !sp.Empty()
	case s.Words[v].Tag == tag.VBG && w.Tag == tag.IN && w.Likens() && j+1 == v:
		// "…, as concluding the process is vital …": a gerund after "as"
		// opens the subject of the writer's reason, no saying of the
		// main clause's subject
		return
	case s.Words[v].Tag == tag.VBG && (isPunct(s, j, ',') && !progressive || w.Tag == tag.IN && (w.Is(lexicon.AgentPreposition) || gerundHost(w) || w.Is(lexicon.Subordinator) && !isComplementizer(w))):
		// "rejected the plan, saying …", "shut it down by rejecting …": the
		// main clause's subject
		pv := previousVerb(s, j)
		if isPunct(s, j, ',') {
			pv = mainVerbBefore(s, j)
		}
		if w.Tag == tag.IN && !w.Is(lexicon.AgentPreposition) && !w.Is(lexicon.Subordinator) && !gerundOfSubject(s, j, pv) {
			return
		}
		if pv >= 0 {
			sp, aside, _ = f.subject(s, pv)
			return sp, aside, !sp.Empty()
		}
		if gerundHost(w) && (!w.Entry.Concedes || v+1 < len(s.Words) && isComplementizer(&s.Words[v+1])) {
			// "After blasting the plan, X …", "X, after saying …, …";
			// "While saying that …, X …" but not "While acknowledging
			// the risk, X …"
			sp = f.subjectAroundOpener(s, j, v)
			return sp, syntax.Phrase{}, !sp.Empty()
		}
		return
	case w.Tag == tag.CC && j+1 < v && s.Words[j+1].Tag == tag.RB && s.NounPhraseEndingAt(j-1) >= 0:
		// "Countries in Europe and beyond have encouraged …"
		a := s.NounPhraseEndingAt(j - 1)
		sp = f.extendLeft(s, syntax.Phrase{From: a, To: j})
		if pv := previousVerb(s, j); pv >= 0 && (!f.subjectPosition(s, sp.From) || sp.From > 0 && s.Words[sp.From-1].Tag == tag.RP) {
			// "laid out a record of misconduct but then announced …",
			// "are less hostile to regulation and generally agree …": an
			// object before the conjunction, and the adverb the second
			// verb's; the first verb's subject speaks
			sp, aside, _ = f.subject(s, pv)
			return sp, aside, !sp.Empty()
		}
		sp.To = j + 2
		return sp, syntax.Phrase{}, false
	case w.Tag == tag.CC:
		// "met Y and said …"; a finite verb after a comma goes on with the
		// main clause's verb past a relative clause ("supported X, which
		// let him go, and said …"), where a gerund may be a list's item
		// ("a platform of deporting X, promoting Y, and rejecting Z"); in
		// a that-clause it goes on with the clause's own verb ("learned
		// that the sector has recovered the jobs, and added jobs")
		pv := previousVerb(s, j)
		if s.Words[v].Tag == tag.VBG {
			if o := possessorOfGerundBefore(s, pv, j); o >= 0 {
				// "includes her pleading with officers and begging her
				// husband …": the gerunds' own subject
				return syntax.Phrase{From: o, To: o + 1}, syntax.Phrase{}, true
			}
		}
		if mv := mainVerbBefore(s, j); isPunct(s, j-1, ',') && mv != pv && mv >= 0 && s.Words[v].Tag.IsFiniteVerb() && inRelativeAside(s, pv) {
			if sp, aside, _ = f.subject(s, mv); !sp.Empty() {
				return sp, aside, true
			}
		}
		if pv >= 0 {
			sp, aside, _ = f.subject(s, pv)
			return sp, aside, !sp.Empty()
		}
		return
	case s.Words[v].Tag == tag.VBG && (isPunct(s, j, ',') || isDash(s, j)) && !withSubjectBeforeAside(s, j).Empty():
		// ", with Ana Velk — who has called for … — lambasting the
		// plan": the with-phrase's noun phrase, past its aside
		sp = withSubjectBeforeAside(s, j)
		return sp, syntax.Phrase{From: sp.To + 1, To: j}, false
	case isPunct(s, j, ',') || isDash(s, j) || isCloseQuote(s, j) && isPunct(s, j-1, ',') && s.Words[j].Quote >= 0 && !quotationOpensAt(s, j, 0):
		// an aside closes before the verb: the subject opens the clause
		// ("X, host of “Morning Joe,” suggested …")
		sp, aside = f.subjectBeforeAside(s, j)
		return sp, aside, false
	}
	a := s.NounPhraseEndingAt(j)
	if a < 0 && s.Words[j].Tag == tag.VBN && j > 0 {
		// "those surveyed said", "the people polled said": a participle
		// after its noun
		if b := s.NounPhraseEndingAt(j - 1); b >= 0 {
			sp = f.extendLeft(s, syntax.Phrase{From: b, To: j + 1})
			if f.subjectPosition(s, sp.From) {
				return sp, syntax.Phrase{}, false
			}
		}
		return
	}
	if a < 0 {
		return
	}
	sp = f.parentheticalQuantifier(s, proportion(s, floatingQuantifier(s, f.extendLeft(s, syntax.Phrase{From: a, To: j + 1}))))
	if sp.Len() == 1 && s.Words[sp.From].Is(lexicon.NameSuffix) && isPunct(s, sp.From-1, ',') {
		// "Joseph R. Biden, Jr. declared": the name before the suffix
		if b := s.NounPhraseEndingAt(sp.From - 2); b >= 0 {
			sp = syntax.Phrase{From: b, To: sp.To}
		}
	}
	if s.Words[s.Head(s.Core(sp))].IsTime() && !timeOfParticiple(s, sp) {
		return syntax.Phrase{}, syntax.Phrase{}, false // "the coming weeks will indicate": no one speaks
	}
	if s.Words[v].Tag == tag.VBG && s.Words[s.Head(sp)].Is(lexicon.Document) && sp.From > 0 {
		// "X issued a statement saying …", "I have sent to the Register
		// for publication the enclosed notice stating …": the issuer speaks
		if pv := objectOf(s, sp.From); pv >= 0 {
			if conditional(s, pv) {
				// "… unless the President transmits a notice stating …":
				// a text sent only on a condition says nothing yet
				return syntax.Phrase{}, syntax.Phrase{}, false
			}
			issuer, aside, _ := f.subject(s, pv)
			if !issuer.Empty() {
				return issuer, aside, true
			}
			if s.Words[sp.From].Is(lexicon.Indefinite) {
				// "… and transmits to the Assembly a notice stating …"
				// with no issuer found: a text someone may send, which
				// no one holds, says nothing
				return syntax.Phrase{}, syntax.Phrase{}, false
			}
		}
	}
	if h := &s.Words[s.Head(sp)]; s.Words[v].Tag == tag.VBG && sp.To == v && !canSpeak(h) && !h.Is(lexicon.Pronominal) {
		// "X started out the debate saying …": the object of a verb says
		// nothing; the verb's subject does ("to all those celebrating"
		// is a reduced relative)
		k := sp.From - 1
		for k >= 0 && s.Words[k].Tag == tag.RP {
			k--
		}
		if k >= 0 && s.Words[k].Quote < 0 && (s.Words[k].Tag == tag.VBD || s.Words[k].Tag == tag.VBZ || s.Words[k].Tag == tag.VBP) && !s.Words[k].Is(lexicon.Auxiliary) {
			if sp2, aside2, _ := f.subject(s, k); !sp2.Empty() {
				return sp2, aside2, true
			}
		}
		if thingOnly(s, sp, h) {
			// "a name suggesting …", "timed tickets telling them …", "a
			// project advocating …": a gerund on a thing tells what the
			// thing does or means, and no one says it
			return syntax.Phrase{}, syntax.Phrase{}, false
		}
	}
	if f.subjectPosition(s, sp.From) && !listObject(s, sp.From) && !listObject(s, a) {
		return sp, syntax.Phrase{}, false
	}
	if sp.From > 0 && sp.From < a && s.Words[a-1].Tag == tag.CC && s.Words[a-1].Quote < 0 && !isPunct(s, a-2, ',') &&
		s.Words[v].Tag.IsFiniteVerb() && s.Words[sp.From-1].Tag.IsFiniteVerb() && !s.Words[sp.From-1].Is(lexicon.Auxiliary) &&
		speakingSubject(&s.Words[s.Head(syntax.Phrase{From: a, To: j + 1})]) {
		// "said the ministry mishandled the inquiry and Democrats accused
		// …": the list is an object and its last item opens a clause of
		// its own
		return syntax.Phrase{From: a, To: j + 1}, syntax.Phrase{}, false
	}
	if s.Words[v].Tag == tag.VBG && sp.From > 0 && text.Lower(s.Words[sp.From-1].Text) == "with" {
		return sp, syntax.Phrase{}, false // ", with X describing the talks as …"
	}
	if n := nameAfterOpeningPhrase(s, sp); !n.Empty() {
		return n, syntax.Phrase{}, false
	}
	if n := nameOfReducedRelative(s, sp, v); !n.Empty() {
		return n, syntax.Phrase{}, false
	}
	// the phrase is an object inside a relative clause: "the official who
	// spoke on condition of anonymity said"
	if wh := relativeOpener(s, sp.From); wh > 0 {
		k := wh - 1
		if isPunct(s, k, ',') {
			k--
		}
		if a := s.NounPhraseEndingAt(k); a >= 0 {
			return f.extendLeft(s, syntax.Phrase{From: a, To: k + 1}), syntax.Phrase{From: wh, To: j + 1}, false
		}
	}
	return syntax.Phrase{}, syntax.Phrase{}, false
}

// nameAfterOpeningPhrase is the name that ends a phrase a preposition
// opening the sentence takes, when a common noun comes before the name:
// "In a Bloomberg interview Trump declared …" has no comma after the
// phrase, and the name is the verb's subject, not part of the interview.
func nameAfterOpeningPhrase(s *syntax.Sentence, sp syntax.Phrase) syntax.Phrase {
	if sp.From != 1 || s.Words[0].Tag != tag.IN || s.Words[0].Is(lexicon.Subordinator) || s.Words[sp.To-1].Tag != tag.NNP {
		return syntax.Phrase{}
	}
	k := sp.To - 1
	for k > sp.From && s.Words[k-1].Tag == tag.NNP {
		k--
	}
	if k == sp.From || k-1 < sp.From || (s.Words[k-1].Tag != tag.NN && s.Words[k-1].Tag != tag.NNS) || s.Words[k-1].Tok.Has(text.Cap) {
		return syntax.Phrase{}
	}
	return syntax.Phrase{From: k, To: sp.To}
}

// issuedDocument reports a participle at k after a document's noun
// phrase: "a joint statement issued/VBD after the talks", "a readout
// released following the call" name the document, whatever the
// preposition after it.
func issuedDocument(s *syntax.Sentence, k int) bool {
	if k < 1 || s.Words[k].Tag != tag.VBN && s.Words[k].Tag != tag.VBD {
		return false
	}
	a := s.NounPhraseEndingAt(k - 1)
	return a >= 0 && s.Words[s.Head(syntax.Phrase{From: a, To: k})].Is(lexicon.Document)
}

// perceivedBefore is a participle of perceiving after a passive
// auxiliary that ends at j, or that a phrase of setting ending at j
// follows ("was heard on a microphone"), before a participle of saying;
// -1 otherwise.
func perceivedBefore(s *syntax.Sentence, j int) int {
	k := j
	if k >= 0 && s.Words[k].Tag.IsNoun() && s.Words[k].Quote < 0 {
		a := s.NounPhraseEndingAt(k)
		if a < 2 || s.Words[a-1].Tag != tag.IN || s.Words[a-1].Quote >= 0 {
			return -1
		}
		k = a - 2
	}
	if k < 1 || s.Words[k].Tag != tag.VBN || s.Words[k].Quote >= 0 || s.Words[k].Entry == nil || !s.Words[k].Entry.PerceivesSpeech {
		return -1
	}
	if b := &s.Words[k-1]; !b.Is(lexicon.Passive) && !b.Tag.IsAdverb() {
		return -1
	}
	return k
}

// clauseFollows reports a that-clause, a colon or a quotation opening
// within a few words after the cue at v, before any comma: what was said,
// not only whom it was said to.
func clauseFollows(s *syntax.Sentence, v int) bool {
	for k := v + 1; k < len(s.Words) && k <= v+5; k++ {
		w := &s.Words[k]
		switch {
		case isOpenQuote(s, k) || w.Tag == tag.Colon && w.Quote < 0 || w.Quote < 0 && isComplementizer(w):
			return true
		case w.Quote < 0 && (w.Tag == tag.Comma || w.Tag == tag.Period):
			return false
		}
	}
	return false
}

// possessorOfGerundBefore is the possessive pronoun that is the subject
// of a gerund between the verb at pv and the conjunction at j ("includes
// her pleading/NN with officers and …"), with no comma or finite verb
// between; -1 when there is none.
func possessorOfGerundBefore(s *syntax.Sentence, pv, j int) int {
	for k := j - 1; k > pv+1 && k > 0; k-- {
		w := &s.Words[k]
		if w.Quote >= 0 || w.Tag == tag.Comma || w.Tag.IsFiniteVerb() {
			return -1
		}
		if k-1 == pv+1 && s.Words[k-1].Tag == tag.PRPS && (w.Tag == tag.VBG || w.Tag == tag.NN && strings.HasSuffix(text.Lower(w.Text), "ing")) {
			return k - 1
		}
	}
	return -1
}
