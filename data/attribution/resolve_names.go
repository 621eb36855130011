// What a sentence names for the resolver's memory, apart so the walk in resolve.go stays readable.

package attribution

import (
	"slices"
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
	"github.com/brief-reader/brief/data/resolve"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// names are the mentions of a sentence the resolver remembers, outside
// quotations: proper names (with an appositive that gives their role),
// descriptions of people ("the senator", "a senior official"), groups,
// and third-person subject pronouns.
func (r *run) names(mf *mention.Finder, s *syntax.Sentence, para string) []named {
	out := r.scratch.names[:0]
	add := func(p, aside syntax.Phrase) mention.Mention {
		m := mf.Classify(s, para, p, aside)
		out = append(out, named{m: m, pos: clausePosition(s, p, aside)})
		return m
	}
	done := 0 // words before done belong to an earlier mention
	cut := r.titleCaseCuts(s)
	for i := 0; i < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Quote >= 0 || i < done {
			continue
		}
		switch {
		case (w.Tag == tag.PRP || w.Tag == tag.XX) && w.Is(lexicon.Pronoun):
			// a subject pronoun is a subject whatever the tags (a sentence
			// with no cue word has shallow ones)
			if pi := w.Entry.Pronoun; pi.Person == 3 && pi.Case == 's' && !fronted(s, i) {
				m := mf.Classify(s, para, syntax.Phrase{From: i, To: i + 1}, syntax.Phrase{})
				out = append(out, named{m: m, pos: resolve.Subject})
			}
		case (w.Tag.IsProperNoun() || shallowName(mf, s, i)) && !cut[i]:
			j := i
			for {
				for j+1 < len(s.Words) && s.Words[j+1].Tag.IsProperNoun() && s.Words[j+1].Quote < 0 && !cut[j+1] {
					j++
				}
				if k := titleJoin(mf.Lexicon, s, i, j); k > j {
					j = k // "Minister for Foreign Affairs and Defense Ana Velk"
					continue
				}
				break
			}
			if j+2 < len(s.Words) && s.Words[j+1].Tag == tag.Comma && s.Words[j+2].Is(lexicon.NameSuffix) && s.Words[j+2].Quote < 0 {
				j += 2 // "Jonas R. Vell, Jr.": the suffix is the name's, no one of its own
			}
			a := s.NounPhraseEndingAt(j)
			if a < done || a > i {
				a = i
			}
			done = j + 1
			end := s.NounPhraseAt(a)
			for end > j+1 && !s.Words[end-1].Tag.IsProperNoun() && !personHead(&s.Words[end-1]) {
				end-- // "Kestrian envoy Sofia Lenk told/NN": the tagger's noun is no head
			}
			if j+1 < len(s.Words) && s.Words[j+1].Tag == tag.XX && personHead(&s.Words[j+1]) {
				end = j + 2 // shallow tags: "Tesmari officials", "Hollin police"
				for end < len(s.Words) && s.Words[end].Tag.IsProperNoun() && s.Words[end].Quote < 0 && !cut[end] {
					end++ // and the name the title is of: "Kestrian envoy Sofia Lenk"
				}
			}
			if end > j+1 && s.Words[j+1].Tag != tag.POS && !slices.Contains(cut[j+1:end], true) {
				// a name that qualifies a noun: "the Kestrian senator",
				// "Hollin police", "Tesmar campaign spokesman Jonas Vell"
				m := mf.Classify(s, para, syntax.Phrase{From: a, To: end}, syntax.Phrase{})
				if m.Kind == mention.Role || m.Kind == mention.Group || m.Kind == mention.Person && s.Words[end-1].Tag.IsProperNoun() {
					aside := appositive(s, end)
					add(syntax.Phrase{From: a, To: end}, aside)
					done = max(end, aside.To)
					i = done - 1
					continue
				}
			}
			i = j
			p := syntax.Phrase{From: a, To: j + 1}
			if a == j && (s.Words[j].Is(lexicon.Time) || mf.Lexicon.Is(s.Words[j].Text, lexicon.Relative)) {
				continue // "on Wednesday"
			}
			aside := appositive(s, j+1)
			add(p, aside)
			if !aside.Empty() {
				// the appositive is about the name: its role, not someone else
				done = aside.To
				i = aside.To - 1
			}
		case (w.Tag == tag.NN || w.Tag == tag.NNS) && (w.Is(lexicon.TitleHead) || w.Is(lexicon.PersonNoun) || w.Is(lexicon.Group)):
			if i+1 < len(s.Words) && (s.Words[i+1].Tag.IsNoun() || s.Words[i+1].Tag == tag.POS) {
				continue // not the head
			}
			a := s.NounPhraseEndingAt(i)
			if a < done && !(done < len(s.Words) && s.Words[done].Tag == tag.POS) {
				a = done // but "the Compact’s envoys" keeps its possessor
			}
			if a < 0 || a > i {
				continue
			}
			done = i + 1
			if k := frontedName(s, i+1); k > 0 {
				// "Now the highest-ranking prosecutor in Tesmar, Velk rose":
				// the description is the name's appositive
				name := syntax.Phrase{From: k, To: k + 1}
				for name.To < len(s.Words) && s.Words[name.To].Tag.IsProperNoun() {
					name.To++
				}
				add(name, syntax.Phrase{From: a, To: k - 1})
				done, i = name.To, name.To-1
				continue
			}
			if m := mf.Classify(s, para, syntax.Phrase{From: a, To: i + 1}, syntax.Phrase{}); m.Kind == mention.Role || m.Kind == mention.Group {
				aside := appositive(s, i+1)
				add(syntax.Phrase{From: a, To: i + 1}, aside)
				if !aside.Empty() {
					done = aside.To
					i = aside.To - 1
				}
			}
		}
	}
	return r.scratch.keepNames(out)
}

