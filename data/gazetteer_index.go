package data

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

type aliasKind uint8

const (
	akName    aliasKind = iota // the name, the official name, an alias
	akCapital                  // the capital: "Moscow said" is Russia speaking
	akDemonym                  // "Russian officials"
	akSeat                     // "the Kremlin": a speaker of its own, of the party
)

type partyInfo struct {
	name string
	kind string
}

type personInfo struct {
	name    string
	surname string // "" when the name has none usable alone
	role    string
	party   string
	gender  byte
	aliases []string
}

// nameSeq is one way of writing a party or a person, as tokens.
type nameSeq struct {
	rest    []string // the tokens after the first
	party   int32    // -1 for a person
	person  int32    // -1 for a party
	kind    aliasKind
	needThe bool // "the West": only with its article
	surface string
}

// gazIndex is the gazetteer made searchable. Built once per Attributor
// (or per briefing, for what its front matter declares) and then only read.
type gazIndex struct {
	parties    []partyInfo
	people     []personInfo
	first      map[string][]nameSeq // by the exact text of the first token
	canon      map[string]int32     // normalised name → party
	surnames   map[string][]int32   // surname → people
	byName     map[string]int32     // normalised full name or alias → person
	seats      map[string]bool      // normalised names of seats of government
	domains    map[string]int32     // web domain of a government → party
	lowerFirst []string             // first tokens that start lower-case ("al-Qaeda"): few
	base       int32                // ids in this index start here (an overlay's follow the global ones)
	pbase      int32
}

func newGazIndex(base, pbase int32) *gazIndex {
	return &gazIndex{
		first: map[string][]nameSeq{}, canon: map[string]int32{},
		surnames: map[string][]int32{}, byName: map[string]int32{}, seats: map[string]bool{},
		domains: map[string]int32{},
		base:    base, pbase: pbase,
	}
}

// normName is the key of a name for case-insensitive lookups.
func normName(s string) string {
	if k, ok := normASCII(s); ok {
		return k
	}
	return normNameSlow(s)
}

func normNameSlow(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimPrefix(s, "the ")
	return strings.TrimSuffix(s, ".")
}

// normASCII is normName for the common case of a plain ASCII name, in one
// pass and at most one allocation (none when s is already its own key).
// ok is false for anything else; TestNormNameFast checks the two agree.
func normASCII(s string) (string, bool) {
	clean := true // s is already lower-case with single spaces
	prevSpace := true
	n := 0 // length of the key
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return "", false
		case c == ' ':
			if prevSpace {
				clean = false
				continue
			}
			prevSpace = true
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return "", false
		default:
			if 'A' <= c && c <= 'Z' {
				clean = false
			}
			prevSpace = false
		}
		n++
	}
	var k string
	if clean && !prevSpace {
		k = s
	} else {
		b := make([]byte, 0, n)
		prevSpace = true
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == ' ' {
				if !prevSpace {
					b = append(b, ' ')
				}
				prevSpace = true
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			prevSpace = false
		}
		if len(b) > 0 && b[len(b)-1] == ' ' {
			b = b[:len(b)-1]
		}
		k = string(b)
	}
	k = strings.TrimPrefix(k, "the ")
	return strings.TrimSuffix(k, "."), true
}

func aliasTokens(tz *tokenizer, s string) []string {
	return aliasTokensBuf(tz, s, nil)
}

// aliasTokensBuf is aliasTokens reusing *scratch for the tokenizer's
// working slice: an index build tokenizes thousands of short names.
func aliasTokensBuf(tz *tokenizer, s string, scratch *[]token) []string {
	var toks []token
	if scratch != nil {
		toks = tz.tokenize(s, (*scratch)[:0])
		*scratch = toks
	} else {
		toks = tz.tokenize(s, nil)
	}
	out := make([]string, len(toks))
	for i := range toks {
		out[i] = toks[i].text(s)
	}
	return out
}

// reserve sizes the empty maps of a fresh index for about n names, so the
// built-in gazetteer's thousands are not inserted through rehashes.
func (g *gazIndex) reserve(n int) {
	if len(g.first) == 0 && n > 64 {
		g.first = make(map[string][]nameSeq, n)
		g.canon = make(map[string]int32, n)
	}
}

func (g *gazIndex) reservePeople(n int) {
	if len(g.byName) == 0 && n > 64 {
		g.byName = make(map[string]int32, 2*n)
		g.surnames = make(map[string][]int32, n)
		if len(g.first) < 64 {
			g.first = make(map[string][]nameSeq, 3*n)
		}
	}
}

// resolveParty finds a party by any of its names in this index or in the
// global one under it.
func (g *gazIndex) resolveParty(name string, under *gazIndex) (int32, bool) {
	k := normName(name)
	if id, ok := g.canon[k]; ok {
		return id, true
	}
	if under != nil {
		if id, ok := under.canon[k]; ok {
			return id, true
		}
	}
	return -1, false
}

