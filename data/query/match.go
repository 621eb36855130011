package query

import (
	"strings"

	"github.com/brief-reader/brief/data"
)

// Marks is the reading state is:unread and is:starred ask about, by
// story ID. The reader and the command line keep it in different
// places; nil answers false to both.
type Marks interface {
	Unread(id string) bool
	Starred(id string) bool
}

// Matcher tests briefings and statements against a query, with the
// attributor's names for parties and speakers ("US", "Ushakov") and the
// stories' own declared aliases.
type Matcher struct {
	q     Query
	attr  *data.Attributor
	marks Marks
	words []string // each Words term's value, lower-cased
}

// NewMatcher makes the matcher of q; marks may be nil.
func NewMatcher(q Query, attr *data.Attributor, marks Marks) *Matcher {
	m := &Matcher{q: q, attr: attr, marks: marks, words: make([]string, len(q.Terms))}
	for i, t := range q.Terms {
		if t.Field == Words {
			m.words[i] = strings.ToLower(t.Value)
		}
	}
	return m
}

// Story reports whether every term holds for the story: it mentions the
// party or has a statement for it; the speaker has a statement in it;
// its date is in the period; it has a statement of the kind; the words
// are in its title, dateline, parties, speakers, paragraphs or
// statements.
func (m *Matcher) Story(b *data.Briefing) bool {
	for i, t := range m.q.Terms {
		if m.storyHolds(i, t, b) == t.Not {
			return false
		}
	}
	return true
}

func (m *Matcher) storyHolds(i int, t Term, b *data.Briefing) bool {
	switch t.Field {
	case Party:
		for _, p := range b.Parties {
			if PartyNamed(m.attr, b, t.Value, p) {
				return true
			}
		}
		for _, st := range b.Statements {
			if PartyNamed(m.attr, b, t.Value, st.Party) {
				return true
			}
		}
		return false
	case Speaker:
		for _, st := range b.Statements {
			if SpeakerNamed(m.attr, b, t.Value, st.Speaker) {
				return true
			}
		}
		return false
	case After, Before:
		return t.HoldsDay(DayOf(b.Date))
	case KindOf:
		for _, st := range b.Statements {
			if st.Kind == t.Kind {
				return true
			}
		}
		return false
	case Is:
		return m.marked(t.State, b.ID)
	}
	w := m.words[i]
	if contains(b.Title, w) || contains(b.Dateline, w) {
		return true
	}
	for _, p := range b.Parties {
		if contains(p, w) || m.attr.MatchParty(t.Value, p) {
			return true
		}
	}
	for _, sp := range b.Speakers {
		if contains(sp.Name, w) {
			return true
		}
	}
	for _, p := range b.Paragraphs {
		if contains(p.Text, w) {
			return true
		}
	}
	for _, st := range b.Statements {
		if contains(st.Text, w) {
			return true
		}
	}
	return false
}

// Statement reports whether every term holds for statement st of story
// b: party, speaker and kind are the statement's; dates and marks its
// story's; words are in its text, speaker, role or party.
func (m *Matcher) Statement(b *data.Briefing, st *data.Statement) bool {
	for i, t := range m.q.Terms {
		if m.statementHolds(i, t, b, st) == t.Not {
			return false
		}
	}
	return true
}

func (m *Matcher) statementHolds(i int, t Term, b *data.Briefing, st *data.Statement) bool {
	switch t.Field {
	case Party:
		return PartyNamed(m.attr, b, t.Value, st.Party)
	case Speaker:
		return SpeakerNamed(m.attr, b, t.Value, st.Speaker)
	case After, Before:
		return t.HoldsDay(DayOf(b.Date))
	case KindOf:
		return st.Kind == t.Kind
	case Is:
		return m.marked(t.State, b.ID)
	}
	w := m.words[i]
	return contains(st.Text, w) || contains(st.Speaker, w) || contains(st.Role, w) ||
		contains(st.Party, w) || m.attr.MatchParty(t.Value, st.Party)
}

func (m *Matcher) marked(s State, id string) bool {
	if m.marks == nil || id == "" {
		return false
	}
	if s == Starred {
		return m.marks.Starred(id)
	}
	return m.marks.Unread(id)
}

// contains reports whether s holds lower, case aside.
func contains(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	return strings.Contains(strings.ToLower(s), lower)
}

// PartyNamed reports whether a user's name for a party (query) names
// party: by the attributor, which knows the gazetteer's aliases ("US",
// "Kyiv"), then by the story's own front matter, which may declare more
// ("Velhaven" for Tesmar).
func PartyNamed(attr *data.Attributor, b *data.Briefing, query, party string) bool {
	if party == "" {
		return false
	}
	if attr.MatchParty(query, party) {
		return true
	}
	for _, d := range b.Declared.Parties {
		if strings.EqualFold(d.Name, party) && namedBy(query, d.Name, d.Aliases) {
			return true
		}
	}
	return false
}

// SpeakerNamed is PartyNamed for speakers.
func SpeakerNamed(attr *data.Attributor, b *data.Briefing, query, speaker string) bool {
	if speaker == "" {
		return false
	}
	if attr.MatchSpeaker(query, speaker) {
		return true
	}
	for _, d := range b.Declared.Speakers {
		if strings.EqualFold(d.Name, speaker) && namedBy(query, d.Name, d.Aliases) {
			return true
		}
	}
	return false
}

func namedBy(query, name string, aliases []string) bool {
	q := strings.TrimSpace(query)
	if strings.EqualFold(q, name) {
		return true
	}
	for _, a := range aliases {
		if strings.EqualFold(q, a) {
			return true
		}
	}
	return false
}
