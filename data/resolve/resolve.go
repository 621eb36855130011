// Package resolve gives each statement its speaker: one identity per
// person or body within a story (Lavrov = Sergei Lavrov = Russia's foreign
// minister), pronouns and descriptions resolved to the person they stand
// for, and a party only from evidence (the phrase, the role, the
// known-people list, the document's home), never by guess.
//
// A Story reads the mentions of one document in order. Pronouns are
// resolved by salience: every mention of an entity adds weight (more as a
// speaker or a subject than elsewhere), the weight halves with each
// sentence, and only entities that agree with the pronoun (in gender,
// number, being a person) compete. Descriptions ("the senator", "the
// retired general") are resolved to the person seen with that title or
// role; indefinite ones ("a senior official") are someone new.
package resolve

import (
	"slices"
	"strings"
	"time"
	"unicode"

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
	// ID is the story's entity the speaker is (from 1), so that its
	// final name, the fullest the story gives, can be read at the end
	// (Story.Final); 0 for a speaker that is no entity.
	ID int
	// disputed keeps the home party from a vague group whose claim the
	// text calls false, also at the end (Story.Final)
	disputed bool
	// written: the speaker is a body of several names, named as where
	// it spoke ("the EPA"), which it keeps (Story.Final)
	written bool
}

// Position is what a mention is in its clause; it weighs how salient the
// mention makes its entity.
type Position uint8

const (
	Elsewhere Position = iota // an object, inside a prepositional phrase
	Possessor                 // "Velk's plan"
	Subject                   // the subject of a clause
	Headline                  // named in the document's title

	// Embedded is or-ed with a position inside what someone says ("Velk
	// said that Arno lied"): it makes its entity half as salient.
	Embedded Position = 1 << 7
)

// Story resolves the mentions of one story, read in order.
type Story struct {
	index   *gazetteer.Index
	lexicon *lexicon.Lexicon
	// Author is who "I" and "we" are outside quotations, when the
	// document says (its voice); nil otherwise.
	Author *Speaker
	// home is the party the document speaks for (its publisher's
	// government), -1 when unknown.
	home      int32
	entities  []*entity
	sentence  int
	para      int // the paragraph of the latest mention
	seen      int // mentions read
	confirmed map[int32]bool
	fullNames [][]string // the full names the story gives people, word by word
	// places are the places the gazetteer does not know that the story
	// puts in a party's land ("Ruvo, Kestria")
	places map[string]int32
	// issuers are the last issuer of each kind of issued document
	// ("statement"): "the statement" is theirs
	issuers map[string]*entity
	// terms and day name the holder of an office a bare title stands
	// for (office.go); day is zero when the story's date is unknown
	terms *gazetteer.Offices
	day   time.Time
	// sentenceDay is the earlier day the sentence being read tells of,
	// or zero
	sentenceDay time.Time
	// possessor is the last person named before "'s" (Possessor), and
	// the mention that named them: "Yoon's office" is Yoon's (voice.go)
	possessor        *entity
	possessorMention mention.Mention
	// aliases are the words of known people's other names (aliasWords)
	aliases map[int32][][]string
	// offices are the office runs read for the home (homeoffice.go)
	offices *storyOffices
}

// NewStory starts a story read with ix and lex.
func NewStory(ix *gazetteer.Index, lex *lexicon.Lexicon) *Story {
	return &Story{index: ix, lexicon: lex, home: -1, confirmed: map[int32]bool{}, issuers: map[string]*entity{}, places: map[string]int32{}}
}

// SetHome records the party the document speaks for: "The Secretary"
// of a State Department release is the United States'.
func (r *Story) SetHome(party int32) { r.home = party }

// Home is the party the document speaks for, or -1.
func (r *Story) Home() int32 { return r.home }

// Confirm records that the story names a party by a name that leaves no
// doubt (a capital, a demonym, an official name): an unsure name of it
// ("Georgia") then counts.
func (r *Story) Confirm(party int32) {
	if party >= 0 {
		r.confirmed[party] = true
	}
}

// Place records that the story puts a place the gazetteer does not know
// in a party's land: "officials in Ruvo" are then that party's.
func (r *Story) Place(name string, party int32) {
	if _, ok := r.places[name]; !ok && party >= 0 {
		r.places[name] = party
	}
}

// SeeName records a person's name the story gives anywhere, before
// reading it: a surname alone is no known person another name of the
// story's has too.
func (r *Story) SeeName(name string) {
	if !strings.ContainsFunc(strings.TrimSpace(name), unicode.IsSpace) {
		return // one word, or none: no full name, and nothing to split
	}
	if w, _ := r.nameWords(name); len(w) > 1 {
		r.fullNames = append(r.fullNames, w)
	}
}

// FullName is the one full name the story gives a person with this
// surname ("Ana Velk" for "Ms. Velk"), the fullest of those that can be
// one person's; not ok when the story gives none, or two people's
// ("Ana Velk" and "Jon Velk").
func (r *Story) FullName(surname string) (string, bool) {
	var best []string
	for _, n := range r.fullNames {
		if !strings.EqualFold(lastWord(n), surname) || r.titled(n) {
			continue
		}
		switch {
		case best == nil:
			best = n
		case !sameName(best, n):
			return "", false
		case len(n) > len(best):
			best = n
		}
	}
	return strings.Join(best, " "), best != nil
}