// addParties adds party entries; an entry whose name is already known
// extends that party instead of making a second one.
func (g *gazIndex) addParties(tz *tokenizer, entries []PartyEntry, under *gazIndex) []error {
	var errs []error
	names := 0
	for _, e := range entries {
		names += 3 + len(e.Aliases) + len(e.Demonyms) + len(e.Seats)
	}
	g.reserve(names)
	var scratch []token
	for _, e := range entries {
		id, ok := g.resolveParty(e.Name, under)
		if !ok {
			id = g.base + int32(len(g.parties))
			g.parties = append(g.parties, partyInfo{name: e.Name, kind: e.Kind})
		}
		add := func(s string, kind aliasKind) {
			s = strings.TrimSpace(s)
			if s == "" {
				return
			}
			needThe := false
			if strings.HasPrefix(s, "the ") {
				needThe = true
				s = s[4:]
			}
			toks := aliasTokensBuf(tz, s, &scratch)
			if len(toks) == 0 {
				return
			}
			g.first[toks[0]] = append(g.first[toks[0]], nameSeq{rest: toks[1:], party: id, person: -1, kind: kind, needThe: needThe, surface: s})
			k := normName(s)
			if old, dup := g.canon[k]; dup && old != id {
				errs = append(errs, &GazetteerError{e.path, e.line, fmt.Sprintf("%q already names %s", s, g.partyNameIn(old, under))})
				return
			}
			g.canon[k] = id
			if kind == akSeat {
				g.seats[k] = true
			}
		}
		for _, d := range e.Domains {
			g.domains[strings.ToLower(strings.TrimSpace(d))] = id
		}
		add(e.Name, akName)
		add(e.Official, akName)
		for _, a := range e.Aliases {
			add(a, akName)
		}
		add(e.Capital, akCapital)
		for _, d := range e.Demonyms {
			add(d, akDemonym)
		}
		for _, s := range e.Seats {
			add(s, akSeat)
		}
	}
	return errs
}

// partyOfURL is the party whose government publishes at the URL's host
// ("https://www.state.gov/…" → United States).
func (g *gazIndex) partyOfURL(u string) (int32, bool) {
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
		if id, ok := g.domains[host]; ok {
			return id, true
		}
		dot := strings.IndexByte(host, '.')
		if dot < 0 {
			break
		}
		host = host[dot+1:]
	}
	return -1, false
}

// lookup returns the names whose first token is w. A lower-case word is
// looked up only when some name starts lower-case with it: most words are
// lower-case and no name.
func (g *gazIndex) lookup(w string, lower bool) []nameSeq {
	if lower {
		i := sort.SearchStrings(g.lowerFirst, w)
		if i == len(g.lowerFirst) || g.lowerFirst[i] != w {
			return nil
		}
	}
	return g.first[w]
}

func (g *gazIndex) partyNameIn(id int32, under *gazIndex) string {
	if id >= g.base && int(id-g.base) < len(g.parties) {
		return g.parties[id-g.base].name
	}
	if under != nil {
		return under.partyNameIn(id, nil)
	}
	return "?"
}

// addPeople adds known people; their party must be a party the index (or
// the one under it) knows.
func (g *gazIndex) addPeople(tz *tokenizer, entries []PersonEntry, under *gazIndex, strictParty bool) []error {
	var errs []error
	g.reservePeople(len(entries))
	var scratch []token
	for _, e := range entries {
		party := ""
		if e.Party != "" {
			if pid, ok := g.resolveParty(e.Party, under); ok {
				party = g.partyNameIn(pid, under)
			} else if strictParty {
				errs = append(errs, &GazetteerError{e.path, e.line, fmt.Sprintf("party %q is not in the gazetteer", e.Party)})
				party = e.Party
			} else {
				party = e.Party
			}
		}
		key := normName(e.Name)
		if old, ok := g.byName[key]; ok {
			// a second entry for the same person updates it
			p := &g.people[old-g.pbase]
			if e.Role != "" {
				p.role = e.Role
			}
			if party != "" {
				p.party = party
			}
			g.addPersonNames(tz, old, e.Aliases, &scratch)
			continue
		}
		id := g.pbase + int32(len(g.people))
		surname := e.Surname
		if surname == "" {
			surname = defaultSurname(e.Name)
		}
		if surname == "-" {
			surname = ""
		}
		var gender byte
		if e.Gender != "" {
			gender = e.Gender[0]
		}
		g.people = append(g.people, personInfo{name: e.Name, surname: surname, role: e.Role, party: party, gender: gender})
		g.addPersonName(tz, id, e.Name, &scratch)
		g.addPersonNames(tz, id, e.Aliases, &scratch)
		if surname != "" {
			g.surnames[surname] = append(g.surnames[surname], id)
		}
	}
	return errs
}

// defaultSurname is the last word of a name, unless that is a suffix or
// a numeral that does not stand alone.
func defaultSurname(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 {
		last := strings.TrimSuffix(f[len(f)-1], ".")
		switch strings.ToLower(last) {
		case "jr", "sr", "ii", "iii", "iv":
			f = f[:len(f)-1]
			continue
		}
		return f[len(f)-1]
	}
	return ""
}

func (g *gazIndex) addPersonNames(tz *tokenizer, id int32, names []string, scratch *[]token) {
	for _, n := range names {
		g.addPersonName(tz, id, n, scratch)
	}
}

func (g *gazIndex) addPersonName(tz *tokenizer, id int32, n string, scratch *[]token) {
	p := &g.people[id-g.pbase]
	n = strings.TrimSpace(n)
	if n == "" {
		return
	}
	toks := aliasTokensBuf(tz, n, scratch)
	if len(toks) == 0 {
		return
	}
	g.first[toks[0]] = append(g.first[toks[0]], nameSeq{rest: toks[1:], party: -1, person: id, surface: n})
	g.byName[normName(n)] = id
	if n != p.name {
		p.aliases = append(p.aliases, n)
	}
}

// finish orders each list longest first, so the first match is the
// longest ("Guinea-Bissau" before "Guinea").
func (g *gazIndex) finish() {
	g.lowerFirst = g.lowerFirst[:0]
	for k := range g.first {
		if r, _ := utf8.DecodeRuneInString(k); k != "" && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			g.lowerFirst = append(g.lowerFirst, k)
		}
	}
	sort.Strings(g.lowerFirst)
	for _, l := range g.first {
		if len(l) > 1 {
			slices.SortStableFunc(l, func(a, b nameSeq) int { return len(b.rest) - len(a.rest) })
		}
	}
}
