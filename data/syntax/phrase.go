package syntax

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// Phrase is a half-open range of word indexes [From, To) in a sentence.
type Phrase struct{ From, To int }

func (p Phrase) Len() int       { return p.To - p.From }
func (p Phrase) Empty() bool    { return p.To <= p.From }
func (p Phrase) Has(i int) bool { return i >= p.From && i < p.To }

// nounFinal reports a word that can end a noun phrase.
func (s *Sentence) nounFinal(i int) bool {
	w := &s.Words[i]
	switch w.Tag {
	case tag.NN, tag.NNS, tag.NNP, tag.NNPS, tag.PRP, tag.CD, tag.FW:
		return true
	case tag.DT, tag.JJ:
		// "those who …", "some say": a determiner standing alone
		return w.Is(lexicon.Pronominal) && (i+1 >= len(s.Words) || !s.nounInner(i+1) && !s.isNounTag(i+1))
	}
	return false
}

func (s *Sentence) isNounTag(i int) bool {
	switch s.Words[i].Tag {
	case tag.NN, tag.NNS, tag.NNP, tag.NNPS, tag.CD:
		return true
	}
	return false
}

// nounInner reports a word that can stand inside a noun phrase before its
// end: modifiers, nouns, numbers, possessive markers, hyphens.
func (s *Sentence) nounInner(i int) bool {
	w := &s.Words[i]
	switch w.Tag {
	case tag.JJ, tag.JJR, tag.JJS, tag.NN, tag.NNS, tag.NNP, tag.NNPS, tag.CD, tag.POS, tag.FW:
		return true
	case tag.HYPH:
		return !w.Tok.Has(text.Dash) // "cross - Adel Nefzi said": a typed dash ends the phrase
	case tag.SYM:
		return s.slashJoin(i)
	case tag.VBN, tag.VBG:
		// "retired general", "leading candidate": only before a noun
		return i+1 < len(s.Words) && (s.nounInner(i+1) || s.nounFinal(i+1)) && s.Words[i+1].Tag != tag.POS
	}
	return false
}

// determiner reports a word that opens a noun phrase and stands nowhere
// else in it.
func (s *Sentence) determiner(i int) bool {
	switch s.Words[i].Tag {
	case tag.DT, tag.PDT, tag.PRPS, tag.WPS:
		return true
	}
	return false
}

// titleJoin reports an "of" or "for" inside a title or a name: "Secretary
// of State", "Ministry of Foreign Affairs", "Department of State".
func (s *Sentence) titleJoin(i int) bool {
	w := &s.Words[i]
	if w.Tag != tag.IN || (w.Text != "of" && w.Text != "for") || i == 0 || i+1 >= len(s.Words) {
		return false
	}
	l, r := &s.Words[i-1], &s.Words[i+1]
	if !l.Tok.Has(text.Cap) || !(r.Tok.Has(text.Cap) || r.Text == "the" && i+2 < len(s.Words) && s.Words[i+2].Tok.Has(text.Cap)) {
		return false
	}
	return l.Is(lexicon.TitleHead) || l.Is(lexicon.Organisation) || l.Is(lexicon.TitleWord)
}

// NounPhraseEndingAt returns the start of the noun phrase whose last word
// is end, or -1 when no noun phrase ends there.
func (s *Sentence) NounPhraseEndingAt(end int) int {
	if end < 0 || end >= len(s.Words) || !s.nounFinal(end) {
		return -1
	}
	if s.Words[end].Tag == tag.PRP {
		return end
	}
	i := end
	for i > 0 {
		prev := i - 1
		switch {
		case s.nounInner(prev) || s.nounFinal(prev) && s.Words[prev].Tag != tag.PRP:
			i = prev
			continue
		case s.Words[prev].Text == "the" && prev > 0 && s.titleJoin(prev-1):
			i = prev - 2 // "Secretary of the Treasury"
			continue
		case s.determiner(prev):
			return prev
		case prev > 0 && s.titleJoin(prev):
			i = prev - 1
			continue
		}
		break
	}
	return i
}

// NounPhraseAt returns the end (exclusive) of the noun phrase that starts
// at start, or -1 when none does. The phrase is the longest run that ends
// on a noun, a number or a pronoun.
func (s *Sentence) NounPhraseAt(start int) int {
	if start < 0 || start >= len(s.Words) {
		return -1
	}
	if s.Words[start].Tag == tag.PRP {
		return start + 1
	}
	if s.Words[start].Tag == tag.IN {
		return -1 // a phrase does not open on "of"
	}
	i := start
	if s.nounFinal(i) && (s.Words[i].Tag == tag.DT || s.Words[i].Tag == tag.JJ) {
		return i + 1 // "those", "some" standing alone
	}
	if s.determiner(i) {
		i++
	}
	last := -1
	for i < len(s.Words) {
		switch {
		case s.nounFinal(i) && s.Words[i].Tag != tag.PRP:
			last = i
		case s.nounInner(i):
		case s.titleJoin(i):
		case s.Words[i].Text == "the" && i > 0 && s.titleJoin(i-1):
		default:
			return end(last)
		}
		i++
	}
	return end(last)
}

func end(last int) int {
	if last < 0 {
		return -1
	}
	return last + 1
}

