package syntax

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairModalBeforeAside: a modal the tagger made a noun right after its
// subject and before an aside set off by commas ("the Ministry will/NN,
// in the coming days, announce …") is the clause's modal when a verb's
// base form follows the aside: left a noun, it joins the subject and the
// speaker becomes a clause ("the Ministry will"). A noun "will" has a
// determiner, possessive or adjective before it ("the will of the
// people", "her will", "free will"), and a capitalised one is a name
// ("Ana May, in a letter, …"), so those are left alone.
func (s *Sentence) repairModalBeforeAside() {
	for i := 1; i+3 < len(s.Words); i++ {
		w := &s.Words[i]
		if !w.Is(lexicon.FutureModal) || !w.Tag.IsNoun() || w.Tok.Has(text.Cap) || w.Quote >= 0 {
			continue
		}
		if prev := s.Words[i-1].Tag; !prev.IsNoun() && prev != tag.PRP || s.Words[i+1].Tag != tag.Comma {
			continue
		}
		if v := s.afterAside(i + 1); v >= 0 && s.Words[v].Tag == tag.VB {
			w.Tag = tag.MD
		}
	}
}

// afterAside is the word after the aside that opens with the comma at
// c and closes with the next comma, past adverbs; -1 when the sentence
// ends or no comma closes it within maxRepairAside words. The aside may
// hold a clause of its own ("will, if it wins, raise").
func (s *Sentence) afterAside(c int) int {
	const maxRepairAside = 30
	for k := c + 1; k < len(s.Words) && k <= c+maxRepairAside; k++ {
		t := s.Words[k].Tag
		switch {
		case t == tag.Period:
			return -1
		case t == tag.Comma:
			k++
			for k < len(s.Words) && s.Words[k].Tag == tag.RB {
				k++
			}
			if k < len(s.Words) {
				return k
			}
			return -1
		}
	}
	return -1
}

// repairCoordinatedVerb: in a clause of two subjects and their verbs
// joined by "and" ("if Velk authorizes/NNS and the Board recommends/VBZ
// …"), the first verb the tagger made a plural noun after a name is a
// verb like the second: left a noun, the two clauses read as one subject
// ("Velk authorizes and the Board") of the second verb. The first name
// (with its article) must open its clause (after the sentence's start, a
// comma or a subordinator), where a name and a plural noun ("Nato allies") would be
// a subject whose verb could not end in "s".
func (s *Sentence) repairCoordinatedVerb() {
	for i := 1; i+3 < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Tag != tag.NNS || w.Tok.Has(text.Cap) || w.Quote >= 0 || s.Words[i-1].Tag != tag.NNP || text.Lower(s.Words[i+1].Text) != "and" {
			continue
		}
		o := i - 1 // the first subject's start
		if o > 0 && s.Words[o-1].Tag == tag.DT {
			o--
		}
		if o > 0 && s.Words[o-1].Tag != tag.Comma && !s.Words[o-1].Is(lexicon.Subordinator) {
			continue
		}
		k := i + 2
		if s.Words[k].Tag == tag.DT {
			k++
		}
		for k < len(s.Words) && s.Words[k].Tag == tag.NNP {
			k++
		}
		if k > i+2 && k < len(s.Words) && s.Words[k].Tag == tag.VBZ && s.Words[k-1].Tag == tag.NNP {
			w.Tag = tag.VBZ
		}
	}
}

// repairOpeningVerb: a sentence that opens with a plural noun and a past
// form the tagger made an adjective, and has no finite verb of its own
// outside a relative clause ("Participants shared/JJ stories of patients
// who have …, noting …"), has its verb there: left an adjective, the
// whole clause becomes the noun phrase of a speaker. A finite verb later
// with no relative pronoun before it is the clause's own, and the past
// form a participle ("Officials concerned about X said").
func (s *Sentence) repairOpeningVerb() {
	if len(s.Words) < 4 || s.Words[0].Tag != tag.NNS && s.Words[0].Tag != tag.NNPS || s.Words[1].Tag != tag.JJ || s.Words[1].Quote >= 0 {
		return
	}
	w := &s.Words[1]
	if w.Tok.Has(text.Cap) || !strings.HasSuffix(text.Lower(w.Text), "ed") {
		return
	}
	for k := 2; k < len(s.Words); k++ {
		t := s.Words[k].Tag
		if t == tag.WP || t == tag.WDT {
			break // the rest is a relative clause's
		}
		if t.IsFiniteVerb() {
			return
		}
	}
	w.Tag = tag.VBD
}

