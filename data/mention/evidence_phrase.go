// Phrase extent and description, apart because they read the words around a name, not the name.

package mention

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// asideIsHuman reports an appositive that says its noun is a person: a
// title or a description of one ("a retired general", "executive director
// of …"), or an age ("Velk, 49, said").
func (f *Finder) asideIsHuman(s *syntax.Sentence, aside syntax.Phrase) bool {
	w := &s.Words[aside.From]
	if w.Tag == tag.CD && aside.Len() == 1 {
		return true
	}
	if w.Tag == tag.WP && w.Entry != nil && w.Entry.PersonalRelative {
		return true
	}
	// a title or a person noun heads the appositive or its first phrase
	// ("Color of Change's executive director", "a spokesman for the
	// ministry")
	for i := aside.From; i < aside.To; i++ {
		w := &s.Words[i]
		if w.Tag == tag.IN && (i == 0 || !s.Words[i-1].Tag.IsProperNoun()) {
			break
		}
		if w.Tag.IsNoun() && (w.Is(lexicon.TitleHead) || w.Is(lexicon.PersonNoun)) {
			return true
		}
	}
	return false
}

// describe returns the head and modifiers of a description, lower-cased:
// "senator" and ["former", "kestrian"] of "the former Kestrian senator".
// Possessive markers and punctuation are no modifiers.
func describe(s *syntax.Sentence, from int, core syntax.Phrase) (head string, mods, names []string) {
	h := s.Head(core)
	for i := from; i < h; i++ {
		w := &s.Words[i]
		if w.Tag == tag.POS || w.Tag.IsPunct() || s.Determiner(i) {
			continue
		}
		mods = append(mods, lower(w.Text))
		if w.Tok.Has(text.Cap) && i > 0 && !w.Is(lexicon.TitleWord) && !w.Is(lexicon.TitleHead) && !w.Is(lexicon.RankWord) {
			names = append(names, lower(w.Text))
		}
	}
	return lower(s.Words[h].Text), mods, names
}

// restrictiveEnd is where a non-person speaker's phrase ends when a
// restrictive clause belongs to it: "a woman who lives in Hollin", "one
// of two witnesses who were at the scene". A clause set off by a comma is
// an aside, not part of the phrase; so is a clause that holds a cue of
// the sentence's frames (Finder.Cues: "45% who said they", "a woman who
// has accused Velk of fraud"): it is a statement of its own, and no
// clause is a speaker.
func (f *Finder) restrictiveEnd(s *syntax.Sentence, p, aside syntax.Phrase) int {
	head := &s.Words[s.Head(s.Core(p))]
	if head.Is(lexicon.TitleHead) && head.Tag.IsNoun() {
		// a title says who without the clause: "a senior official who
		// spoke on condition of anonymity" is a senior official
		return p.To
	}
	if head.Tag == tag.NNP && p.To < len(s.Words) && s.Words[p.To].Tag == tag.WDT && s.Words[p.To].Is(lexicon.Complementizer) {
		// "that" after a name opens what was said to it, no clause of
		// it: "told the Varn Institute that …"
		return p.To
	}
	if !aside.Empty() && aside.From >= p.To {
		w := &s.Words[aside.From]
		gap := aside.From > p.To && (s.Words[aside.From-1].Tag == tag.Comma || s.Words[aside.From-1].Tag == tag.Colon)
		if !gap && (w.Tag == tag.WP || w.Tag == tag.WDT || w.Tag == tag.VBN || w.Tag == tag.VBG || w.Tag.IsAdj()) && !f.saysInClause(aside.From, aside.To) {
			return aside.To // "people familiar with the plans"
		}
		return p.To
	}
	if p.To < len(s.Words) {
		w := &s.Words[p.To]
		if (w.Tag == tag.WP && !w.Is(lexicon.FreeRelative)) || w.Tag == tag.WDT && w.Is(lexicon.Complementizer) {
			// the clause runs to the next punctuation, or to a finite verb
			// that is not its own: "a woman who went home and is resting
			// is the prototype" ends before "is the prototype"
			i := p.To + 1
			verbs := 0
			for i < len(s.Words) && !s.Words[i].Tag.IsPunct() && s.Words[i].Quote < 0 {
				if t := s.Words[i].Tag; t.IsFiniteVerb() {
					k := i - 1
					for k > p.To && (s.Words[k].Tag.IsAdverb() || s.Words[k].Is(lexicon.Auxiliary)) {
						k--
					}
					if verbs > 0 && s.Words[k].Tag != tag.CC && !s.Words[i-1].Tag.IsFiniteVerb() && !s.Words[i-1].Is(lexicon.Auxiliary) {
						break
					}
					if verbs > 0 && s.Words[k].Tag == tag.CC && s.Words[i].Is(lexicon.CueVerb) {
						// "villagers who discussed the flood and reaffirmed
						// their support": the clause holds the speaker's
						// cue, it does not say who they are
						return p.To
					}
					verbs++
				}
				i++
			}
			if i > p.To+1 && !f.saysInClause(p.To, i) {
				return i
			}
		}
	}
	return p.To
}

