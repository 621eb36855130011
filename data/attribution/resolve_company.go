// Groups of people named together, apart because only "they" needs them.

package attribution

import (
	"slices"
	"strings"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
	"github.com/brief-reader/brief/data/resolve"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// companies are the groups a sentence makes of people it names together,
// which "they" can stand for: a coordinated subject ("The Varandan envoy
// and the Kestrian envoy condemned …") and a subject with the partners
// of what it did ("Marrow met with Vell and Dorsic …", "Marrow spoke in
// Port Selin with her K5 counterparts"), named by their surnames or
// phrases ("Marrow, Vell, and Dorsic").
func (r *run) companies(mf *mention.Finder, s *syntax.Sentence, para string, names []named) []named {
	var out []named
	someone := func(m *mention.Mention) bool {
		return m.Kind == mention.Person && !m.Place || m.Kind == mention.Role || m.Kind == mention.Group && !m.Members
	}
	for k := 0; k < len(names); k++ {
		a := &names[k]
		if !someone(&a.m) || a.m.Kind == mention.Group {
			continue
		}
		// the subject: one mention, or a list of them ("Oru and Derev")
		j, list := k, mention.Mention{}
		if e := listEnd(s, names, k); e > k {
			p := syntax.Phrase{From: a.m.Phrase.From, To: names[e].m.Phrase.To}
			if m := mf.Classify(s, para, p, syntax.Phrase{}); m.Members && clausePosition(s, p, syntax.Phrase{}) == resolve.Subject {
				j, list = e, m
			}
		}
		if j == k && a.pos&^resolve.Embedded != resolve.Subject {
			continue
		}
		members := make([]*mention.Mention, 0, j-k+1)
		for i := k; i <= j; i++ {
			if !someone(&names[i].m) {
				members = nil
				break
			}
			members = append(members, &names[i].m)
		}
		partners := r.partners(s, names[j].m.Phrase.To, names[j+1:])
		for _, n := range partners {
			if members == nil || !someone(&n.m) {
				members = nil
				break
			}
			members = append(members, &n.m)
		}
		switch {
		case len(partners) > 0 && members != nil:
			// "Oru and Derev met with the Compact's envoys": all of them
			m := mention.Mention{Kind: mention.Group, Plural: true, Joint: true, Members: true, Party: -1, Person: -1, Unsure: -1,
				Para: s.Para, Phrase: syntax.Phrase{From: a.m.Phrase.From, To: partners[len(partners)-1].m.Phrase.To}, Text: together(r.engine.Lexicon, r.index, members)}
			out = append(out, named{m: m, pos: resolve.Subject})
		case j > k:
			out = append(out, named{m: list, pos: resolve.Subject})
		default:
			continue
		}
		for i := k + 1; i <= j; i++ {
			names[i].pos = resolve.Elsewhere // a list's group is the subject, not each of them
		}
		if j > k {
			names[k].pos = resolve.Elsewhere
		}
		k = j
	}
	return out
}

// listEnd is the last of the mentions from names[k] on that a list
// joins ("Velk, Arno, and Marr"), with an "and" in it; k when none.
func listEnd(s *syntax.Sentence, names []named, k int) int {
	end, and := k, false
	for j := k + 1; j < len(names); j++ {
		gap := syntax.Phrase{From: names[j-1].m.Phrase.To, To: names[j].m.Phrase.From}
		if gap.Empty() {
			break
		}
		ok := true
		for i := gap.From; i < gap.To; i++ {
			switch w := &s.Words[i]; {
			case w.Tag == tag.CC:
				and = true
			case w.Tag != tag.Comma:
				ok = false
			}
		}
		if !ok {
			break
		}
		end = j
		if and {
			break
		}
	}
	if !and {
		return k
	}
	return end
}

// partners are the mentions a comitative preposition joins to the
// clause of a subject ending at from ("met with Vell and Dorsic", "spoke
// today in Port Selin with Vell"): a run of mentions joined by commas and
// "and" right after it, before the clause ends.
func (r *run) partners(s *syntax.Sentence, from int, after []named) []named {
	verb := false
	for i := from; i < len(s.Words); i++ {
		w := &s.Words[i]
		switch {
		case w.Quote >= 0 || w.Tag == tag.Period || w.Tag == tag.Colon || w.Tag == tag.WRB || w.Tag == tag.WDT || w.Tag == tag.WP:
			return nil
		case w.Tag.IsFiniteVerb():
			if verb && !s.Words[i-1].Is(lexicon.Auxiliary) && !w.Is(lexicon.Auxiliary) {
				return nil // another clause's verb
			}
			verb = true
		case verb && w.Tag == tag.IN && w.Entry != nil && w.Entry.Comitative:
			var out []named
			next := i + 1
			appositive := false // inside the titles after a partner's name
			for {
				// the longest mention that starts here: "the Compact’s
				// envoys", not its possessor
				var n *named
				for k := range after {
					if a := &after[k]; a.m.Phrase.From == next && (n == nil || a.m.Phrase.To > n.m.Phrase.To) {
						n = a
					}
				}
				if n == nil || len(out) > 0 && n.pos&^resolve.Embedded == resolve.Subject {
					// "spoke with Vell and they condemned …": a subject
					// after the partners opens a clause of its own
					return out
				}
				if t := titledBy(s, n, after); t != nil {
					n = t // "Democratic Republic of the Congo President Félix Tshisekedi": the president
				}
				if k := len(out) - 1; k >= 0 && (out[k].m.Kind == mention.Person || appositive) && bareTitle(&n.m) {
					// "with Dr. Amir Osk, Spokesperson and Chief Advisor to
					// the President": the person's titles, no partners
					appositive = true
					next = n.m.Phrase.To
					for next < len(s.Words) && (s.Words[next].Tag == tag.Comma || s.Words[next].Tag == tag.CC) {
						next++
					}
					continue
				}
				appositive = false
				if k := len(out) - 1; k >= 0 && (out[k].m.Kind == mention.Body || out[k].m.Kind == mention.Role && !out[k].m.Definite) && n.m.Kind == mention.Person && s.Words[n.m.Phrase.From-1].Tag == tag.CC {
					// "Ministry of Ports and Trade Secretary Jonas Vell",
					// "Kestrian Vice Prime Minister and Foreign Minister
					// Jon Lutan": one person's titles
					out = out[:k]
				}
				out = append(out, *n)
				next = n.m.Phrase.To
				for next < len(s.Words) && (s.Words[next].Tag == tag.Comma || s.Words[next].Tag == tag.CC) {
					next++
				}
			}
		}
	}
	return nil
}

// bareTitle is a title with no article ("Spokesperson", "Chief Advisor
// to the President"): after a name, the name's appositive.
func bareTitle(m *mention.Mention) bool {
	return (m.Kind == mention.Role || m.Kind == mention.Group && !m.Plural) && !m.Definite && !m.New
}

// together names a group by its members: a person by surname, anyone
// else as written, joined as a list ("Marrow and Vell", "Marrow, Vell,
// and Dorsic", "Marrow and her K5 counterparts").
func together(lex *lexicon.Lexicon, ix *gazetteer.Index, members []*mention.Mention) string {
	names := make([]string, len(members))
	for i, m := range members {
		names[i] = m.Text
		if m.Kind == mention.Person && m.Name != "" {
			f := strings.Fields(m.Name)
			if m.Person >= 0 && ix != nil {
				if sn := ix.Person(m.Person).Surname; sn != "" && len(f) > 1 && slices.Contains(f, sn) {
					// a known person's surname, wherever the name puts it:
					// "Hayashi Yoshimasa" is Hayashi
					names[i] = sn
					continue
				}
			}
			for len(f) > 1 && lex.Is(strings.Trim(f[len(f)-1], ","), lexicon.NameSuffix) {
				f = f[:len(f)-1] // "Joseph R. Biden, Jr." is Biden
			}
			names[i] = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(f[len(f)-1], ","), "'s"), "’s")
		}
	}
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