// titleCaseCuts marks the words of a headline in title case ("Velk Calls
// Arno's Plan 'A Disgrace'") that are no part of a name although they
// are capitalised and tagged so: the words the tagger reads as verbs or
// function words once the sentence is lower-cased. None for ordinary
// sentences. The marks are the scratch's, good until the next call.
func (r *run) titleCaseCuts(s *syntax.Sentence) []bool {
	cut := r.scratch.cutOf(len(s.Words))
	if !s.TitleCased() || r.engine.Tagger == nil {
		return cut
	}
	lower := make([]string, len(s.Words))
	for i := range s.Words {
		lower[i] = strings.ToLower(s.Words[i].Text)
		if s.Words[i].Is(lexicon.GivenName) || s.Words[i].Is(lexicon.Honorific) || s.Words[i].Is(lexicon.TitleHead) ||
			initial(s, i) || i > 0 && initial(s, i-1) && s.Words[i].Tok.Has(text.Cap) {
			// an initial and the surname after it are a person's name
			// ("Anna K. Woven": lower-cased, "woven" reads as a
			// participle)
			lower[i] = s.Words[i].Text
		}
	}
	tags := r.engine.Tagger.Tag(lower, nil)
	for i, t := range tags {
		switch {
		case t.IsVerb(), t == tag.IN, t == tag.DT, t == tag.CC, t == tag.TO, t == tag.PRP, t == tag.PRPS, t == tag.MD, t.IsAdverb():
			cut[i] = true
		}
	}
	return cut
}

// initial reports a person's initial at i: one capital letter and its
// period ("J.").
func initial(s *syntax.Sentence, i int) bool {
	t := s.Words[i].Text
	return len(t) == 2 && t[0] >= 'A' && t[0] <= 'Z' && t[1] == '.'
}