// titled reports whether a name's words before the surname hold a title
// or an honorific, which a reading took for a given name.
func (r *Story) titled(name []string) bool {
	for _, w := range name[:len(name)-1] {
		if r.lexicon.Is(w, lexicon.TitleHead) || r.lexicon.Is(w, lexicon.Honorific) || r.lexicon.Is(w, lexicon.TitleWord) {
			return true
		}
	}
	return false
}

// PartyOf is the party a mention gives evidence of, once the story's
// confirmations and places are counted; -1 for none.
func (r *Story) PartyOf(m *mention.Mention) int32 {
	if m.Party >= 0 {
		return m.Party
	}
	if p, ok := r.places[m.Where]; ok && m.Where != "" {
		return p
	}
	if m.Unsure >= 0 && r.confirmed[m.Unsure] {
		return m.Unsure
	}
	return -1
}

// Mention records a mention that is not a speaker: an antecedent for the
// pronouns and descriptions that follow. A pronoun is resolved too, so
// that "He" keeps its person salient.
func (r *Story) Mention(m mention.Mention, pos Position) {
	r.at(m)
	m = r.owned(m)
	switch m.Kind {
	case mention.Person:
		e := r.person(&m)
		e.mentioned(r, m, pos, false)
		if pos&^Embedded == Possessor {
			r.possessor, r.possessorMention = e, m
		}
	case mention.Pronoun:
		if e := r.pronoun(m); e != nil && !(m.Gender == 'n' && e.kind == mention.Person) {
			// an "it" that says nothing is most often no one ("It's
			// become an issue"): it makes no name salient that may be a
			// company's, lest a person's "she said" go to it
			e.mentioned(r, m, pos, false)
		}
	case mention.Role:
		if m.Plural {
			r.group(m).mentioned(r, m, pos, false)
			return
		}
		if e := r.byDescription(m); e != nil {
			e.mentioned(r, m, pos, false)
			return
		}
		if pos == Subject && (m.Definite || m.New) {
			// someone new acts; a description elsewhere ("as the
			// attorney general", "a white student") introduces no one a
			// pronoun would stand for
			e := r.role(m)
			e.epithetOf = r.epithet(m)
			e.mentioned(r, m, pos, false)
		}
	case mention.Body, mention.Group:
		if k := r.counted(m); k != nil {
			k.mentioned(r, m, pos, false)
			return
		}
		r.group(m).mentioned(r, m, pos, false)
	}
}

// counted is the group a number of people stands for ("the two" after
// "Sherman and Delattre met …"): the group "they" would be, when it is
// one of people named together. Nil otherwise.
func (r *Story) counted(m mention.Mention) *entity {
	if m.Kind != mention.Group || !m.Joint || !m.Definite {
		return nil
	}
	if h := r.lexicon.Lookup(m.Head); h == nil || !h.Cardinal {
		return nil
	}
	they := mention.Mention{Kind: mention.Pronoun, Sentence: m.Sentence, Para: m.Para, Plural: true, Party: -1, Person: -1, Unsure: -1,
		Pron: lexicon.PronounInfo{Plural: true, Person: 3, Case: 's'}}
	if e := r.pronoun(they); e != nil && e.kind == mention.Group && e.members && !strings.Contains(e.name, ",") {
		return e // a pair: a list of more is not "the two"
	}
	return nil
}

// Speaker resolves the speaker mention of a statement.
func (r *Story) Speaker(m mention.Mention) (Speaker, bool) {
	r.at(m)
	if m.Mute {
		return Speaker{}, false
	}
	if m.Kind == mention.Document && m.Issued != "" && m.Issuer.Empty() {
		// "the statement" of an issuer the story named before
		if e := r.issuers[m.Issued]; e != nil {
			e.mentioned(r, m, Subject, true)
			return r.speakerOf(e), true
		}
	}
	m = r.owned(m)
	m.Party = r.possessorParty(m)
	var e *entity
	switch m.Kind {
	case mention.Person:
		e = r.person(&m)
	case mention.Pronoun:
		if m.Pron.Person == 1 && r.Author != nil {
			return *r.Author, true
		}
		e = r.pronoun(m)
	case mention.Role:
		switch {
		case m.Plural:
			e = r.group(m)
		default:
			if e = r.byDescription(m); e == nil {
				e = r.role(m)
				e.epithetOf = r.epithet(m)
				if k := e.epithetOf; k != nil && e.party < 0 && m.Party < 0 && m.Unsure < 0 && !m.Qualified && !e.home {
					e.party = k.party // "the diplomat" after Orlavian Foreign Minister Tom Arno is Orlavia's
				}
			}
		}
	case mention.Group, mention.Body, mention.Document, mention.Other:
		if m.Text == "" || m.Time {
			return Speaker{}, false // no one, or a time: "Sunday said"
		}
		if k := r.counted(m); k != nil {
			e = k
		} else if d := r.byDescription(m); d != nil && m.Kind == mention.Other {
			e = d
		} else {
			e = r.group(m)
		}
	}
	if e == nil {
		return Speaker{}, false
	}
	e.mentioned(r, m, Subject, true)
	if m.Issued != "" && m.Kind != mention.Document {
		r.issuers[m.Issued] = e
	}
	sp := r.speakerOf(e)
	sp.disputed = m.Disputed
	if e.body != "" && m.Kind == mention.Body {
		// a body of several names speaks by the one the sentence gives
		// it ("the EPA said"), though it is one body for its pronouns
		// and across stories (Key)
		sp.Name, sp.written = m.Text, true
	}
	return r.undisputed(e, sp), true
}

