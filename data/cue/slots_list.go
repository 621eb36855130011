package cue

// Lists and prepositional phrases a subject grows over, apart because a list's items are read one by one, leftwards.

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// extendLeft grows a subject over the noun phrases it is attached to by a
// preposition ("the head of the delegation", "officials in Moscow") and
// over "familiar with"-style complements ("people familiar with the
// matter", "a source briefed on the talks").
func (f *Finder) extendLeft(s *syntax.Sentence, from syntax.Phrase) (p syntax.Phrase) {
	p = from
	list, commas := false, 0
	// a list of common nouns ("friends, lobbyists and former foes")
	// speaks only as a clause's subject; one after a verb is what was
	// done ("to assist refugees, migrants and the communities that …"),
	// and one cut short at a comma may be the end of such a list
	loose := syntax.Phrase{From: -1}
	defer func() {
		if loose.From >= 0 && (!f.subjectPosition(s, p.From) || isPunct(s, p.From-1, ',')) {
			p = loose
		}
	}()
	for p.From >= 2 {
		k := p.From - 1
		w := &s.Words[k]
		if w.Tag == tag.CC && w.Entry != nil && w.Entry.JoinsList {
			if pr := &s.Words[p.From]; pr.Tag == tag.PRP && (isPunct(s, k-1, ',') || !pr.Is(lexicon.Pronoun) || pr.Entry.Pronoun.Person != 1) {
				break // "…, and we urge", "… and they defend": a clause of its own ("Harris and I" is a list)
			}
			// "Experts on Korea and nuclear proliferation said", "X and Y said"
			e := nameBeforeParenthetical(s, k-1) // "Sen. Ana Arno (R-Varn) and Sen. Jon Vell said"
			if a := modifierListStart(s, p, e); a >= 0 {
				p.From = a // "current and former officials", "foreign and defense ministers"
				continue
			}
			if isPunct(s, e, ',') {
				// "Varanda, Kestria, and the K5 said": an item after a
				// comma, else a clause of its own before (", and the
				// Secretary noted …")
				a := listItem(s, nameBeforeParenthetical(s, e-1))
				if a < 1 || !isPunct(s, a-1, ',') {
					break
				}
				if loose.From < 0 && commonItem(s, a, e-1) {
					loose = p
				}
				e--
				commas++
			}
			if a := s.NounPhraseEndingAt(e); a >= 0 && !s.Words[s.Head(p)].IsTime() {
				p.From, list = a, true
				continue
			}
			break
		}
		if list && isPunct(s, k, ',') {
			// "A, B and C said": the whole list, but not a phrase of time
			// or place before it ("In Port Selin, A and B said"), nor a
			// lone word opening the sentence ("Likewise, A and B said")
			a := listItem(s, nameBeforeParenthetical(s, k-1))
			if a < 0 || commas == 0 && a+1 == k && !isPunct(s, a-1, ',') && (a == 0 || s.Words[a-1].Tag != tag.IN) {
				// ("voters in Ambra, Velsk and Hollin said" is a list;
				// "Folks, Democrats and Republicans agree" calls on some)
				break
			}
			if loose.From < 0 && commonItem(s, a, k-1) {
				loose = p
			}
			p.From = a
			commas++
			continue
		}
		participle := s.Words[k-1].Tag == tag.VBG && s.Words[k-1].Is(lexicon.CueVerb) && !isComplementizer(w) && !w.Is(lexicon.Subordinator)
		if w.Tag != tag.IN || isComplementizer(w) || s.Words[s.Head(p)].IsTime() || !w.Is(lexicon.NounPreposition) && !issuedDocument(s, k-1) && !participle {
			// ("The Post reported that Arno said": a that-clause's subject
			// is its own, whatever the noun before the verb)
			break
		}
		e := k - 1
		if s.Words[e].Tag == tag.JJ && !s.Words[e].Is(lexicon.Pronominal) || s.Words[e].Tag == tag.VBN || s.Words[e].Tag == tag.RB || issuedDocument(s, e) || participle {
			e-- // "familiar with", "briefed on", "close to", "a source speaking to Kestrian radio" ("many/JJ in the party" stands alone; syntax makes "many of" a determiner)
		}
		a := s.NounPhraseEndingAt(e)
		if a < 0 && e == k-1 && (s.Words[e].Tag == tag.JJS || s.Words[e].Tag == tag.RBS) && s.Words[e].Is(lexicon.Pronominal) {
			a = e // "Most/JJS in the party said": the determiner stands alone, as "many/JJ in the party" does
		}
		if a < 0 {
			break
		}
		p.From = a
	}
	return p
}