// shallowName reports a capitalised word a sentence with shallow tags
// left untagged that the gazetteer knows: "Tesmari" opening "Tesmari
// officials met …".
func shallowName(mf *mention.Finder, s *syntax.Sentence, i int) bool {
	w := &s.Words[i]
	if w.Tag != tag.XX || !w.Tok.Has(text.Cap) || w.Quote >= 0 {
		return false
	}
	_, ok := mf.Index.Match([]string{w.Text})
	return ok
}

// personHead reports a common noun that heads a phrase naming people:
// a title, a person noun, a group's word.
func personHead(w *syntax.Word) bool {
	return !w.Tok.Has(text.Cap) && (w.Is(lexicon.TitleHead) || w.Is(lexicon.PersonNoun) || w.Is(lexicon.Group))
}

// titleJoin continues the name run [i, j] of a title over a joining
// word ("Minister for Foreign Affairs", "Affairs and Defense"), and a
// preposition's "the" ("Representative for the DPRK"), when the
// run ends in a title's or an organisation's word and a capitalised word
// follows; it returns the joined word's index, or j. A sentence with
// shallow tags has no noun phrases to join them.
func titleJoin(lex *lexicon.Lexicon, s *syntax.Sentence, i, j int) int {
	if j+2 >= len(s.Words) {
		return j
	}
	join := lex.Lookup(s.Words[j+1].Text)
	if join == nil || !join.JoinsTitle {
		return j
	}
	last, k := &s.Words[j], j+2
	if join.Posting && s.Words[k].Entry != nil && s.Words[k].Entry.Definite && k+1 < len(s.Words) {
		k++ // "Special Representative for the DPRK", "Adviser to the President Ana Velk"
	}
	next := &s.Words[k]
	if !next.Tag.IsProperNoun() || next.Quote >= 0 || !(last.Is(lexicon.TitleHead) || last.Is(lexicon.TitleWord) || last.Is(lexicon.Organisation)) {
		return j
	}
	if !join.TitlePreposition && last.Is(lexicon.TitleHead) {
		return j // "The President and Secretary Velk": two people
	}
	return k // "Minister for Foreign Affairs", "Ambassador to Yemen"
}

// frontedName finds the name a description before it is about: the
// description (and its prepositional phrase) ends at k, a comma follows,
// then a name and a finite verb. It returns where the name starts, or -1.
func frontedName(s *syntax.Sentence, k int) int {
	for k+1 < len(s.Words) && s.Words[k].Tag == tag.IN && s.Words[k].Is(lexicon.NounPreposition) {
		e := s.NounPhraseAt(k + 1)
		if e < 0 {
			break
		}
		k = e
	}
	if k+2 >= len(s.Words) || s.Words[k].Tag != tag.Comma || !s.Words[k+1].Tag.IsProperNoun() || s.Words[k+1].Quote >= 0 {
		return -1
	}
	j := k + 1
	for j < len(s.Words) && s.Words[j].Tag.IsProperNoun() {
		j++
	}
	if j < len(s.Words) && s.Words[j].Tag.IsFiniteVerb() {
		return k + 1
	}
	return -1
}

// appositive finds the appositive that follows a name at k: ", a retired
// general," or ", 49,".
func appositive(s *syntax.Sentence, k int) syntax.Phrase {
	if k+1 >= len(s.Words) || s.Words[k].Tag != tag.Comma || s.Words[k+1].Quote >= 0 {
		return syntax.Phrase{}
	}
	if s.Words[k+1].Tag == tag.CD && k+2 < len(s.Words) && s.Words[k+2].Tag == tag.Comma {
		return syntax.Phrase{From: k + 1, To: k + 2}
	}
	if !s.Determiner(k+1) && !s.Words[k+1].Tag.IsAdj() && !s.Words[k+1].Tag.IsNoun() {
		return syntax.Phrase{}
	}
	end := s.NounPhraseAt(k + 1)
	if end < 0 {
		return syntax.Phrase{}
	}
	// "the head of the delegation": a preposition joins a second phrase
	for end+1 < len(s.Words) && s.Words[end].Is(lexicon.NounPreposition) && s.Words[end].Tag == tag.IN {
		e := s.NounPhraseAt(end + 1)
		if e < 0 {
			break
		}
		end = e
	}
	if end < len(s.Words) && s.Words[end].Tag != tag.Comma && s.Words[end].Tag != tag.Period && s.Words[end].Tag != tag.Colon {
		return syntax.Phrase{}
	}
	return syntax.Phrase{From: k + 1, To: end}
}