// saysInClause reports a cue of the sentence's frames among the words
// [from, to) of a clause after a speaker's noun: the clause reports what
// its noun said.
func (f *Finder) saysInClause(from, to int) bool {
	for _, c := range f.Cues {
		if c.From >= from && c.From < to {
			return true
		}
	}
	return false
}

// qualified reports a proper name among the words [from, to) that is no
// title word: "Greenland's" of "Greenland's premier", "Hollin" of "Hollin
// police".
func (f *Finder) qualified(s *syntax.Sentence, from, to int) bool {
	for i := from; i < to; i++ {
		w := &s.Words[i]
		if w.Entry != nil && w.Entry.Abroad {
			return true // "a foreign government": someone's, not the home's
		}
		// a sentence's first word is capitalised anyway: it counts when
		// tagged a name or unknown to the lexicon
		if !w.Tok.Has(text.Cap) || !w.Tag.IsProperNoun() && (i > 0 || w.Entry != nil) || !w.Tag.IsNoun() {
			continue
		}
		if w.Is(lexicon.TitleHead) || w.Is(lexicon.TitleWord) || w.Is(lexicon.RankWord) || w.Is(lexicon.Honorific) ||
			w.Entry != nil && w.Entry.Means != "" {
			continue
		}
		if w.Is(lexicon.Group) && w.Entry.Group == lexicon.HomeGroup {
			continue // "Senior Administration officials": the home's own, capitalised
		}
		return true
	}
	return false
}

// quantifiedStart is where a group's phrase starts when words that say
// how many of it speak stand before it: "almost half of respondents",
// "at least a dozen members of Congress", "both Velk and Arno".
func quantifiedStart(s *syntax.Sentence, from int) int {
	for from > 0 {
		w := &s.Words[from-1]
		if w.Quote >= 0 || !w.Is(lexicon.Quantifier) || w.Tag.IsVerb() || w.Tag.IsNoun() {
			break
		}
		if w.Tag == tag.IN && !w.Entry.InQuantifier && s.Words[from].Tag != tag.CD {
			break // "about 300 people", but "asked her about several women"; "more than a dozen"
		}
		from--
		if from > 0 && w.Entry.AfterAt && lower(s.Words[from-1].Text) == "at" {
			from--
		}
	}
	return from
}

// isName reports a phrase that is only a name: capitalised words, one of
// them tagged a name, none a title or an organisation's ("Anna Richardson
// White" of "a spokeswoman, Anna Richardson White, said").
func isName(s *syntax.Sentence, p syntax.Phrase) bool {
	proper := false
	for i := p.From; i < p.To; i++ {
		w := &s.Words[i]
		if !w.Tok.Has(text.Cap) || w.Is(lexicon.TitleHead) || w.Is(lexicon.Organisation) || w.Quote >= 0 {
			return false
		}
		proper = proper || w.Tag.IsProperNoun()
	}
	return proper && p.Len() <= 5
}
