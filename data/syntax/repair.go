package syntax

import (
	"slices"
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repair mends the tagger's errors that attribution cannot live with and
// that the sentence itself disproves: a title before a name tagged as
// anything but a name ("Rep./LS Tom Cole"); two finite verbs in a row ("rights
// advocates/VBZ said/VBD", "Trump/VB said/VBD") where the first is no
// auxiliary are a noun and its verb; an adjective right before a finite
// verb ends a noun phrase ("a senior official/JJ said/VBD").
func (s *Sentence) repair() {
	for i := range s.Words {
		if s.Words[i].Is(lexicon.FormalAdverb) {
			s.Words[i].Tag = tag.RB
		}
	}
	s.repairMonthSurname()
	s.repairNameParticle()
	s.repairFirstNameWord()
	s.repairPronominalOf()
	s.repairGerundNoun()
	s.repairSubjects()
	s.repairPastAfterSubject()
	s.repairReducedBeforeCue()
	s.repairPluralSubjectCue()
	s.repairNamedSubjectCue()
	s.repairPerfectAdverb()
	s.repairSubjectAdverb()
	s.repairPhrasalCue()
	s.repairModalBeforeAside()
	s.repairCoordinatedVerb()
	s.repairOpeningVerb()
	s.repairFrontedCue()
	s.repairQuantifierSubject()
	s.repairProgressiveCue()
	s.repairParticipleObject()
	if len(s.Words) > 2 && s.Words[0].Tag == tag.UH && s.Words[0].Entry == nil && s.Words[0].Tok.Has(text.Cap) &&
		s.Words[1].Tag == tag.Comma && s.Words[2].Tag == tag.IN && !s.Words[2].Is(lexicon.Subordinator) && laterFinite(s, 2) {
		// "Brandt/UH, for his part, warned …": a name the lexicon does not
		// know, set off by an aside before its verb, is no interjection
		s.Words[0].Tag = tag.NNP
	}
	for i := 0; i+1 < len(s.Words); i++ {
		w, next := &s.Words[i], &s.Words[i+1]
		// "Rep./LS Tom/NNP": a capitalised title before a name is part of it
		if w.Tok.Has(text.Cap) && next.Tag == tag.NNP && w.Tag != tag.NNP && w.Tag != tag.NNPS &&
			(w.Is(lexicon.Honorific) || w.Is(lexicon.TitleHead) || w.Is(lexicon.TitleWord) || w.Is(lexicon.Abbreviation)) {
			w.Tag = tag.NNP
		}
		if w.Quote != next.Quote {
			continue
		}
		if next.Is(lexicon.CueVerb) && next.Tag == tag.NNS && (w.Tag == tag.NNP || w.Tag == tag.NNPS) && i+2 < len(s.Words) &&
			(s.Words[i+2].Tag == tag.Period || s.Words[i+2].Tag == tag.Comma || s.Words[i+2].Is(lexicon.Complementizer)) {
			// "“…,” Viguerie concludes/NNS.": a name and a cue that ends the clause
			next.Tag = tag.VBZ
			continue
		}
		if (w.Tag == tag.NNP || w.Tag == tag.NNPS) && (next.Tag.IsNoun() || next.Tag == tag.VBD) && !next.Tok.Has(text.Cap) && pastOnly(next) {
			// "Sofia Lenk told/NN journalists/VBZ the …": a past form of
			// saying after a name is never a noun, and a finite verb right
			// after it is its object, not the name's verb
			next.Tag = tag.VBD
			if k := i + 2; k < len(s.Words) && s.Words[k].Quote == next.Quote && isFinite(s.Words[k].Tag) && strings.HasSuffix(s.Words[k].Text, "s") &&
				!s.Words[k].Is(lexicon.Auxiliary) && !s.Words[k].Is(lexicon.Passive) {
				s.Words[k].Tag = nounTag(&s.Words[k])
			}
			continue
		}
		if next.Is(lexicon.CueVerb) && next.Tag == tag.NNS && (w.Tag == tag.NN || w.Tag == tag.NNP) && i+3 < len(s.Words) &&
			s.Words[i+2].Is(lexicon.Complementizer) && !s.Words[i+3].Tag.IsVerb() && s.Words[i+3].Tag != tag.MD &&
			s.opensClause(i) {
			// "…, the Varandan government assesses/NNS that the dam …": a
			// singular subject opening its clause and a verb of saying
			// before a that-clause; a relative clause ("reports that were
			// filed") or an object ("rejected the government claims
			// that …") is left alone
			next.Tag = tag.VBZ
			continue
		}
		if w.Tag == tag.PRP && w.SubjectPronoun() && next.Is(lexicon.CueVerb) && next.Tag.IsNoun() {
			// "He talks/NNS about …": after a subject pronoun, a verb
			if next.Tag == tag.NNS {
				next.Tag = tag.VBZ
			} else {
				next.Tag = tag.VBP
			}
			continue
		}
		if w.Tag == tag.JJ && i > 0 && nounOpener(s.Words[i-1].Tag) &&
			(next.Tag == tag.WP || next.Tag == tag.WDT || next.Tag == tag.Comma && i+2 < len(s.Words) && s.Words[i+2].Tag == tag.WP) {
			// "The official/JJ who spoke …": an adjective ends no phrase
			w.Tag = nounTag(w)
			continue
		}
		if w.Tag == tag.NN && next.Tag == tag.VB && i > 0 && s.Words[i-1].Tag == tag.DT && i+2 < len(s.Words) &&
			(s.Words[i+2].Tag == tag.IN || s.Words[i+2].Tag == tag.Period || s.Words[i+2].Tag == tag.Comma) {
			// "a conference call/VB that …": a base form after an article and
			// a noun ends the noun phrase
			next.Tag = nounTag(next)
			continue
		}
		if w.Tag == tag.DT && next.Tag == tag.RB && i+2 < len(s.Words) && s.Words[i+2].Tag == tag.IN {
			// "at a rally/RB on Tuesday"
			next.Tag = nounTag(next)
			continue
		}
		if (w.Tag == tag.NNS || w.Tag == tag.NNPS) && next.Tag == tag.VBP && i+2 < len(s.Words) && s.Words[i+2].Tag == tag.IN &&
			!s.Words[i+2].Is(lexicon.Complementizer) && laterFinite(s, i+3) && !verbOnly(next) {
			// "People familiar/VBP with the matter said"
			next.Tag = tag.JJ
			continue
		}
		if w.Tag == tag.IN && next.Tag == tag.VBD && i+2 < len(s.Words) && s.Words[i+2].Tag.IsNoun() && s.Words[i+2].Quote == next.Quote {
			// "officials in besieged/VBD Ruvo": no finite verb after a
			// preposition, a participle that describes the noun
			next.Tag = tag.JJ
			continue
		}
		if next.Is(lexicon.CueNoun) && !next.Is(lexicon.CueVerb) && (next.Tag == tag.VBZ || next.Tag == tag.VBP) &&
			(w.Tag == tag.NN || w.Tag.IsAdj()) && i > 0 && s.Words[i-1].Tag.IsVerb() &&
			i+2 < len(s.Words) && s.Words[i+2].LinksClause() {
			// "spreading outright/NN lies/VBZ that …": a verb's object, a noun
			next.Tag = nounTag(next)
			continue
		}
		if w.Is(lexicon.Auxiliary) || w.Is(lexicon.Passive) || !next.Tag.IsVerb() || verbOnly(w) && !w.Tok.Has(text.Cap) && !next.Is(lexicon.CueVerb) {
			continue // "remain committed": a copula before a participle
		}
		cue := next.Is(lexicon.CueVerb)
		switch {
		case (w.Tag == tag.VBZ || w.Tag == tag.VBP || w.Tag == tag.VB || w.Tag == tag.VBD || w.Tag == tag.VBG && w.Tok.Has(text.Cap)) &&
			(next.Tag == tag.VBD || next.Tag == tag.VBZ || cue && next.Tag != tag.VBG):
			// "advocates/VBZ said", "experts/VBZ say/VB", "Schilling/VBG told/VBN"
			w.Tag = nounTag(w)
			if cue {
				next.Tag = finiteTag(next)
			}
		case w.Tag == tag.JJ && isFinite(next.Tag) && i > 0 && (nounOpener(s.Words[i-1].Tag) || s.Words[i-1].Tag == tag.VBN || s.Words[i-1].Tag == tag.VBG || s.Words[i-1].Tag == tag.POS && cue):
			// "a senior official/JJ said", "the retired/VBN general/JJ said",
			// "Velk's brief/JJ said" (a possessor's noun before a verb of
			// saying: "Burma's military/JJ have" is left to the tagger)
			w.Tag = nounTag(w)
		case w.Tag == tag.JJ && next.Tag == tag.VBN && cue && pastOnly(next) && i > 0 && nounOpener(s.Words[i-1].Tag) && s.Words[i-1].Tag != tag.POS &&
			(w.Is(lexicon.PersonNoun) || w.Is(lexicon.TitleHead) || w.Is(lexicon.Group)):
			// "A senior administration official/JJ said/VBN on Friday
			// that …": a past of saying after a noun of a person or a
			// group is its verb ("the total/JJ estimated/VBN cost", "a
			// new/JJ proposed/VBN rule" describe a thing)
			w.Tag = nounTag(w)
			next.Tag = tag.VBD
		}
	}
}

// verbForm reports a word that is form f of a verb of saying, by the
// forms the lexicon lists for it.
func verbForm(w *Word, f lexicon.Form) bool {
	if w.Entry == nil {
		return false
	}
	for _, c := range w.Entry.Cues {
		if !c.Noun && slices.Contains(c.Forms, f) {
			return true
		}
	}
	return false
}

// pastOnly reports a verb of saying in a form that is only its past or
// participle ("told", "stressed"), which no noun of saying shares.
func pastOnly(w *Word) bool {
	if w.Entry == nil || len(w.Entry.Cues) == 0 {
		return false
	}
	for _, c := range w.Entry.Cues {
		if c.Noun {
			return false
		}
		for _, f := range c.Forms {
			if f != lexicon.Past && f != lexicon.Participle {
				return false
			}
		}
	}
	return true
}

// opensClause reports a noun phrase ending at end that opens its clause:
// at the sentence's start or after a comma, a colon or a complementizer.
func (s *Sentence) opensClause(end int) bool {
	k := end
	for k >= 0 && (s.Words[k].Tag.IsNoun() || s.Words[k].Tag.IsAdj() || s.Words[k].Tag == tag.DT || s.Words[k].Tag == tag.PRPS || s.Words[k].Tag == tag.POS) {
		k--
	}
	if k == end {
		return false
	}
	return k < 0 || s.Words[k].Tag == tag.Comma || s.Words[k].Tag == tag.Colon || s.Words[k].Is(lexicon.Complementizer)
}

// nounOpener reports a tag that can stand before the last word of a noun
// phrase: a noun, an adjective, a determiner.
func nounOpener(t tag.Tag) bool { return t.IsNoun() || t.IsAdj() || t == tag.DT || t == tag.PRPS }

// laterFinite reports a finite verb outside quotations from k on.
func laterFinite(s *Sentence, k int) bool { return finiteVerbIn(s, k, len(s.Words)) }

// finiteVerbIn reports a finite verb outside quotations in words [from,
// to); finiteIn counts a modal too.
func finiteVerbIn(s *Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if isFinite(s.Words[k].Tag) && s.Words[k].Quote < 0 {
			return true
		}
	}
	return false
}

func isFinite(t tag.Tag) bool { return t == tag.VBD || t == tag.VBZ || t == tag.VBP }

// nounTag is the noun tag a mistagged word gets by its form.
func nounTag(w *Word) tag.Tag {
	plural := strings.HasSuffix(w.Text, "s") && !strings.HasSuffix(w.Text, "ss")
	switch {
	case w.Tok.Has(text.Cap) && plural:
		return tag.NNPS
	case w.Tok.Has(text.Cap):
		return tag.NNP
	case plural:
		return tag.NNS
	}
	return tag.NN
}

// finiteTag is the finite tag of a verb after its subject: a base form
// is present tense, a participle past.
func finiteTag(w *Word) tag.Tag {
	switch w.Tag {
	case tag.VB:
		return tag.VBP
	case tag.VBN:
		return tag.VBD
	}
	return w.Tag
}
