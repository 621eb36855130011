package resolve

import (
	"slices"
	"strings"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
)

// entity is one person, body or group of a story, however often and
// however it is named.
type entity struct {
	id      int // from 1
	kind    mention.Kind
	name    string     // what the story calls it: a person's fullest name, a role's first description
	key     string     // a body's or group's name, normalised, that its mentions share
	body    string     // the gazetteer's name of a body it knows by several ("EPA"), or ""
	words   []string   // a person's name, word by word, without suffixes ("Jr.")
	suffix  string     // the suffix that tells a son from his father ("Jr.")
	title   string     // the latest title as written ("Foreign Minister")
	called  [][]string // the titles its mentions gave it, as role words (not the gazetteer's)
	roles   [][]string
	party   int32
	unsure  int32 // a party named only by an unsure name ("Georgia")
	person  int32 // known person, or -1
	gender  byte
	taught  bool // the gender was learnt from a pronoun, not said
	plural  bool // takes "they": a group, or a body
	many    bool // grammatically plural: "experts", "the two sides", not "the Council"
	human   bool // something said it is a person
	place   bool // something said it is a place
	spoke   bool
	subject bool // a subject of a clause once
	home    bool // speaks for the document's home party when nothing else says
	named   bool // a role that a later mention named
	members bool // a group of people named together ("Velk and Arno")
	bare    bool // called by the surname alone once ("Velk said")
	// epithetOf is the named person a description stands for ("the
	// retired surgeon" just after "Ana Velk"): the description speaks as
	// written, and a pronoun after it is that person's (epithet.go)
	epithetOf *entity
	order     int   // order of its first mention in the headline, from 1; 0 when not there
	refs      []ref // recent mentions, for salience
	last      int   // sentence of the last mention
	lastPara  int   // paragraph of the last mention
	lastPos   int   // how many mentions the story had read at the last one
}

// ref is one mention of an entity, for salience.
type ref struct {
	sentence int
	weight   float64
	subject  bool // the subject or the speaker of its clause, not inside what someone says
}

// Salience weights: a speaker is the likeliest antecedent, then a
// subject; a mention inside another phrase counts least.
const (
	weightRecency   = 50
	weightSpeaker   = 190
	weightSubject   = 130
	weightElsewhere = 50
	weightPossessor = 10
	// weightParallel rewards, for a subject pronoun that opens its
	// sentence, the subject of the sentence before: "Rice and Reynoso
	// thanked the participants. They reiterated …" is Rice and Reynoso.
	weightParallel = 90
	maxRefs        = 8
)

// mentioned records a mention of e at the story's current sentence.
func (e *entity) mentioned(r *Story, m mention.Mention, pos Position, speaker bool) {
	w := float64(weightRecency)
	embedded := pos&Embedded != 0
	pos &^= Embedded
	switch {
	case speaker:
		w += weightSpeaker
		e.spoke = true
	case pos == Subject:
		w += weightSubject
		e.subject = true
	case pos == Possessor:
		w += weightPossessor
	case pos == Headline:
		w = 0 // named in the title: known to the reader, not salient in the text
		if e.order == 0 {
			e.order = r.headlineCount()
		}
	default:
		w += weightElsewhere
	}
	if embedded {
		w /= 2
	}
	sentence := m.Sentence
	subject := (speaker || pos == Subject) && !embedded
	if n := len(e.refs); n > 0 && e.refs[n-1].sentence == sentence {
		if w > e.refs[n-1].weight {
			e.refs[n-1].weight = w
		}
		e.refs[n-1].subject = e.refs[n-1].subject || subject
	} else {
		if len(e.refs) == maxRefs {
			// slide in place: re-slicing the front away shrank the
			// capacity, and every few mentions the append allocated again
			copy(e.refs, e.refs[1:])
			e.refs = e.refs[:maxRefs-1]
		}
		e.refs = append(e.refs, ref{sentence, w, subject})
	}
	e.last = sentence
	if m.Sentence >= 0 {
		e.lastPara = m.Para
	}
	r.seen++
	e.lastPos = r.seen
	if m.Human && m.Kind != mention.Pronoun {
		e.human = true
	}
	if m.Place && !e.human {
		e.place = true
	}
	if e.party < 0 && m.Kind != mention.Pronoun {
		e.party = m.Party
	}
	if e.unsure < 0 && m.Unsure >= 0 {
		e.unsure = m.Unsure
	}
}

