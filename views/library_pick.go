package views

import (
	"strings"

	"github.com/brief-reader/brief/data"
)

// PartyItems offers the parties of the given stories (or statements), each
// with the number of them it would keep.
func (l *Library) PartyItems(items []int32, statements bool) []PickItem {
	counts := l.tally(items, statements, len(l.parties),
		func(e stmtEntry) int32 { return e.party },
		func(e storyEntry) []int32 { return e.parties })
	return pickItems(counts, func(id int32) PickItem {
		return PickItem{ID: id, Label: l.parties[id]}
	})
}

// SpeakerItems offers the speakers of the given stories (or statements),
// each with the number of them it would keep: a person once, however
// the stories named them (see library_person.go).
func (l *Library) SpeakerItems(items []int32, statements bool) []PickItem {
	counts := l.speakerCounts(items, statements)
	var parties []string // by root, the party of a person's other names
	return pickItems(counts, func(id int32) PickItem {
		s := l.speakers[id]
		it := PickItem{ID: id, Label: s.Name, Detail: s.Party}
		if it.Detail == "" {
			if parties == nil {
				parties = l.personParties()
			}
			it.Detail = parties[id]
		}
		if strings.EqualFold(s.Name, s.Party) { // "Russia (Russia)" says it twice
			it.Detail = ""
		}
		if s.Group {
			it.Detail = strings.TrimPrefix(it.Detail+" · group", " · ")
		}
		return it
	})
}

// personParties is, by the id of a person's root name (persons), the
// first party any of their names has: the picker, which shows a person
// by their root, shows it when the root name has none. "Mr. Velk", the
// host's briefer, is Kestria's, and so is "Ana Velk" of the stories that
// name her without a party.
func (l *Library) personParties() []string {
	person := l.persons()
	out := make([]string, len(person))
	for id, r := range person {
		if out[r] == "" && !l.speakers[id].Group {
			out[r] = l.speakers[id].Party
		}
	}
	return out
}

// tally counts, for each of n ids, the items (statements, or stories)
// that have it; a statement's id is -1 when it has none.
func (l *Library) tally(items []int32, statements bool, n int, ofStmt func(stmtEntry) int32, ofStory func(storyEntry) []int32) []int {
	counts := make([]int, n)
	for _, i := range items {
		if statements {
			if id := ofStmt(l.stmts[i]); id >= 0 {
				counts[id]++
			}
			continue
		}
		for _, id := range ofStory(l.stories[i]) {
			counts[id]++
		}
	}
	return counts
}

// pickItems offers each id that counts at least once, in id order.
func pickItems(counts []int, item func(id int32) PickItem) []PickItem {
	var out []PickItem
	for id, n := range counts {
		if n > 0 {
			it := item(int32(id))
			it.Count = n
			out = append(out, it)
		}
	}
	return out
}

// PartyMatcher is the picker's test for typed text: part of the name, or
// a name the party goes by ("kyiv" offers Ukraine).
func (l *Library) PartyMatcher(query string) func(PickItem) bool {
	q := fold(query)
	return func(it PickItem) bool {
		return strings.Contains(fold(it.Label), q) || l.attr.MatchParty(query, it.Label)
	}
}

// SpeakerMatcher is the picker's test for typed text: part of the name
// or of the party, or what the attributor takes for the same speaker (its
// names worked out once, when the speaker was first met). The picker runs
// it for every item at every keystroke, so the text's words are worked
// out here, once.
func (l *Library) SpeakerMatcher(query string) func(PickItem) bool {
	q, words := fold(query), data.NewSpeakerQuery(query)
	return func(it PickItem) bool {
		if strings.Contains(fold(it.Label), q) || strings.Contains(fold(it.Detail), q) {
			return true
		}
		if int(it.ID) < len(l.names.speakers) {
			return l.names.speakers[it.ID].Match(words)
		}
		return l.attr.MatchSpeaker(query, it.Label)
	}
}
