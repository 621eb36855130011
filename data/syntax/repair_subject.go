package syntax

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairSubjects mends the tagger's slips around the subject of a verb of
// saying, which the sentence itself disproves: a name opening the sentence
// tagged as anything but a noun, a noun inside the subject tagged as a
// verb, and the verb of saying after its subject tagged as a noun.
func (s *Sentence) repairSubjects() {
	s.repairOpeningName()
	for i := 1; i < len(s.Words); i++ {
		if w := &s.Words[i]; w.Tag == tag.JJ && w.Is(lexicon.TitleHead) && !w.Tok.Has(text.Cap) && nounOpener(s.Words[i-1].Tag) && !modifiesNext(s, i) {
			// "the company's chief executive/JJ, John Ferriola": a title
			// that ends its phrase is its head
			w.Tag = nounTag(w)
		}
	}
	for i := 1; i < len(s.Words); i++ {
		if s.Words[i].Quote < 0 && s.Words[i].Is(lexicon.CueVerb) {
			s.repairCueAfterSubject(i)
		}
	}
	for i := 1; i < len(s.Words); i++ {
		if w := &s.Words[i]; w.Quote < 0 && w.Is(lexicon.CueVerb) && (w.Tag == tag.VBD || w.Tag == tag.VBZ) {
			s.repairVerbInSubject(i)
		}
	}
}

// repairOpeningName: a capitalised word that opens the sentence and is
// set off by a relative clause ("Bamberg/UH, who is 28, said", "Small/RB,
// who attended") or stands before another finite verb
// ("Democrats/VBZ trying to … say") is a name: no sentence of news opens
// on a finite verb or an interjection that a relative clause describes,
// nor on a verb a reflexive pronoun stresses ("Velk/VB herself said").
func (s *Sentence) repairOpeningName() {
	if len(s.Words) < 3 {
		return
	}
	w := &s.Words[0]
	if w.Quote >= 0 || !w.Tok.Has(text.Cap) || w.Tag.IsNoun() || w.Is(lexicon.Auxiliary) || w.Is(lexicon.Pronoun) || w.Is(lexicon.Subordinator) {
		return
	}
	switch {
	case s.Words[1].Tag == tag.Comma && (s.Words[2].Tag == tag.WP || s.Words[2].Tag == tag.WPS) &&
		(w.Tag == tag.UH || w.Tag == tag.RB || w.Tag == tag.JJ || w.Tag.IsVerb()):
		w.Tag = nounTag(w)
	case isFinite(w.Tag) && !w.Is(lexicon.CueVerb) && s.Words[1].Tag == tag.VBG && laterFinite(s, 2):
		w.Tag = nounTag(w)
	case s.Words[1].Entry != nil && s.Words[1].Entry.Reflexive && laterFinite(s, 2):
		// "Cruz/VB himself said": a reflexive stresses the name before it
		w.Tag = nounTag(w)
	}
}

// repairCueAfterSubject: a verb of saying the tagger made a noun or an
// adjective right after a noun phrase ("a former official/JJ said/NN.",
// "all analysts say/JJ that", "one in five say/NN they", "a probe the
// agency said/NN was ongoing") is the phrase's verb when what follows
// can only open its content or end the clause: "that", a subject
// pronoun, a finite verb, or the end of the sentence.
func (s *Sentence) repairCueAfterSubject(i int) {
	w, p := &s.Words[i], &s.Words[i-1]
	if !(w.Tag == tag.NN || w.Tag == tag.NNS || w.Tag == tag.JJ) || w.Tok.Has(text.Cap) || !verbOnly(w) {
		return
	}
	if p.Quote >= 0 || !(p.Tag.IsNoun() || p.Tag == tag.CD || p.Tag == tag.JJ && i > 1 && nounOpener(s.Words[i-2].Tag)) {
		return
	}
	if i+1 >= len(s.Words) {
		return
	}
	n := &s.Words[i+1]
	switch {
	case n.Is(lexicon.Complementizer) && !(i+2 < len(s.Words) && s.Words[i+2].Tag.IsVerb()):
	case n.SubjectPronoun():
	case (isFinite(n.Tag) || n.Tag == tag.MD) && n.Quote < 0 && !n.Is(lexicon.CueVerb):
	case (n.Tag == tag.Period || n.Tag == tag.Comma) && atEndOf(s, i+1) && p.Tag != tag.CD:
	default:
		return
	}
	if p.Tag == tag.JJ {
		p.Tag = nounTag(p)
	}
	w.Tag = finiteForm(w)
}