// titledBy is the person a body's name is the title of, when only the
// rest of a name lies between them: "Democratic Republic of the Congo
// (DRC) President Félix Tshisekedi", "Republic of Kestria (ROK) National
// Security Advisor Jon Tashe" are one partner each, the person; nil when
// the body stands alone.
func titledBy(s *syntax.Sentence, body *named, after []named) *named {
	to := body.m.Phrase.To
	if body.m.Kind != mention.Body || to >= len(s.Words) {
		return nil
	}
	end := to
	for end < len(s.Words) {
		w := &s.Words[end]
		if w.Quote >= 0 || !(w.Tag.IsProperNoun() || w.Tag == tag.DT || w.Tag == tag.LRB || w.Tag == tag.RRB || w.Tag == tag.IN && strings.ToLower(w.Text) == "of") {
			break
		}
		end++
	}
	var person *named
	for k := range after {
		// the name the run of capitalised words ends with, the longest
		if a := &after[k]; a.m.Phrase.To == end && a.m.Phrase.From >= to && (person == nil || a.m.Phrase.From < person.m.Phrase.From) {
			person = a
		}
	}
	if person == nil || person.m.Kind != mention.Person || person.m.Phrase.From == to && s.Words[to].Tag != tag.LRB {
		return nil
	}
	return person
}
