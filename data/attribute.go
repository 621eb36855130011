package data

import (
	"os"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/brief-reader/brief/data/attribution"
)

// Attributor finds parties, speakers and statements in briefings. It holds
// the gazetteer (parties and their aliases), the known-people list and the
// lexicon of cue verbs; it is safe for concurrent use once built.
type Attributor struct {
	lex  *lexicon
	g    *gazIndex
	pool sync.Pool // *story scratch space, reused across briefings

	// overlays caches the gazetteer extensions built from front matter:
	// many briefings (all the embedded ones, a feed's items) declare the
	// same parties. Entries are never modified once stored.
	overlays  sync.Map // string → *gazIndex
	nOverlays atomic.Int32

	version string

	// engine is the staged engine under data/attribution; the one of this
	// file stays for comparison (BRIEF_ENGINE=old) until it is removed.
	engine *attribution.Engine
}

const maxOverlays = 256

// NewAttributor builds an attributor from the built-in gazetteer and
// known-people list, extended by the user's files in configDir (the
// "brief" folder under os.UserConfigDir(); "" for none): parties.yaml and
// people.yaml, in the format of data/gazetteer/. Problems with the user's
// files are returned, each naming the file and line; the built-in data
// still works, and so do the good entries of a file with a bad one.
func NewAttributor(configDir string) (*Attributor, []error) {
	var errs []error
	lex, err := builtinLexicon()
	if err != nil {
		errs = append(errs, err)
		lex = &lexicon{words: map[string]*lexEntry{}}
	}
	built, err := builtinGazetteer()
	if err != nil {
		errs = append(errs, err)
	}
	user, uerrs := loadUserGazetteer(configDir)
	errs = append(errs, uerrs...)

	tz := &tokenizer{lex: lex}
	g := newGazIndex(0, 0)
	if built != nil {
		errs = append(errs, g.addParties(tz, built.parties, nil)...)
	}
	errs = append(errs, g.addParties(tz, user.parties, nil)...)
	if built != nil {
		errs = append(errs, g.addPeople(tz, built.people, nil, true)...)
	}
	errs = append(errs, g.addPeople(tz, user.people, nil, true)...)
	g.finish()
	a := &Attributor{lex: lex, g: g, version: attributionVersion(configDir)}
	if os.Getenv("BRIEF_ENGINE") != "old" {
		a.engine, _ = attribution.New(configDir)
	}
	return a, errs
}

// Version identifies what this attributor finds: the engine's revision,
// the build, and the user's gazetteer files. Results stored under one
// version are stale under another and must be attributed again.
func (a *Attributor) Version() string { return a.version }

// Attribute fills b.Parties, b.Speakers and b.Statements from b.Paragraphs
// and b.Declared. It replaces what an earlier call filled.
func (a *Attributor) Attribute(b *Briefing) {
	if b == nil {
		return
	}
	if a.engine != nil {
		fill(b, a.engine.Attribute(documentOf(b)))
		return
	}
	st, _ := a.pool.Get().(*story)
	if st == nil {
		st = &story{}
	}
	st.reset(a, b)
	st.run()
	st.release()
	a.pool.Put(st)
}

// CanonicalParty maps any name of a party ("US", "U.S.", "Kyiv", "Russian",
// "the Kremlin") to its canonical name ("United States", "Ukraine",
// "Russia"), case-insensitively.
func (a *Attributor) CanonicalParty(name string) (string, bool) {
	id, ok := a.g.canon[normName(name)]
	if !ok {
		return "", false
	}
	return a.g.parties[id].name, true
}

// MatchParty reports whether a user's query ("us", "Kyiv") names party.
// A query that is no known name matches a party of that exact name (one a
// briefing declared, say), case-insensitively.
func (a *Attributor) MatchParty(query, party string) bool {
	query = strings.TrimSpace(query)
	if query == "" || party == "" {
		return false
	}
	if strings.EqualFold(query, party) {
		return true
	}
	c, ok := a.CanonicalParty(query)
	if !ok {
		return false
	}
	if strings.EqualFold(c, party) {
		return true
	}
	p, ok := a.CanonicalParty(party)
	return ok && p == c
}

// MatchSpeaker reports whether a user's query ("Ushakov", "kremlin") names
// speaker: case-insensitive, on whole words of the name or of one of the
// known person's other names ("Zelenskyy" finds "Volodymyr Zelensky").
func (a *Attributor) MatchSpeaker(query, speaker string) bool {
	q := wordsOf(query)
	if len(q) == 0 {
		return false
	}
	if containsWords(wordsOf(speaker), q) {
		return true
	}
	if id, ok := a.g.byName[normName(speaker)]; ok {
		p := a.g.people[id]
		for _, n := range append([]string{p.name}, p.aliases...) {
			if containsWords(wordsOf(n), q) {
				return true
			}
		}
	}
	return false
}

// SpeakerKey is the identity of a speaker across stories: two statements
// with the same key are by the same person or body however they were named
// ("Yuri Ushakov", "Ushakov", "Yury Ushakov"; "Kyiv", "Ukraine").
func (a *Attributor) SpeakerKey(speaker string) string {
	k := normName(speaker)
	if id, ok := a.g.byName[k]; ok {
		return normName(a.g.people[id].name)
	}
	if ids := a.g.surnames[strings.TrimSpace(speaker)]; len(ids) == 1 {
		return normName(a.g.people[ids[0]].name)
	}
	if id, ok := a.g.canon[k]; ok {
		// a country's names and capital are the country; a seat of
		// government ("the Kremlin") stays a speaker of its own
		if a.g.seats[k] {
			return k
		}
		return normName(a.g.parties[id].name)
	}
	return strings.Join(wordsOf(speaker), " ")
}

// wordsOf lower-cases s and splits it into words, dropping punctuation
// other than inner apostrophes, periods and hyphens ("U.S.", "Jean-Pierre").
func wordsOf(s string) []string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !(r == '\'' || r == '.' || r == '-' || isWordRune(r))
	})
	out := f[:0]
	for _, w := range f {
		w = strings.Trim(w, "'.-")
		if w != "" && w != "the" {
			out = append(out, w)
		}
	}
	return out
}

func containsWords(hay, needle []string) bool {
	for i := 0; i+len(needle) <= len(hay); i++ {
		ok := true
		for j := range needle {
			if hay[i+j] != needle[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
