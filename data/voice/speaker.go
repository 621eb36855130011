package voice

import (
	"strings"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/resolve"
)

// doc is the state of reading one document: its home party and the
// people its head names (the title, the bylines), whom a transcript's
// labels and a title's "the President" stand for.
type doc struct {
	r     *Reader
	d     *Document
	home  int32 // the publishing government's party, or -1
	title []word
	cast  []member
	// holders caches knownHolders by party and title
	holders map[string]holders
	// officials: the document is a press call of the home government's
	// anonymous officials
	officials bool
	// runIns: paragraphs of the document open with run-in headings
	// ("Roads: …", "Bridges: …"), so one whose heading reads as a title
	// and an unknown name ("Major Harbour Projects: …") is one more
	runIns bool
	// opener is the kind of the title's opener ("author", "joint",
	// "narration"), "" when it has none
	opener string
	// bylined: the author is a person the byline names
	bylined bool
}

// speaker is the resolved speaker of one member.
func (c *doc) speaker(m *member) resolve.Speaker {
	ix := c.r.Index
	sp := resolve.Speaker{Party: m.party}
	title := c.role(m.title)
	switch {
	case m.person >= 0:
		p := ix.Person(m.person)
		sp.Name, sp.Role, sp.Person = p.Name, p.Role, true
		if id, ok := ix.PartyID(p.Party); ok {
			sp.Party = id
		}
		if sp.Party < 0 {
			sp.Party = m.party
		}
	case len(m.name) > 0:
		sp.Name, sp.Role, sp.Person = strings.Join(m.name, " "), title, true
		if len(m.name) == 1 && len(m.title) > 0 {
			// "Foreign Minister Velk", "Ms. Velk": a surname alone is no name
			sp.Name = strings.Join(m.title, " ") + " " + sp.Name
		}
	case m.kind == partyMember:
		sp.Name = ix.Party(m.party).Name
	case m.kind == bodyMember:
		sp.Name = m.text
	default:
		return c.byTitle(m.title, m.party)
	}
	return sp
}

// role is a title without its honorifics: "Dr. Ana Velk, Minister of
// Water" has the role "Minister of Water", "Ms. Velk" none.
func (c *doc) role(title []string) string {
	var out []string
	for _, w := range title {
		if !c.r.Lexicon.Is(w, lexicon.Honorific) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// byTitle resolves a title that stands for a person ("the President",
// "THE SECRETARY"): one of the document's cast who holds it, or the one
// known person of the home party who does. Unresolved, the title is the
// speaker, of the home party when the home government has such an office
// or the title is one of the home's groups ("Senior Administration
// Official").
func (c *doc) byTitle(title []string, party int32) resolve.Speaker {
	name := strings.Join(title, " ")
	sp := resolve.Speaker{Name: name, Role: name, Party: party}
	var best *member
	for i := range c.cast {
		m := &c.cast[i]
		if m.kind != personMember || !m.named() || !c.holds(m, title) || party >= 0 && c.partyOf(m) != party {
			continue
		}
		if best == nil || c.partyOf(m) == c.home && c.partyOf(best) != c.home {
			best = m
		}
	}
	if best != nil {
		return c.speaker(best)
	}
	if party < 0 && c.home >= 0 && c.homeTitle(title) {
		sp.Party = c.home
	}
	if id, ok := c.knownHolder(title, sp.Party); ok {
		m := member{kind: personMember, person: id, party: -1}
		return c.speaker(&m)
	}
	return sp
}

func (c *doc) partyOf(m *member) int32 {
	if m.person >= 0 {
		if id, ok := c.r.Index.PartyID(c.r.Index.Person(m.person).Party); ok {
			return id
		}
	}
	return m.party
}

// holds reports whether m's title (as written, or the known person's
// role) is title or a longer form of it: "the Secretary" for "Secretary
// of State", not for "Deputy Secretary".
func (c *doc) holds(m *member, title []string) bool {
	if sameOffice(c.r.Lexicon, m.title, title) {
		return true
	}
	if m.person >= 0 {
		return sameOffice(c.r.Lexicon, strings.Fields(c.r.Index.Person(m.person).Role), title)
	}
	return false
}

// sameOffice: the words up to the title's head agree ("Vice President"
// is no "President"); the held title may go on after it ("Secretary of
// State" is "the Secretary"). Only title words and [office links] are:
// words that name a party ("Kestrian") and "the" are no part of the office.
func sameOffice(l *lexicon.Lexicon, held, title []string) bool {
	core := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			if e := l.Lookup(w); e == nil || e.Definite || e.Class&(lexicon.TitleHead|lexicon.TitleWord) == 0 && !e.OfficeLink {
				continue
			}
			out = append(out, strings.ToLower(w))
		}
		return out
	}
	h, t := core(held), core(title)
	if len(t) == 0 || len(h) < len(t) {
		return false
	}
	for i := range t {
		if h[i] != t[i] {
			return false
		}
	}
	// what follows must not make another office of it: "Secretary of
	// State" is the Secretary, "President Emeritus" would not be
	return len(h) == len(t) || h[len(t)] == "of"
}