// listItem is where a noun phrase ending at e that can be an item of a
// list of speakers begins: a name or a title, not a time, not after a
// preposition; -1 when none.
func listItem(s *syntax.Sentence, e int) int {
	a := s.NounPhraseEndingAt(e)
	if a < 0 {
		return -1
	}
	head := &s.Words[s.Head(syntax.Phrase{From: a, To: e + 1})]
	if head.IsTime() || !head.Tag.IsProperNoun() && !head.Is(lexicon.TitleHead) && !head.Is(lexicon.Group) && head.Tag != tag.NNS {
		return -1
	}
	if head.Tag == tag.NNS && !head.Is(lexicon.TitleHead) && !head.Is(lexicon.Group) && a > 0 && !isPunct(s, a-1, ',') && s.Words[a-1].Tag != tag.IN {
		return -1 // "helped advance resolutions, statements and …": what was done, no one who speaks
	}
	if a > 0 && s.Words[a-1].Tag == tag.IN && !(a > 1 && joinedItem(s, a-1)) {
		// "In Port Selin, A and B said": where, not who; but "voters in
		// Ambra, Velsk and Hollin", "a group of artists, writers and
		// actors" are one phrase, which the preposition joins on
		return -1
	}
	return a
}

// joinedItem reports a preposition at k that joins a list to the plural
// noun before it ("voters in Ambra, …") or "of" after a common noun ("a
// group of artists, …"), not a place to a name or a verb ("met Velk in
// Ambra, …").
func joinedItem(s *syntax.Sentence, k int) bool {
	n := &s.Words[k-1]
	if !s.Words[k].Is(lexicon.NounPreposition) || n.Quote >= 0 || n.IsTime() || n.Tok.Has(text.Cap) {
		return false
	}
	o := k - 1
	for o > 0 && !isPunct(s, o-1, ',') && s.Words[o-1].Tok.Kind != text.Quote {
		o--
	}
	if t := s.Words[o].Tag; t == tag.IN || t == tag.TO || t == tag.VBG || t == tag.VBN {
		// "In the framework of our partnership, A and B …", "building
		// on the success of the pledge, A and B …": a phrase that opens
		// the clause
		return false
	}
	return n.Tag == tag.NNS || n.Tag == tag.NN && s.Words[k].Partitive()
}

// commonItem reports a list item [a, e] headed by a plural common noun
// that is no title and no group: "lobbyists", "environmental groups" is
// a group's.
func commonItem(s *syntax.Sentence, a, e int) bool {
	h := &s.Words[s.Head(syntax.Phrase{From: a, To: e + 1})]
	return h.Tag == tag.NNS && !h.Is(lexicon.TitleHead) && !h.Is(lexicon.Group)
}

// modifierListStart is where the phrase p starts when modifiers joined
// by the conjunction just before it share its head: the adjectives that
// end at e ("current" of "current and former officials"); -1 when the
// word at e is no adjective or p has no modifier to share.
func modifierListStart(s *syntax.Sentence, p syntax.Phrase, e int) int {
	if e < 0 || !s.Words[e].Tag.IsAdj() || s.Words[e].Quote >= 0 || p.From >= s.Head(p) {
		return -1
	}
	if m := &s.Words[p.From]; !m.Tag.IsAdj() && m.Tag != tag.NN && m.Tag != tag.NNP {
		return -1
	}
	a := e
	for a > 0 && s.Words[a-1].Tag.IsAdj() && s.Words[a-1].Quote < 0 {
		a--
	}
	if a > 0 && s.Words[a-1].Tag == tag.DT {
		a--
	}
	return a
}

// nameBeforeParenthetical is where the name before a parenthetical that
// ends at e ends ("Sen. Ana Arno (R-Varn)" ends at Arno); e when no
// parenthetical after a name ends there.
func nameBeforeParenthetical(s *syntax.Sentence, e int) int {
	if a := s.ParentheticalBefore(e); a > 0 && s.Words[a-1].Tag.IsProperNoun() {
		return a - 1
	}
	return e
}
