package resolve

import (
	"slices"
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
)

// The names a story gives one person: a full name, a lone surname, a
// surname with a title, and the known person a surname may stand for.

// samePerson finds the entity a person's name names.
func (r *Story) samePerson(m mention.Mention, words []string, suffix string) *entity {
	if m.Person >= 0 {
		for _, e := range r.entities {
			if e.person == m.Person {
				return e
			}
		}
	}
	// a family name written first ("Wang" of "Wang Wenbin") only when no
	// one has it last: "Kim" is Sung Kim before Kim Gunn
	var best, first *entity
	familyFirst := r.familyFirst(words)
	for _, e := range r.entities {
		if e.kind != mention.Person || len(e.words) == 0 || !agreeGender(e.gender, m.Gender) {
			continue
		}
		if m.Person >= 0 && e.person >= 0 {
			continue // two known people
		}
		if m.Party >= 0 && e.party >= 0 && m.Party != e.party {
			continue // "Tesmari Envoy Kim" is not "Orlavian Envoy Kim"
		}
		same := sameName(e.words, words) || r.aliasNamed(e, words)
		if !same && !(familyFirst && familyNameFirst(e.words, words[0])) {
			continue
		}
		if len(words) == 1 && e.person >= 0 && r.otherOffice(e, m.Title) {
			continue // "President Velk" is not the known "First Gentleman Tomas Velk"
		}
		if e.suffix != suffix && len(words) > 1 && (len(e.words) > 1 || suffix != "") {
			continue // "Tom Arno Jr." is not Tom Arno, nor "Arno" seen before him
		}
		switch {
		case !same:
			if first == nil || e.lastPos > first.lastPos {
				first = e
			}
		case best == nil || betterSurnameMatch(e, best, len(words) == 1):
			best = e
		}
	}
	if best == nil {
		return first
	}
	return best
}

// aliasNamed reports a name that is one of the known person's other
// names, or their surname: "Szijjarto" of Péter Szijjártó, whom the
// gazetteer also knows as "Peter Szijjarto".
func (r *Story) aliasNamed(e *entity, words []string) bool {
	if e.person < 0 {
		return false
	}
	for _, aw := range r.aliasWords(e.person) {
		if sameName(aw, words) {
			return true
		}
	}
	return false
}

// aliasWords is the words (nameWords) of each of a known person's other
// names, split once a story: samePerson asks for them of every known
// person it passes, each time a person is named.
func (r *Story) aliasWords(person int32) [][]string {
	if ws, ok := r.aliases[person]; ok {
		return ws
	}
	var ws [][]string
	for _, a := range r.index.Person(person).Aliases {
		if aw, _ := r.nameWords(a); len(aw) > 0 {
			ws = append(ws, aw)
		}
	}
	if r.aliases == nil {
		r.aliases = map[int32][][]string{}
	}
	r.aliases[person] = ws
	return ws
}

// familyFirst reports a lone name that the lexicon knows as a family name
// written first ("Wang", "Yoon"), the one test of familyNameFirst that
// does not depend on the full name, made once a mention.
func (r *Story) familyFirst(words []string) bool {
	if len(words) != 1 {
		return false
	}
	e := r.lexicon.Lookup(strings.ToLower(words[0]))
	return e != nil && e.FamilyFirst
}

// familyNameFirst reports whether lone, a family name written first
// (familyFirst), is the one a full name writes first: "Wang" of "Wang
// Wenbin", "Yoon" of "Yoon Suk Yeol".
func familyNameFirst(full []string, lone string) bool {
	return len(full) >= 2 && len(full) <= 3 && strings.EqualFold(full[0], lone)
}

// betterSurnameMatch reports whether e, rather than best, is the person a
// name stands for when both could be: the one seen last, but for a lone
// surname the one the story already calls by it, else the one it
// introduced first. A story that names "Ted Cruz", calls him "Cruz", then
// names "Heidi Cruz" still means him by "Cruz": a writer gives the
// relative her full name each time. A story about Hillary Clinton that
// names "former President Bill Clinton" in passing before its first
// "Clinton" still means her: the one it is about comes first.
func betterSurnameMatch(e, best *entity, lone bool) bool {
	if lone && e.bare != best.bare {
		return e.bare
	}
	if lone {
		return e.id < best.id
	}
	return e.lastPos > best.lastPos
}

// sameName reports whether two names of one story can be one person's:
// the same surname, and given names that do not differ ("Velk", "Ana
// Velk", "Ana M. Velk", "A. Velk").
func sameName(a, b []string) bool {
	if !strings.EqualFold(a[len(a)-1], b[len(b)-1]) {
		return false
	}
	if len(a) == 1 || len(b) == 1 {
		return true
	}
	ga, gb := strings.TrimSuffix(a[0], "."), strings.TrimSuffix(b[0], ".")
	if strings.EqualFold(ga, gb) {
		return true
	}
	// an initial stands for a given name that starts with it
	short, long := ga, gb
	if len(short) > len(long) {
		short, long = long, short
	}
	return len(short) == 1 && strings.HasPrefix(strings.ToLower(long), strings.ToLower(short))
}

// knownBySurname links a lone surname to the one known person who has it
// when the mention's title agrees with that person's role ("Foreign
// Minister Lavrov"), or when it has no title and the story names that
// person's party ("Marrow said" in a story about Varanda): a surname
// alone is too weak (many people share one) unless the story is about
// the person's side.
func (r *Story) knownBySurname(e *entity, m mention.Mention, surname string) {
	ids := r.index.BySurname(surname)
	if len(ids) != 1 {
		return
	}
	p := r.index.Person(ids[0])
	if !agreeGender(p.Gender, m.Gender) {
		return
	}
	if m.Title == "" {
		pid, ok := r.index.PartyID(p.Party)
		if ok && (r.confirmed[pid] || r.home == pid) && (m.Party < 0 || m.Party == pid) && !r.namesOther(p.Name) {
			r.learnKnown(e, ids[0])
		}
		return
	}
	title := r.roleWords(m.Title)
	role := r.roleWords(p.Role)
	if len(title) == 0 || !contains(role, title[len(title)-1]) {
		return // "Secretary Vell" is the known Secretary of State Vell; "Mr. Vell" is anyone
	}
	r.learnKnown(e, ids[0])
}

// namesOther reports whether the story names, anywhere, another person
// with the surname of the known person named full: "Clinton" is not
// the known Bill Clinton in a story that names Hillary Clinton.
func (r *Story) namesOther(full string) bool {
	known, _ := r.nameWords(full)
	for _, n := range r.fullNames {
		if strings.EqualFold(lastWord(n), lastWord(known)) && !sameName(n, known) {
			return true
		}
	}
	return false
}

// otherOffice reports whether a surname's title names an office other
// than the one the entity already holds, with no word of it in common
// ("Minister Vell" is the Foreign Minister): a family shares a surname,
// not its titles.
func (r *Story) otherOffice(e *entity, title string) bool {
	if title == "" || e.title == "" {
		return false
	}
	held, named := r.officeWords(e.title), r.officeWords(title)
	if len(held) == 0 || len(named) == 0 {
		return false // "Mr. Vell" names no office
	}
	return !slices.ContainsFunc(named, func(w string) bool { return slices.Contains(held, w) })
}

// officeWords is a title's words without its honorifics.
func (r *Story) officeWords(title string) []string {
	return slices.DeleteFunc(r.roleWords(title), func(w string) bool { return r.lexicon.Is(w, lexicon.Honorific) })
}