// headlineCount numbers the entities the headline names, in order.
func (r *Story) headlineCount() int {
	n := 0
	for _, e := range r.entities {
		if e.order > 0 {
			n++
		}
	}
	return n + 1
}

func (r *Story) newEntity(kind mention.Kind, name string) *entity {
	e := &entity{id: len(r.entities) + 1, kind: kind, name: name, party: -1, unsure: -1, person: -1, last: -1}
	r.entities = append(r.entities, e)
	return e
}

// person finds or makes the entity of a named person: the same known
// person, the same name, a surname ("Lavrov", "Mr. Lavrov") of one seen
// before whose gender and given name agree, or a role the story
// introduced and now names ("The official, Jonas Vell, said").
func (r *Story) person(m *mention.Mention) *entity {
	words, suffix := r.nameWords(m.Name)
	if len(words) == 0 {
		return r.role(*m)
	}
	e := r.samePerson(*m, words, suffix)
	if e != nil && r.surnameNamesParty(e, *m, words) {
		m.Party = -1 // "Cuban said" of Mark Cuban: his name, not Cuba
	}
	if e == nil && m.Definite && m.Title != "" {
		e = r.namedRole(*m)
	}
	if e == nil {
		e = r.newEntity(mention.Person, strings.Join(words, " "))
		if m.Person < 0 && len(words) == 1 {
			r.knownBySurname(e, *m, words[0])
		}
	}
	r.learnPerson(e, *m, words, suffix)
	return e
}

// surnameNamesParty reports a lone name of a person named in full before
// that is also a party's name or demonym ("Cuban" of Mark Cuban, "Kestrian"
// of Tom Kestrian): the party the mention has is the name's, not the
// person's.
func (r *Story) surnameNamesParty(e *entity, m mention.Mention, words []string) bool {
	if r.index == nil || m.Party < 0 || m.Person >= 0 || len(words) != 1 || len(e.words) < 2 || !strings.EqualFold(e.words[len(e.words)-1], words[0]) {
		return false
	}
	h, ok := r.index.Match(words)
	return ok && h.Len == 1 && h.Person < 0 && h.Party == m.Party
}

// namedRole finds the unnamed role a definite description with a name
// stands for: "a top administration official … The official, Jonas
// Vell, said".
func (r *Story) namedRole(m mention.Mention) *entity {
	head := m.Head
	if head == "" {
		title := r.roleWords(m.Title)
		if len(title) == 0 {
			return nil
		}
		head = title[len(title)-1]
	}
	for i := len(r.entities) - 1; i >= 0; i-- {
		e := r.entities[i]
		if e.kind != mention.Role || e.named || e.plural {
			continue
		}
		for _, role := range e.roles {
			if len(role) > 0 && role[len(role)-1] == head {
				e.kind, e.named = mention.Person, true
				return e
			}
		}
	}
	return nil
}