// clausePosition says where a mention stands in its clause: a possessor
// before "'s", a subject when a finite verb follows it (past an aside,
// adverbs and auxiliaries), else elsewhere.
func clausePosition(s *syntax.Sentence, p, aside syntax.Phrase) resolve.Position {
	k := p.To
	if k < len(s.Words) && s.Words[k].Tag == tag.POS {
		if e := s.NounPhraseAt(k + 1); p.From == 0 && e > k+1 && !personHead(&s.Words[e-1]) && !s.Words[e-1].Tag.IsProperNoun() && clausePosition(s, syntax.Phrase{From: p.From, To: e}, syntax.Phrase{}) == resolve.Subject {
			// "Velk's fate is unclear, but she said …": whose fate the
			// sentence opens on is its topic, as its subject would be
			// (after "To Arno, Velk's stare seemed sad" Arno speaks on)
			return resolve.Subject
		}
		return resolve.Possessor
	}
	if e := s.ParentheticalAfter(k); e > 0 {
		k = e // "Sen. Ana Velk (R-Ru.) is …"
	}
	if !aside.Empty() && aside.From > k {
		k = aside.To
		if k < len(s.Words) && s.Words[k].Tag == tag.Comma {
			k++
		}
		// "Kepler, the organist at the church, which is near the mosque,
		// remembered …": a relative clause about the appositive's noun
		// after it, then the verb
		k = pastRelative(s, k)
	} else if k+1 < len(s.Words) && s.Words[k].Tag == tag.Comma && (s.Words[k+1].Tag == tag.WP || s.Words[k+1].Tag == tag.WDT) {
		// "Velk, who will retire soon, praised …": past the relative clause
		e := k + 1
		for e < len(s.Words) && s.Words[e].Tag != tag.Comma && s.Words[e].Tag != tag.Period {
			e++
		}
		if e < len(s.Words) && s.Words[e].Tag == tag.Comma {
			k = e + 1
		}
	}
	if p.From == 0 && interrupted(s, k) {
		// "Velk, of Varn, despite her doubts about the plan, …": a name
		// that opens the sentence before a phrase set off by commas is
		// its subject, the verb however far (or lost) after it
		return resolve.Subject
	}
	for k < len(s.Words) && s.Words[k].Tag.IsAdverb() {
		k++
	}
	k = pastTime(s, k) // "Velk on Friday played down …"
	for k < len(s.Words) && s.Words[k].Tag.IsAdverb() {
		k++
	}
	if k < len(s.Words) && (s.Words[k].Tag.IsFiniteVerb() || s.Words[k].Tag == tag.XX && s.Words[k].Tok.Kind == text.Word || pastSlip(s, p, k)) {
		// a finite verb follows, or a word a sentence with shallow tags
		// leaves untagged: a subject when the phrase opens its clause
		if p.From == 0 {
			return resolve.Subject
		}
		prev := &s.Words[p.From-1]
		if prev.Tag == tag.Comma || prev.Tag == tag.CC || prev.Tag == tag.OpenQuote || prev.Tag == tag.Colon ||
			prev.Is(lexicon.Subordinator) || prev.Tag == tag.WRB || prev.Tag == tag.IN && prev.Is(lexicon.Subordinator) {
			return resolve.Subject
		}
		if describesFromStart(s, p.From-1) {
			// "Arno's longtime colleague Ana Velk faced …": the name
			// closes the noun phrase that opens the sentence, its subject
			return resolve.Subject
		}
	}
	return resolve.Elsewhere
}