// repairVerbInSubject: in "Sanders/NNS campaign/VBP manager/NN Jeff
// Weaver said", a finite verb inside the noun phrase before a finite verb
// of saying is a noun: the phrase opens its clause, and a verb there
// would leave the words after it as a clause of their own, with no
// "that", right before another finite verb.
func (s *Sentence) repairVerbInSubject(v int) {
	end := v - 1
	if end < 1 || !s.Words[end].Tag.IsProperNoun() {
		return
	}
	k := end
	for k >= 0 && (s.Words[k].Tag.IsNoun() || s.Words[k].Tag == tag.JJ || s.Words[k].Tag == tag.CD) && s.Words[k].Quote < 0 {
		k--
	}
	if k < 0 {
		return
	}
	x := &s.Words[k]
	if k == 0 && x.Tok.Has(text.Cap) && isFinite(x.Tag) && !x.Is(lexicon.Auxiliary) && !x.Is(lexicon.CueVerb) && k < end-1 {
		// "Velks/VBZ campaign manager Jeff Arno said": the sentence opens
		// on the subject, never on a finite verb before one
		x.Tag = nounTag(x)
		return
	}
	if k < 1 || !isFinite(x.Tag) && x.Tag != tag.VB || x.Tok.Has(text.Cap) || x.Quote >= 0 ||
		x.Is(lexicon.Auxiliary) || x.Is(lexicon.Passive) || x.Is(lexicon.CueVerb) {
		return // "Officials have said", "analysts say Velk said": real verbs
	}
	b := k - 1
	for b >= 0 && (s.Words[b].Tag.IsNoun() || s.Words[b].Tag == tag.JJ || s.Words[b].Tag == tag.DT || s.Words[b].Tag == tag.POS) && s.Words[b].Quote < 0 {
		b--
	}
	if b == k-1 || !(b < 0 || s.Words[b].Tag == tag.Comma || s.Words[b].Tok.Has(text.Dash)) {
		return
	}
	x.Tag = nounTag(x)
}

// verbOnly reports a form of a verb of saying that is never a noun
// ("said", "say", "told"; not "claim", "states", "orders").
func verbOnly(w *Word) bool {
	return w.Entry != nil && w.Entry.VerbOnly && len(w.Entry.Cues) > 0
}

// finiteForm is the finite tag of a verb of saying by the forms the
// lexicon gives the word: a past, a third person, else a present.
func finiteForm(w *Word) tag.Tag {
	for _, c := range w.Entry.Cues {
		for _, f := range c.Forms {
			switch f {
			case lexicon.Past:
				return tag.VBD
			case lexicon.Third:
				return tag.VBZ
			}
		}
	}
	return tag.VBP
}

// atEndOf reports that from k on only closing punctuation follows.
func atEndOf(s *Sentence, k int) bool {
	for ; k < len(s.Words); k++ {
		if t := s.Words[k].Tag; t != tag.Period && t != tag.CloseQuote && t != tag.RRB {
			return false
		}
	}
	return true
}

// modifiesNext reports a word followed by one it can modify inside a
// noun phrase: a noun, an adjective, a number, a hyphen or "'s".
func modifiesNext(s *Sentence, i int) bool {
	if i+1 >= len(s.Words) {
		return false
	}
	t := s.Words[i+1].Tag
	return t.IsNoun() || t.IsAdj() || t == tag.CD || t == tag.HYPH || t == tag.POS || t == tag.VBG || t == tag.VBN
}