// learnPerson teaches the entity what a mention says of it.
func (r *Story) learnPerson(e *entity, m mention.Mention, words []string, suffix string) {
	if e.kind == mention.Role && !e.named {
		e.kind = mention.Person
	}
	if m.Person >= 0 && e.person < 0 {
		r.learnKnown(e, m.Person)
	}
	if e.person < 0 && (len(words) > len(e.words) || suffix != "" && e.suffix == "") {
		// a fuller mention names it: "Lavrov" then "Sergei Lavrov"
		e.words, e.suffix = words, suffix
		e.name = strings.Join(words, " ")
		if suffix != "" {
			e.name += " " + suffix
		}
	}
	if len(words) == 1 {
		e.bare = true
	}
	if m.Title != "" {
		e.title = m.Title
		words := r.roleWords(m.Title)
		e.addRole(words)
		if !slices.ContainsFunc(e.called, func(c []string) bool { return slices.Equal(c, words) }) {
			e.called = append(e.called, words)
		}
	}
	if m.Gender != 0 && (e.gender == 0 || e.taught) {
		e.gender, e.taught = m.Gender, false
	}
	// an office the text does not tie to another party ("Acting Assistant
	// Secretary Jonas Marr" in a Tesmari release) is the home's when
	// nothing else in the story says whose it is
	if m.Title != "" && m.Party < 0 && m.Unsure < 0 && !m.Qualified {
		title := r.roleWords(m.Title)
		head := lastWord(title)
		if h := r.lexicon.Lookup(head); h != nil && h.Class&lexicon.TitleHead != 0 && !r.foreignOffice(title) {
			e.home = true // "Prime Minister Velk" of a home with no prime minister is not
		}
		if p := r.spokenFor(m, head); p >= 0 && e.party < 0 {
			e.party = p // "The Kremlin rejected … Spokesman Dmitry Orlan said"
		}
	}
}

// learnKnown makes e the known person id: the gazetteer's name, role,
// gender and party.
func (r *Story) learnKnown(e *entity, id int32) {
	p := r.index.Person(id)
	e.person = id
	e.name = p.Name
	e.words, e.suffix = r.nameWords(p.Name)
	if e.title == "" {
		e.title = p.Role
	}
	e.addRole(r.roleWords(p.Role))
	if p.Gender != 0 {
		e.gender, e.taught = p.Gender, false
	}
	e.human = true
	if pid, ok := r.index.PartyID(p.Party); ok {
		e.party = pid
	}
}

// nameWords cuts a name into words, without the suffixes that are no
// surname ("Jr.", "III") or a trailing possessive.
func (r *Story) nameWords(name string) (words []string, suffix string) {
	f := strings.Fields(name)
	for len(f) > 1 && r.lexicon.Is(strings.TrimSuffix(f[len(f)-1], ","), lexicon.NameSuffix) {
		suffix = strings.TrimSuffix(f[len(f)-1], ",")
		f = f[:len(f)-1]
	}
	for i, w := range f {
		f[i] = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, ","), "'s"), "’s")
	}
	return f, suffix
}

// role makes the entity of a person named only by role or description:
// "a senior official", "the minister" no one was seen with.
func (r *Story) role(m mention.Mention) *entity {
	holder, ok := r.officeHolder(m)
	if ok {
		if e := r.knownEntity(holder); e != nil {
			return e
		}
	}
	e := r.newEntity(mention.Role, m.Text)
	e.title = m.Title
	if p, ok := r.places[m.Where]; ok && m.Where != "" {
		e.party = p
	}
	e.human = true
	e.gender = m.Gender
	words := r.expand(append(append([]string(nil), m.Modifiers...), m.Head))
	e.addRole(words)
	if p := r.spokenFor(m, m.Head); p >= 0 && e.party < 0 {
		e.party = p // "Kestria declined to comment. A spokesman said"
	}
	// the document's home speaks through its own officials ("a
	// spokesperson") and, in its own prose, through a capitalised bare
	// title ("The Secretary"); a title the text qualifies ("the Kestrian
	// minister", "Greenland's premier") is someone else's, and a named
	// person's party is only what the text or the gazetteer says
	if m.Party < 0 && m.Unsure < 0 && !m.Qualified {
		h := r.lexicon.Lookup(m.Head)
		if h != nil && (h.Group == lexicon.HomeGroup || h.Class&lexicon.TitleHead != 0 && m.Capital && len(r.content(m.Modifiers)) == 0 && !r.foreignOffice(words)) {
			e.home = true
		}
	}
	if ok {
		r.learnKnown(e, holder)
		e.kind = mention.Person
	}
	return e
}

