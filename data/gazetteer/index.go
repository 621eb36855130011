package gazetteer

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/brief-reader/brief/data/text"
)

// NameKind says what a name found in text is.
type NameKind uint8

const (
	PartyName  NameKind = iota + 1 // "Russia", "the Russian Federation", "NATO"
	Capital                        // "Moscow": the party speaking through its capital
	Demonym                        // "Russian", "Russians"
	Seat                           // "the Kremlin": a speaker of its own, of the party
	PersonName                     // a known person's full name or alias
)

// Party is one party: a state, an organisation, a group or a region.
type Party struct {
	Name string
	Kind string // state, observer, territory, organisation, group, region
}

// Person is one known person.
type Person struct {
	Name    string
	Surname string // "" when the name has none usable alone
	Role    string
	Party   string // canonical party name, "" when none
	Gender  byte   // 'm', 'f' or 0
	Aliases []string
}

// Hit is a name found at the start of a run of words.
type Hit struct {
	Kind    NameKind
	Party   int32 // the party it names, or -1
	Person  int32 // the person it names, or -1
	Len     int   // words matched
	NeedThe bool  // the name counts only after "the" ("the West")
}

// name is one way of writing a party or a person, as words.
type name struct {
	rest    []string // the words after the first
	party   int32
	person  int32
	kind    NameKind
	needThe bool
}

// Index is the gazetteer made searchable. It is immutable once built and
// safe for concurrent use; a briefing's own declarations make an overlay
// (With) that falls back to the index under it.
type Index struct {
	under    *Index
	parties  []Party
	people   []Person
	first    map[string][]name // by the exact text of the first word
	canon    map[string]int32  // normalised party name → party
	byName   map[string]int32  // normalised person name or alias → person
	surnames map[string][]int32
	tails    map[string][]int32 // normalised tail of a name or alias (tail.go) → people
	seats    map[string]bool
	bodies   map[string]body // normalised name of a seat written with its other names → the body
	bodyEnds map[string]bool // the last words of those names
	domains  map[string]int32
	words    Words
}

// Words is what the gazetteer must know of words, from the lexicon: how
// the text stage cuts names, and the suffixes a surname is not ("Jr.").
type Words interface {
	text.Words
	NameSuffix(lower string) bool
}

func newIndex(under *Index, words Words) *Index {
	return &Index{
		under: under, words: words,
		first: map[string][]name{}, canon: map[string]int32{}, byName: map[string]int32{},
		surnames: map[string][]int32{}, tails: map[string][]int32{}, seats: map[string]bool{}, bodies: map[string]body{}, bodyEnds: map[string]bool{}, domains: map[string]int32{},
	}
}

// New builds an index of the given entries, in order (later entries
// extend earlier ones: a user's file can add aliases to a built-in party).
// words is how the text stage reads abbreviations, so that names are cut
// into words as the text they are found in is.
func New(words Words, sources ...*Entries) (*Index, []error) {
	ix := newIndex(nil, words)
	var errs []error
	for _, s := range sources {
		if s != nil {
			errs = append(errs, ix.addParties(s.Parties)...)
		}
	}
	for _, s := range sources {
		if s != nil {
			errs = append(errs, ix.addPeople(s.People)...)
		}
	}
	ix.finish()
	return ix, errs
}

// With returns an overlay of ix that also knows the given entries (a
// briefing's front matter). Parties and people it names that ix knows are
// extended, not repeated. People may belong to parties neither knows.
// Overlay reports an index With made over another, for one document's
// own declarations: what is read from it holds for that document alone.
func (ix *Index) Overlay() bool { return ix.under != nil }

func (ix *Index) With(e Entries) (*Index, []error) {
	o := newIndex(ix, ix.words)
	errs := o.addParties(e.Parties)
	errs = append(errs, o.addPeople(e.People)...)
	o.finish()
	return o, errs
}

func (ix *Index) root() *Index {
	for ix.under != nil {
		ix = ix.under
	}
	return ix
}

// ids: an overlay's parties and people are numbered after its base's.
func (ix *Index) partyBase() int32 {
	if ix.under == nil {
		return 0
	}
	return ix.under.partyBase() + int32(len(ix.under.parties))
}

func (ix *Index) personBase() int32 {
	if ix.under == nil {
		return 0
	}
	return ix.under.personBase() + int32(len(ix.under.people))
}

// Party returns party id.
func (ix *Index) Party(id int32) Party {
	for o := ix; o != nil; o = o.under {
		if b := o.partyBase(); id >= b {
			if int(id-b) < len(o.parties) {
				return o.parties[id-b]
			}
			return Party{}
		}
	}
	return Party{}
}