// undisputed takes the home party from a speaker it was only guessed
// for when the text calls its claim false: "Government officials have
// spread disinformation that …" is no one's the text can tell, for a
// writer does not say its own government lies.
func (r *Story) undisputed(e *entity, sp Speaker) Speaker {
	if sp.disputed && e.home && e.party < 0 && sp.Party == r.home {
		sp.Party = -1
	}
	return sp
}

// owned names a phrase a possessive pronoun opens by the pronoun's
// antecedent: "Its leadership" after "Kestria has stated …" is
// "Kestria’s leadership", and Kestria's; "his office" after "Jon Arno
// offered …" is Jon Arno's office, of his party.
func (r *Story) owned(m mention.Mention) mention.Mention {
	if m.Owned == "" {
		return m
	}
	e := r.pronoun(mention.Mention{Kind: mention.Pronoun, Sentence: m.Sentence, Pron: m.Owner, Gender: m.Owner.Gender, Plural: m.Owner.Plural})
	person := m.OwnedByPerson()
	if e == nil || !person && e.kind != mention.Body && e.kind != mention.Group || person && !e.human {
		return m
	}
	possessive := "’s "
	if strings.HasSuffix(e.name, "s") {
		possessive = "’ " // "the United States’ leadership"
	}
	if person {
		// written as the text has it, the gold and the reader's way, but
		// one entity for each owner's office
		m.Name = e.name + possessive + m.Owned
	} else {
		m.Text = e.name + possessive + m.Owned
		m.Name = ""
	}
	m.Qualified = true
	if m.Party < 0 {
		m.Party = r.speakerOf(e).Party
	}
	return m
}

// Final is the speaker as the whole story names it: a person's fullest
// name, a role's first description. Statements read before a fuller name
// appeared get it too.
func (r *Story) Final(sp Speaker) Speaker {
	if sp.ID <= 0 || sp.ID > len(r.entities) {
		return sp
	}
	e := r.entities[sp.ID-1]
	if k := r.namedLater(e); k != nil {
		e = k
	}
	f := r.speakerOf(e)
	f.disputed = sp.disputed
	if sp.written {
		f.Name, f.written = sp.Name, true
	}
	return r.undisputed(e, f)
}

// namedLater is the known person a definite role speaks as when the
// story names them only after it: "the President faced a decision" then
// "a meeting with President Velk". It is the one person the story calls
// by that title (of the role's party when it has one), whom the
// gazetteer knows to hold it: "the Velk administration" calls Velk
// nothing, and "former President Arno" is one more president. nil
// otherwise.
func (r *Story) namedLater(e *entity) *entity {
	if e.kind != mention.Role || e.named || e.plural || e.person >= 0 || strings.Contains(e.title, ",") || strings.Contains(e.title, " and ") {
		return nil // "the Deputy Secretary, Minister, and Vice Minister" are several
	}
	title := r.roleWords(e.title)
	if len(title) == 0 {
		return nil
	}
	party := r.speakerOf(e).Party
	var found *entity
	for _, k := range r.entities {
		if k.kind != mention.Person || !k.calledSo(title) || party >= 0 && k.party >= 0 && k.party != party {
			continue
		}
		if found != nil || k.person < 0 || !slices.Equal(r.roleWords(r.index.Person(k.person).Role), title) {
			return nil // two people the story calls so, or one it does not know
		}
		found = k
	}
	return found
}

// at moves the story to the mention's sentence.
func (r *Story) at(m mention.Mention) {
	if m.Sentence > r.sentence {
		r.sentence = m.Sentence
	}
	if m.Sentence >= 0 && m.Para > r.para {
		r.para = m.Para
	}
}

func (r *Story) speakerOf(e *entity) Speaker {
	sp := Speaker{Name: e.name, Role: e.title, Party: e.party, ID: e.id}
	switch e.kind {
	case mention.Person, mention.Role:
		sp.Person = !e.plural
		sp.Group = e.plural
	case mention.Group, mention.Other:
		sp.Group = e.many
	}
	if sp.Party < 0 && e.unsure >= 0 && r.confirmed[e.unsure] {
		sp.Party = e.unsure
	}
	if sp.Party < 0 && e.home && r.home >= 0 {
		sp.Party = r.home
	}
	return sp
}