// group finds or makes the entity of a body, a group, a document or any
// other speaker: the same party for a body that is a party's name, else
// the same words.
func (r *Story) group(m mention.Mention) *entity {
	name := m.Text
	var key string
	switch {
	case m.Kind == mention.Body && m.PartyName && m.Party >= 0:
		// a party speaks by its own name, however the text names it:
		// "Ostrava Nova said" is Kestria
		name = r.index.Party(m.Party).Name
		key = gazetteer.Normalize(name)
	case (m.Kind == mention.Body || m.Owned != "") && m.Name != "":
		// a body is known by its name ("the Kremlin" of "the Kremlin's
		// statement" is the Kremlin), or its owner's: "his office" is
		// Jon Arno's
		key = gazetteer.Normalize(m.Name)
	default:
		key = gazetteer.Normalize(m.Text) // anything else by its words
	}
	// a body the gazetteer knows by several names is one however the
	// story names it: "the EPA" after "the Environmental Protection Agency"
	body := ""
	if m.Kind == mention.Body && m.Name != "" && !m.PartyName && r.index != nil {
		body, _, _ = r.index.BodyOfKey(key)
	}
	for _, e := range r.entities {
		if e.kind == m.Kind && e.key == key {
			return e
		}
		if e.kind == m.Kind && body != "" && e.body == body {
			return e
		}
	}
	if e := r.shortBody(m, key); e != nil {
		return e
	}
	e := r.newEntity(m.Kind, name)
	e.key, e.body = key, body
	if p, ok := r.places[m.Where]; ok && m.Where != "" {
		e.party = p // "officials in Ruvo", Ruvo being in Kestria
	}
	e.plural = m.Plural || m.Kind == mention.Group || m.Kind == mention.Body
	e.many = m.Plural
	e.members = m.Members
	e.title = m.Title
	if m.Kind == mention.Group && m.Party < 0 && m.Unsure < 0 && !m.Qualified && !m.Joint {
		if h := r.lexicon.Lookup(m.Head); h != nil && h.Group == lexicon.HomeGroup && !r.sharedOfficials(m) {
			e.home = true
		}
	}
	if m.Kind == mention.Body && m.Party < 0 && m.Unsure < 0 && !m.Qualified && r.homeBody(m.Name) {
		e.home = true
	}
	return e
}

// homeBody reports a body named by one of the home's own group words
// alone, capitalised as a name ("the Administration", "The Government"):
// the home's, as "the administration" is.
func (r *Story) homeBody(name string) bool {
	f := strings.Fields(name)
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	if len(f) != 1 {
		return false
	}
	h := r.lexicon.Lookup(strings.ToLower(f[0]))
	return h != nil && h.Class&lexicon.Group != 0 && h.Group == lexicon.HomeGroup
}

// addRole records one title's words, once.
func (e *entity) addRole(words []string) {
	if len(words) == 0 {
		return
	}
	for _, r := range e.roles {
		if slices.Equal(r, words) {
			return
		}
	}
	e.roles = append(e.roles, words)
}

// calledSo reports whether a mention's title ends with these role words:
// "President Velk", "former President Velk".
func (e *entity) calledSo(title []string) bool {
	for _, c := range e.called {
		if len(c) >= len(title) && slices.Equal(c[len(c)-len(title):], title) {
			return true
		}
	}
	return false
}

func agreeGender(a, b byte) bool { return a == 0 || b == 0 || a == b }

func lastWord(w []string) string {
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// shortBody is the body a definite one-word name stands for when the
// story named one body, and only one, by a longer name ending in that
// word: "the Post" after "The Washington Post", "the Department" after
// "the State Department". Nil otherwise.
func (r *Story) shortBody(m mention.Mention, key string) *entity {
	if m.Kind != mention.Body || !m.Definite || m.PartyName || strings.Contains(key, " ") || gazetteer.Normalize(m.Text) != key ||
		!r.lexicon.Is(key, lexicon.Organisation) {
		return nil // "the Center on Budget …" is no short name
	}
	if h := r.lexicon.Lookup(key); h != nil && h.Group == lexicon.HomeGroup {
		return nil // "the Administration" of a release is its own government's, not the last one named
	}
	var found *entity
	for _, e := range r.entities {
		if e.kind != mention.Body || !strings.HasSuffix(e.key, " "+key) || !strings.HasSuffix(gazetteer.Normalize(e.name), " "+key) {
			continue
		}
		if found != nil {
			return nil // two departments: which one is not said
		}
		found = e
	}
	return found
}