// describesFromStart reports a noun phrase that runs from the sentence's
// start to word k: determiners, possessors, adjectives and nouns only.
func describesFromStart(s *syntax.Sentence, k int) bool {
	for i := k; i >= 0; i-- {
		w := &s.Words[i]
		if w.Quote >= 0 || !(w.Tag.IsNoun() || w.Tag.IsAdj() || w.Tag == tag.DT || w.Tag == tag.POS || w.Tag == tag.PRPS || w.Tag == tag.CD) {
			return false
		}
	}
	return true
}

// pastTime is the word after a phrase of time that starts at word k
// ("on Friday", "this week", "last month"), or k when none starts there.
func pastTime(s *syntax.Sentence, k int) int {
	for e := k; e < len(s.Words) && e < k+3; e++ {
		w := &s.Words[e]
		if w.Is(lexicon.Time) && e > k || w.Is(lexicon.Time) && w.Tag.IsNoun() {
			return e + 1
		}
		if w.Tag != tag.IN && w.Tag != tag.DT && !w.Tag.IsAdj() && w.Tag != tag.CD {
			break
		}
	}
	return k
}

// pastSlip reports a past participle the tagger gave a name's verb:
// "Velk further summed/VBN up …" has no auxiliary for a participle, and
// no "by" follows it as it would a passive's.
func pastSlip(s *syntax.Sentence, p syntax.Phrase, k int) bool {
	if s.Words[k].Tag != tag.VBN || k == 0 || !s.Words[p.To-1].Tag.IsProperNoun() {
		return false
	}
	if k+1 < len(s.Words) && strings.EqualFold(s.Words[k+1].Text, "by") {
		return false
	}
	for i := p.To; i < k; i++ {
		if !s.Words[i].Tag.IsAdverb() {
			return false
		}
	}
	return true
}

// fronted reports a word inside a subordinate clause that opens the
// sentence, before the comma that ends it: "As he has before, Velk
// played down …". A pronoun there may stand for the subject that
// follows, whom the resolver has not met yet, so it strengthens no one.
func fronted(s *syntax.Sentence, i int) bool {
	if i == 0 || !s.Words[0].Is(lexicon.Subordinator) {
		return false
	}
	for k := 1; k < i; k++ {
		if s.Words[k].Tag.IsPunct() {
			return false
		}
	}
	for k := i + 1; k < len(s.Words); k++ {
		if s.Words[k].Tag == tag.Comma {
			return true
		}
	}
	return false
}

// pastRelative is where the clause goes on after a relative clause set
// off by commas that opens at k ("which is near the mosque,"), or k.
func pastRelative(s *syntax.Sentence, k int) int {
	if k >= len(s.Words) || s.Words[k].Tag != tag.WP && s.Words[k].Tag != tag.WDT || s.Words[k-1].Tag != tag.Comma {
		return k
	}
	for e := k + 1; e < len(s.Words) && s.Words[e].Tag != tag.Period && s.Words[e].Quote < 0; e++ {
		if s.Words[e].Tag == tag.Comma {
			return e + 1
		}
	}
	return k
}

// interrupted reports a phrase set off by commas that opens at word k,
// right after a subject: a preposition that joins no noun to the one
// before ("despite", "amid"), after a comma.
func interrupted(s *syntax.Sentence, k int) bool {
	if k > 0 && k < len(s.Words) && s.Words[k].Tag == tag.Comma {
		k++
	} else if k == 0 || k >= len(s.Words) || s.Words[k-1].Tag != tag.Comma {
		return false
	}
	return k < len(s.Words) && s.Words[k].Tag == tag.IN && s.Words[k].Quote < 0 && !s.Words[k].Is(lexicon.NounPreposition) && !s.Words[k].Is(lexicon.Subordinator)
}