// Person returns person id.
func (ix *Index) Person(id int32) Person {
	for o := ix; o != nil; o = o.under {
		if b := o.personBase(); id >= b {
			if int(id-b) < len(o.people) {
				return o.people[id-b]
			}
			return Person{}
		}
	}
	return Person{}
}

// PartyID finds a party by any of its names, case-insensitively.
func (ix *Index) PartyID(n string) (int32, bool) {
	return ix.partyOfKey(Normalize(n))
}

// partyOfKey is PartyID of a name already normalised.
func (ix *Index) partyOfKey(k string) (int32, bool) {
	for o := ix; o != nil; o = o.under {
		if id, ok := o.canon[k]; ok {
			return id, true
		}
	}
	return -1, false
}

// CanonicalParty maps any name of a party to its canonical name.
func (ix *Index) CanonicalParty(n string) (string, bool) {
	id, ok := ix.PartyID(n)
	if !ok {
		return "", false
	}
	return ix.Party(id).Name, true
}

// IsSeat reports whether n names a seat of government ("the Kremlin").
func (ix *Index) IsSeat(n string) bool {
	return ix.isSeatKey(Normalize(n))
}

// isSeatKey is IsSeat of a name already normalised.
func (ix *Index) isSeatKey(k string) bool {
	for o := ix; o != nil; o = o.under {
		if o.seats[k] {
			return true
		}
	}
	return false
}

// PersonID finds a known person by full name or alias.
func (ix *Index) PersonID(n string) (int32, bool) {
	k := Normalize(n)
	for o := ix; o != nil; o = o.under {
		if id, ok := o.byName[k]; ok {
			return id, true
		}
	}
	return -1, false
}

// BySurname lists the known people with this surname.
func (ix *Index) BySurname(s string) []int32 {
	var out []int32
	for o := ix; o != nil; o = o.under {
		out = append(out, o.surnames[s]...)
	}
	return out
}

// PartyOfURL is the party whose government publishes at the URL's host
// ("https://www.state.gov/…" → United States).
func (ix *Index) PartyOfURL(u string) (int32, bool) {
	i := strings.Index(u, "://")
	if i < 0 {
		return -1, false
	}
	host := u[i+3:]
	if j := strings.IndexAny(host, "/?#:"); j >= 0 {
		host = host[:j]
	}
	host = strings.ToLower(host)
	for host != "" {
		for o := ix; o != nil; o = o.under {
			if id, ok := o.domains[host]; ok {
				return id, true
			}
		}
		dot := strings.IndexByte(host, '.')
		if dot < 0 {
			break
		}
		host = host[dot+1:]
	}
	return -1, false
}

// Match finds the longest name that starts at words[0]. The words are
// token texts as written; matching is case-sensitive.
func (ix *Index) Match(words []string) (Hit, bool) {
	best := Hit{Party: -1, Person: -1}
	if len(words) == 0 {
		return best, false
	}
	for o := ix; o != nil; o = o.under {
		for _, n := range o.first[words[0]] {
			l := 1 + len(n.rest)
			if l <= best.Len || l > len(words) {
				continue
			}
			if slices.Equal(n.rest, words[1:l]) {
				best = Hit{Kind: n.kind, Party: n.party, Person: n.person, Len: l, NeedThe: n.needThe}
			}
		}
	}
	return best, best.Len > 0
}

// Normalize is the key of a name for case-insensitive lookups: lower
// case, single spaces, no leading "the", no final period.
func Normalize(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "’", "'")
	if !singleSpaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	s = strings.TrimPrefix(s, "the ")
	return strings.TrimSuffix(s, ".")
}

// singleSpaced reports a trimmed string whose words are apart by one
// plain space each, as strings.Fields and Join would leave it: most names
// are, and splitting them only to join them again was most of what
// Normalize allocated.
func singleSpaced(s string) bool {
	prev := ' '
	for _, r := range s {
		if r == ' ' && prev == ' ' || r != ' ' && unicode.IsSpace(r) {
			return false
		}
		prev = r
	}
	return s == "" || prev != ' '
}

// wordsOf cuts a name into words as the text stage would.
func (ix *Index) wordsOf(s string) []string {
	toks := text.Tokenize(s, ix.words, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = s[t.Start:t.End]
	}
	return out
}

func (ix *Index) addName(s string, n name) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "the ") {
		n.needThe = true
		s = s[4:]
	}
	w := ix.wordsOf(s)
	if len(w) == 0 {
		return ""
	}
	n.rest = w[1:]
	ix.first[w[0]] = append(ix.first[w[0]], n)
	return s
}

