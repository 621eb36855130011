package views

import "github.com/brief-reader/brief/data/profile"

// One identity per person: the speaker picker and the speaker: term take
// a speaker for whoever their profile is, so that "Verel", when the
// surname is Anna Verel's alone, is Anna Verel there as in her profile
// (data/profile says when names are merged, and why that is safe). A
// library speaker id is one speaker key, as a profile's group is; person
// maps each id to the id of its profile's root.

// People is the profiles of the library's stories: one index for the
// profile view and the speaker picker.
func (l *Library) People() *profile.Index { return l.peopleIndex() }

// peopleIndex is the profiles the library keeps of its statements, made
// when first needed; its stories are added as their statements are
// indexed.
func (l *Library) peopleIndex() *profile.Index {
	if l.people == nil {
		l.people = profile.New(l.SpeakerKey)
		l.people.ListStatementsWith(l.listPeopleStatements)
		l.people.ReadStatementsWith(l.storyStatement)
	}
	return l.people
}

// persons is, by speaker id, the id of the speaker whose profile holds
// its statements (its own id when none other's), worked out again only
// when statements or speakers arrived since. When it changes, the sets
// of ids the speaker: terms named are dropped (names.version).
func (l *Library) persons() []int32 {
	if l.personAt == len(l.stmts) && len(l.person) == len(l.speakers) {
		return l.person
	}
	keyOf := make([]string, len(l.speakers))
	for k, id := range l.speakerID {
		keyOf[id] = k
	}
	x := l.peopleIndex()
	person := make([]int32, len(l.speakers))
	changed := len(l.person) != len(person)
	for id := range person {
		person[id] = int32(id)
		if rk, ok := x.RootKey(keyOf[id]); ok {
			if r, ok := l.speakerID[rk]; ok {
				person[id] = r
			}
		}
		changed = changed || l.person[id] != person[id]
	}
	if changed {
		l.names.version++
	}
	l.person, l.personAt = person, len(l.stmts)
	return person
}

// samePerson is set with every speaker of the same person as one in it.
func (l *Library) samePerson(set partySet) partySet {
	if set == nil {
		return nil
	}
	person := l.persons()
	roots := make(partySet, len(person))
	for id, p := range person {
		if set.has(int32(id)) {
			roots[p] = true
		}
	}
	out := make(partySet, len(person))
	for id, p := range person {
		out[id] = roots[p] || set.has(int32(id))
	}
	return out
}

// speakerCounts counts, by speaker id, the statements (or stories) of
// items each person has, under their profile's root id: a story where
// "Verel" and "Anna Verel" speak counts once.
func (l *Library) speakerCounts(items []int32, statements bool) []int {
	person := l.persons()
	counts := make([]int, len(person))
	if statements {
		for _, i := range items {
			counts[person[l.stmts[i].speaker]]++
		}
		return counts
	}
	last := make([]int32, len(person)) // the item+1 a root was last counted for
	for _, i := range items {
		for _, id := range l.stories[i].speakers {
			if r := person[id]; last[r] != i+1 {
				last[r] = i + 1
				counts[r]++
			}
		}
	}
	return counts
}