// repairFrontedCue makes a verb of saying that opens the sentence before
// its speaker's name and a comma ("Said/NNP Velk, “…”", "Said Ana Velk,
// who …, “…”") the verb it is: the tagger, seeing a capital, makes it
// part of the name.
func (s *Sentence) repairFrontedCue() {
	if len(s.Words) < 4 || s.Words[0].Tag != tag.NNP || !s.Words[0].Is(lexicon.CueVerb) || s.Words[0].Quote >= 0 || !pastOnly(&s.Words[0]) {
		return
	}
	k := 1
	for k < len(s.Words) && s.Words[k].Tag == tag.NNP && s.Words[k].Quote < 0 {
		k++
	}
	if k == 1 || k >= len(s.Words) || s.Words[k].Tag != tag.Comma {
		return
	}
	s.Words[0].Tag = tag.VBD
}

// repairQuantifierSubject makes a quantifier the tagger read as an adverb
// the subject it is when it opens a clause right before a verb of saying:
// "most/RBS said they were worried" (after "Of the 90 polled, …" or a
// semicolon) speaks as "many said" does.
func (s *Sentence) repairQuantifierSubject() {
	for i := 0; i+1 < len(s.Words); i++ {
		w, next := &s.Words[i], &s.Words[i+1]
		if w.Tag != tag.RBS || !w.Is(lexicon.Quantifier) || w.Quote >= 0 || !next.Is(lexicon.CueVerb) || !isFinite(next.Tag) {
			continue
		}
		if i == 0 || s.Words[i-1].Tag == tag.Colon || s.Words[i-1].Tag == tag.Comma {
			w.Tag = tag.NN
		}
	}
}

// repairProgressiveCue makes the -ing form of a verb of saying that the
// tagger read as an adjective after "is" the verb it is when an
// infinitive follows: "Velk is promising/JJ to build a dam" promises,
// where "the plan is promising to investors" is a judgement.
func (s *Sentence) repairProgressiveCue() {
	for i := 1; i+2 < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Tag != tag.JJ || !verbForm(w, lexicon.Gerund) || !s.Words[i-1].Is(lexicon.Passive) {
			continue
		}
		if to, v := &s.Words[i+1], &s.Words[i+2]; text.Lower(to.Text) == "to" && (v.Tag == tag.VB || v.Quote >= 0 && i+3 < len(s.Words) && s.Words[i+3].Tag == tag.VB) {
			w.Tag = tag.VBG
		}
	}
}

// repairPronominalOf makes a determiner that stands alone before "of"
// the head of its noun phrase where the tagger read it as an adjective
// or adverb: "Most/JJS of his rivals called for …", "many/JJ of her
// supporters say" are subjects as "some of them" is.
func (s *Sentence) repairPronominalOf() {
	for i := 0; i+1 < len(s.Words); i++ {
		w, next := &s.Words[i], &s.Words[i+1]
		if w.Is(lexicon.Pronominal) && w.Quote < 0 && (w.Tag == tag.JJS || w.Tag == tag.RBS || w.Tag == tag.JJ) && next.Partitive() && next.Quote < 0 {
			w.Tag = tag.DT
		}
	}
}

// repairGerundNoun makes a gerund the tagger left a verb after a
// possessor and right before a verb of saying the noun it is there:
// "people familiar with her/PRP thinking/VBG say/VB …", "a source
// familiar with Arno's thinking/VBG said …". Left a verb, it cut the
// speaker's phrase short of its head; "her" before it is the possessor.
func (s *Sentence) repairGerundNoun() {
	for i := 1; i+1 < len(s.Words); i++ {
		w, prev, next := &s.Words[i], &s.Words[i-1], &s.Words[i+1]
		if w.Tag != tag.VBG || w.Quote >= 0 || next.Quote >= 0 || !next.Is(lexicon.CueVerb) ||
			!isFinite(next.Tag) && next.Tag != tag.VB {
			continue
		}
		switch {
		case prev.Tag == tag.POS || prev.Tag == tag.PRPS:
		case prev.Tag == tag.PRP && prev.Entry != nil && prev.Entry.ObjectPossessive:
			prev.Tag = tag.PRPS // "her thinking": the possessive, not the object
		default:
			continue
		}
		w.Tag = tag.NN
		if next.Tag == tag.VB {
			next.Tag = tag.VBP
		}
	}
}
