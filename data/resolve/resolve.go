// Package resolve gives each statement its speaker: one identity per
// person or body within a story (Lavrov = Sergei Lavrov = Russia's foreign
// minister), pronouns and descriptions resolved to the person they stand
// for, and a party only from evidence (the phrase, the role, the
// known-people list), never by guess.
package resolve

import (
	"strings"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
)

// Speaker is a resolved speaker.
type Speaker struct {
	Name   string
	Role   string
	Party  int32 // -1 when none
	Person bool
	Group  bool
}

// entity is one person or body of a story, however often it is named.
type entity struct {
	name    string // the fullest name seen
	surname string
	title   string
	party   int32
	person  int32 // known person, or -1
	gender  byte
	kind    mention.Kind
	last    int // order of the last mention
}

// Story resolves the mentions of one story, read in order.
type Story struct {
	Index   *gazetteer.Index
	Lexicon *lexicon.Lexicon
	// Author is who "I" and "we" are outside quotations, when the
	// document says (its voice); nil otherwise.
	Author   *Speaker
	entities []*entity
	seen     int
	// the entities last mentioned and last speaking, for pronouns
	lastPerson  *entity
	lastSpeaker *entity
	lastPlural  *Speaker
}

// Mention records a mention that is not a speaker (an antecedent).
func (r *Story) Mention(m mention.Mention) {
	r.seen++
	if m.Kind == mention.Person {
		e := r.person(m)
		e.last = r.seen
		r.lastPerson = e
	}
}

// Speaker resolves the speaker mention of a statement.
func (r *Story) Speaker(m mention.Mention) (Speaker, bool) {
	r.seen++
	switch m.Kind {
	case mention.Person:
		e := r.person(m)
		e.last, r.lastPerson, r.lastSpeaker = r.seen, e, e
		return r.speakerOf(e), true
	case mention.Pronoun:
		return r.pronoun(m)
	case mention.Role:
		if e := r.byRole(m); e != nil {
			e.last, r.lastSpeaker = r.seen, e
			return r.speakerOf(e), true
		}
		sp := Speaker{Name: m.Text, Role: m.Title, Party: m.Party}
		if m.Plural {
			sp.Group = true
			r.lastPlural = &sp
		}
		return sp, true
	case mention.Group, mention.Body, mention.Document, mention.Other:
		name := m.Text
		if m.Kind == mention.Body && m.Name != "" {
			name = m.Name
		}
		sp := Speaker{Name: name, Party: m.Party, Group: m.Kind == mention.Group}
		if m.Plural || m.Kind == mention.Group || m.Kind == mention.Body {
			r.lastPlural = &sp
		}
		return sp, true
	}
	return Speaker{}, false
}

func (r *Story) speakerOf(e *entity) Speaker {
	return Speaker{Name: e.name, Role: e.title, Party: e.party, Person: true}
}

// person finds or makes the entity of a named person: the same known
// person, the same full name, or a surname ("Lavrov", "Mr. Lavrov") of
// one seen before.
func (r *Story) person(m mention.Mention) *entity {
	name := m.Name
	words := strings.Fields(name)
	surname := ""
	if len(words) > 0 {
		surname = words[len(words)-1]
	}
	var found *entity
	for i := len(r.entities) - 1; i >= 0; i-- {
		e := r.entities[i]
		switch {
		case m.Person >= 0 && e.person == m.Person,
			strings.EqualFold(e.name, name),
			len(words) == 1 && strings.EqualFold(e.surname, name),
			len(words) > 1 && e.surname == surname && strings.Count(e.name, " ") == 0:
			found = e
		}
		if found != nil {
			break
		}
	}
	if found == nil {
		found = &entity{name: name, surname: surname, party: m.Party, person: m.Person, gender: m.Gender, kind: mention.Person}
		if m.Person >= 0 {
			p := r.Index.Person(m.Person)
			found.name = p.Name
			found.surname = p.Surname
			found.title = p.Role
			found.gender = p.Gender
			if id, ok := r.Index.PartyID(p.Party); ok && found.party < 0 {
				found.party = id
			}
		}
		r.entities = append(r.entities, found)
	}
	// a fuller mention teaches the entity: "Lavrov" then "Sergei Lavrov"
	if len(words) > strings.Count(found.name, " ")+1 && m.Person < 0 {
		found.name = name
		found.surname = surname
	}
	if m.Title != "" {
		found.title = m.Title
	}
	if found.party < 0 && m.Party >= 0 {
		found.party = m.Party
	}
	if found.gender == 0 {
		found.gender = m.Gender
	}
	return found
}

// pronoun resolves "he", "she", "they": the last speaker when the gender
// agrees, else the last person mentioned whose gender agrees.
func (r *Story) pronoun(m mention.Mention) (Speaker, bool) {
	if m.Pron.Person == 1 && r.Author != nil {
		return *r.Author, true
	}
	if m.Pron.Person != 3 {
		return Speaker{}, false
	}
	if m.Plural {
		if r.lastPlural != nil {
			return *r.lastPlural, true
		}
		return Speaker{}, false
	}
	agrees := func(e *entity) bool {
		return e != nil && (e.gender == 0 || m.Gender == 0 || e.gender == m.Gender)
	}
	var e *entity
	switch {
	case agrees(r.lastSpeaker) && (r.lastPerson == nil || r.lastPerson == r.lastSpeaker || r.lastSpeaker.last >= r.lastPerson.last-2):
		e = r.lastSpeaker
	case agrees(r.lastPerson):
		e = r.lastPerson
	default:
		for i := len(r.entities) - 1; i >= 0; i-- {
			if agrees(r.entities[i]) && r.entities[i].gender != 0 {
				e = r.entities[i]
				break
			}
		}
	}
	if e == nil {
		return Speaker{}, false
	}
	if e.gender == 0 {
		e.gender = m.Gender
	}
	r.seen++
	e.last, r.lastSpeaker = r.seen, e
	return r.speakerOf(e), true
}

// byRole finds the person a description stands for: the last one whose
// title has the description's head ("the minister" after "Foreign
// Minister Ana Velk").
func (r *Story) byRole(m mention.Mention) *entity {
	words := strings.Fields(strings.ToLower(m.Text))
	if len(words) == 0 || m.Plural || m.New {
		return nil
	}
	head := words[len(words)-1]
	var best *entity
	for _, e := range r.entities {
		if e.title == "" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(e.title)) {
			if w == head && (best == nil || e.last > best.last) {
				best = e
			}
		}
	}
	return best
}