// homeTitle: the home government has an office of this title (a known
// person of the home party holds it), or the title names one of the
// home's own groups ("official", "administration").
func (c *doc) homeTitle(title []string) bool {
	if c.homeGroup(title) {
		return true
	}
	_, found := c.knownHolders(title, c.home)
	return found > 0
}

// homeGroup: the title names one of the home's own groups ("official",
// "administration"): a person the publisher does not name is its own.
func (c *doc) homeGroup(title []string) bool {
	for _, w := range title {
		if e := c.r.Lexicon.Lookup(w); e != nil && e.Class&lexicon.Group != 0 && e.Group == lexicon.HomeGroup {
			return true
		}
	}
	return false
}

// knownHolder is the one known person of the party who holds the title.
func (c *doc) knownHolder(title []string, party int32) (int32, bool) {
	if party < 0 {
		return -1, false
	}
	id, n := c.knownHolders(title, party)
	return id, n == 1
}

type holders struct {
	one int32
	n   int
}

func (c *doc) knownHolders(title []string, party int32) (int32, int) {
	key := strings.ToLower(strings.Join(title, " ")) + "\x00" + string(rune(party+1))
	if h, ok := c.holders[key]; ok {
		return h.one, h.n
	}
	one, n := c.findHolders(title, party)
	c.holders[key] = holders{one, n}
	return one, n
}

func (c *doc) findHolders(title []string, party int32) (int32, int) {
	ix := c.r.Index
	found, n := int32(-1), 0
	for id := int32(0); ; id++ {
		p := ix.Person(id)
		if p.Name == "" {
			break
		}
		if pid, ok := ix.PartyID(p.Party); !ok || pid != party {
			continue
		}
		if strings.Count(p.Role, " ")+1 == len(title) && strings.EqualFold(p.Role, strings.Join(title, " ")) {
			found = id
			n++
		}
	}
	return found, n
}

// group is the speaker of several members together: "Ana Velk and Ilse
// Marrow", "Kestria, Tesmar, and Orlavia". Its party is theirs when they
// all have the same one, else none.
func (c *doc) group(ms []member) resolve.Speaker {
	if len(ms) == 1 {
		return c.speaker(&ms[0])
	}
	var names []string
	party := int32(-2)
	for i := range ms {
		sp := c.speaker(&ms[i])
		names = append(names, sp.Name)
		switch {
		case party == -2:
			party = sp.Party
		case party != sp.Party:
			party = -1
		}
	}
	if party < 0 {
		party = -1
	}
	return resolve.Speaker{Name: joinNames(names), Party: party, Group: true}
}

// named is the speaker of members read from src. A list of parties and
// bodies, and a party named as its government ("the Government of
// Kestria", "the G7 foreign ministers"), keep their phrase as written,
// with its article, as the text calls them; people and a bare party are
// named as the gazetteer names them.
func (c *doc) named(ms []member, src string) resolve.Speaker {
	sp := c.group(ms)
	if len(ms) == 0 {
		return sp
	}
	parties := false
	for i := range ms {
		parties = parties || ms[i].kind == partyMember
	}
	for i := range ms {
		// people go by their names; an office among parties ("the
		// Secretary of State of Kestria and the Foreign Ministers of
		// Tesmar and Orlavia") keeps the list as written
		if ms[i].kind == personMember && (ms[i].named() || !parties) {
			return sp
		}
	}
	at, end := ms[0].at, ms[len(ms)-1].end
	if at < 0 || end > len(src) || at >= end {
		return sp
	}
	written := strings.Join(strings.Fields(src[at:end]), " ") // a no-break space is a space
	if len(ms) == 1 {
		bare := written
		if len(bare) > 4 && strings.EqualFold(bare[:4], "the ") {
			bare = bare[4:]
		}
		if _, party := c.r.Index.PartyID(bare); party || !c.bodyWords(written) {
			return sp // "Kestria", "the United States", "the Republic of Orlavia": the party
		}
	}
	sp.Name = written
	return sp
}

// bodyWords: the phrase names a party by a body of it ("Government",
// "ministers", "Council").
func (c *doc) bodyWords(s string) bool {
	ws := c.r.words(s)
	for i := range ws {
		if ws[i].is(lexicon.Group) || ws[i].is(lexicon.Organisation) || ws[i].titleWord() {
			return true
		}
	}
	return false
}

func joinNames(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	case 2:
		return ns[0] + " and " + ns[1]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + ", and " + ns[len(ns)-1]
}

// homeParty is the party whose government publishes the document: by
// the address it was published at, or a publisher the gazetteer knows.
func (r *Reader) homeParty(d *Document) int32 {
	if id, ok := r.Index.PartyOfURL(d.Source); ok {
		return id
	}
	if d.Publisher != "" {
		ws := r.words(d.Publisher)
		for i := range ws {
			if h, ok := r.partyAt(ws, i); ok && (h.Kind == gazetteer.PartyName || h.Kind == gazetteer.Seat) {
				return h.Party
			}
		}
	}
	return -1
}