// Head is the word a noun phrase is about: its last noun ("State" of
// "Secretary of State"; Core and Name tell titles from names).
func (s *Sentence) Head(p Phrase) int {
	for i := p.To - 1; i >= p.From; i-- {
		if s.nounFinal(i) {
			return i
		}
	}
	return p.To - 1
}

// Name is the run of capitalised proper nouns that ends the phrase
// ("Sergei Lavrov" of "Russian Foreign Minister Sergei Lavrov"), less the
// title words the lexicon knows; empty when the phrase ends otherwise. A
// suffix after a comma stays with its name ("Jonas R. Vell, Jr.").
func (s *Sentence) Name(p Phrase) Phrase {
	i := p.To
	if i-2 > p.From && s.Words[i-1].Is(lexicon.NameSuffix) && s.Words[i-2].Tag == tag.Comma && s.Words[i-3].Tag.IsProperNoun() {
		i -= 2 // "Jonas R. Vell, Jr.": the suffix ends the name it follows
	}
	for i > p.From {
		w := &s.Words[i-1]
		if k := s.particlesBefore(i, p.From); k < i && i < p.To {
			i = k // "Osama bin Laden": the name runs over its particles
			continue
		}
		if w.Tag != tag.NNP && w.Tag != tag.NNPS && !(w.Tok.Has(text.Cap) && w.Tag == tag.FW) {
			break
		}
		if w.Is(lexicon.TitleHead) || w.Is(lexicon.TitleWord) || w.Is(lexicon.Honorific) {
			break
		}
		i--
	}
	return Phrase{i, p.To}
}

// particlesBefore is where a name's lower-case particles that end at i
// begin ("bin" of "Osama bin Laden", "von der" of "Ursula von der
// Leyen"), when a capitalised name word from stands before them; i when
// none do.
func (s *Sentence) particlesBefore(i, from int) int {
	k := i
	for k > from && nameParticle(&s.Words[k-1]) {
		k--
	}
	if k == i || k == from || !s.Words[k-1].Tag.IsProperNoun() || !s.Words[k-1].Tok.Has(text.Cap) || s.Words[k-1].Is(lexicon.TitleHead) || s.Words[k-1].Is(lexicon.Honorific) {
		return i
	}
	return k
}

// Determiner reports whether word i opens a noun phrase ("the", "his").
func (s *Sentence) Determiner(i int) bool { return i >= 0 && i < len(s.Words) && s.determiner(i) }

// Core is the noun phrase a longer phrase starts with, before the first
// preposition that joins another phrase to it: "the head" of "the head of
// the delegation", "officials" of "officials in Moscow". A preposition
// inside a title ("Secretary of State John Kerry") does not end it.
func (s *Sentence) Core(p Phrase) Phrase {
	for i := p.From + 1; i < p.To; i++ {
		w := &s.Words[i]
		if (w.Tag == tag.IN || w.Tag == tag.JJ || w.Tag == tag.VBN) && !s.titleJoin(i) {
			if w.Tag != tag.IN && (i+1 >= p.To || s.Words[i+1].Tag != tag.IN) {
				continue // an adjective inside the phrase, not "familiar with"
			}
			return Phrase{p.From, i}
		}
	}
	return p
}

// slashJoin reports a slash written tight between two names: "a Varn
// Times/CBN News poll", "a CBN/ORV poll" are one poll's, by both.
func (s *Sentence) slashJoin(i int) bool {
	if i == 0 || i+1 >= len(s.Words) || s.Words[i].Text != "/" {
		return false
	}
	l, w, r := &s.Words[i-1], &s.Words[i], &s.Words[i+1]
	return l.Tok.End == w.Tok.Start && w.Tok.End == r.Tok.Start && l.Tok.Has(text.Cap|text.Upper) && r.Tok.Has(text.Cap|text.Upper) &&
		s.isNounTag(i-1) && s.isNounTag(i+1)
}

// maxParenthetical is how many words apart the brackets of a short
// parenthesis may stand: a party and a state ("(R-Fla.)"), a side
// ("(right)"), not an aside with a clause of its own.
const maxParenthetical = 6

// ParentheticalBefore is where a parenthesis that closes at j opens,
// when it is short and holds no verb ("(R-Fla.)", "(right)"); else -1.
func (s *Sentence) ParentheticalBefore(j int) int {
	if j < 2 || j >= len(s.Words) || s.Words[j].Tag != tag.RRB || s.Words[j].Quote >= 0 {
		return -1
	}
	for k := j - 1; k > 0 && k >= j-maxParenthetical; k-- {
		w := &s.Words[k]
		if w.Tag == tag.LRB {
			return k
		}
		if w.Tag.IsVerb() || w.Tag == tag.RRB || w.Quote >= 0 {
			return -1
		}
	}
	return -1
}

// ParentheticalAfter is the word after the short parenthesis that opens
// at k (ParentheticalBefore's, read from its other end), or -1.
func (s *Sentence) ParentheticalAfter(k int) int {
	if k < 0 || k >= len(s.Words) || s.Words[k].Tag != tag.LRB {
		return -1
	}
	for j := k + 1; j < len(s.Words) && j <= k+maxParenthetical; j++ {
		if s.Words[j].Tag == tag.RRB {
			if s.ParentheticalBefore(j) == k {
				return j + 1
			}
			return -1
		}
	}
	return -1
}