// addParties adds party entries; an entry whose name is already known
// extends that party instead of making a second one.
func (ix *Index) addParties(entries []PartyEntry) []error {
	var errs []error
	for _, e := range entries {
		id, ok := ix.PartyID(e.Name)
		if !ok {
			id = ix.partyBase() + int32(len(ix.parties))
			ix.parties = append(ix.parties, Party{Name: e.Name, Kind: e.Kind})
		}
		add := func(s string, kind NameKind) {
			if strings.TrimSpace(s) == "" {
				return
			}
			ix.addName(s, name{party: id, person: -1, kind: kind})
			k := Normalize(s)
			if old, dup := ix.PartyID(k); dup && old != id {
				errs = append(errs, &Error{e.path, e.line, fmt.Sprintf("%q already names %s", s, ix.Party(old).Name)})
				return
			}
			ix.canon[k] = id
			if kind == Seat {
				ix.seats[k] = true
			}
		}
		for _, d := range e.Domains {
			ix.domains[strings.ToLower(strings.TrimSpace(d))] = id
		}
		add(e.Name, PartyName)
		add(e.Official, PartyName)
		for _, a := range e.Aliases {
			add(a, PartyName)
		}
		add(e.Capital, Capital)
		for _, d := range e.Demonyms {
			add(d, Demonym)
		}
		for _, s := range e.Seats {
			// "Environmental Protection Agency = EPA": one body, each
			// name a seat
			names := strings.Split(s, " = ")
			for _, n := range names {
				add(n, Seat)
			}
			if len(names) > 1 {
				ix.addBody(names, id)
			}
		}
	}
	return errs
}

// addPeople adds known people. A party the index does not know is kept
// as written (a briefing may declare a speaker of a party it names only
// there), but a user's file is told about it.
func (ix *Index) addPeople(entries []PersonEntry) []error {
	var errs []error
	for _, e := range entries {
		party := e.Party
		if e.Party != "" {
			if c, ok := ix.CanonicalParty(e.Party); ok {
				party = c
			} else if ix.under == nil {
				errs = append(errs, &Error{e.path, e.line, fmt.Sprintf("party %q is not in the gazetteer", e.Party)})
			}
		}
		if id, ok := ix.PersonID(e.Name); ok && id >= ix.personBase() {
			p := &ix.people[id-ix.personBase()]
			if e.Role != "" {
				p.Role = e.Role
			}
			if party != "" {
				p.Party = party
			}
			for _, a := range e.Aliases {
				ix.addPersonName(id, a)
			}
			continue
		}
		id := ix.personBase() + int32(len(ix.people))
		surname := e.Surname
		if surname == "" {
			surname = ix.defaultSurname(e.Name)
		}
		if surname == "-" {
			surname = ""
		}
		var gender byte
		if e.Gender != "" {
			gender = e.Gender[0]
		}
		ix.people = append(ix.people, Person{Name: e.Name, Surname: surname, Role: e.Role, Party: party, Gender: gender})
		ix.addPersonName(id, e.Name)
		for _, a := range e.Aliases {
			ix.addPersonName(id, a)
		}
		if surname != "" {
			ix.surnames[surname] = append(ix.surnames[surname], id)
		}
	}
	return errs
}

func (ix *Index) addPersonName(id int32, n string) {
	n = strings.TrimSpace(n)
	if n == "" {
		return
	}
	ix.addName(n, name{party: -1, person: id, kind: PersonName})
	ix.byName[Normalize(n)] = id
	ix.addTails(id, n)
	p := &ix.people[id-ix.personBase()]
	if n != p.Name {
		p.Aliases = append(p.Aliases, n)
	}
}

// defaultSurname is the last word of a name, unless that is a suffix
// that does not stand alone ("Jr.", "III").
func (ix *Index) defaultSurname(n string) string {
	f := strings.Fields(n)
	for len(f) > 1 {
		if ix.words != nil && ix.words.NameSuffix(strings.ToLower(f[len(f)-1])) {
			f = f[:len(f)-1]
			continue
		}
		return f[len(f)-1]
	}
	return ""
}

// finish orders each list longest first.
func (ix *Index) finish() {
	for _, l := range ix.first {
		if len(l) > 1 {
			slices.SortStableFunc(l, func(a, b name) int { return len(b.rest) - len(a.rest) })
		}
	}
}

// Parties lists every party the index knows, those of the index under it
// first.
func (ix *Index) Parties() []Party {
	if ix == nil {
		return nil
	}
	return append(ix.under.Parties(), ix.parties...)
}

// People lists every person the index knows, those of the index under it
// first.
func (ix *Index) People() []Person {
	if ix == nil {
		return nil
	}
	return append(ix.under.People(), ix.people...)
}
