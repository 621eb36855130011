package data

import (
	"strings"
	"unicode"

	"github.com/brief-reader/brief/data/attribution"
	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/resolve"
)

// Attributor finds parties, speakers and statements in briefings with the
// staged engine of data/attribution, over the built-in gazetteer and
// lexicon and the user's own gazetteer files. It is safe for concurrent
// use once built.
type Attributor struct {
	engine  *attribution.Engine
	version string
}

// NewAttributor builds an attributor from the built-in gazetteer and
// known-people list, extended by the user's files in configDir (the
// "brief" folder under os.UserConfigDir(); "" for none): parties.yaml and
// people.yaml, in the format of data/gazetteer/. Problems with the user's
// files are returned, each naming the file and line; the built-in data
// still works, and so do the good entries of a file with a bad one.
func NewAttributor(configDir string) (*Attributor, []error) {
	e, errs := attribution.New(configDir)
	return &Attributor{engine: e, version: attributionVersion(configDir)}, errs
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
	fill(b, a.engine.Attribute(documentOf(b)))
}

func (a *Attributor) index() *gazetteer.Index   { return a.engine.Index }
func (a *Attributor) lexicon() *lexicon.Lexicon { return a.engine.Lexicon }

// CanonicalParty maps any name of a party ("US", "U.S.", "Kyiv", "Russian",
// "the Kremlin") to its canonical name ("United States", "Ukraine",
// "Russia"), case-insensitively.
func (a *Attributor) CanonicalParty(name string) (string, bool) {
	return a.index().CanonicalParty(name)
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
	return a.SpeakerNames(speaker).Match(NewSpeakerQuery(query))
}

// SpeakerKey is the identity of a speaker across stories: two statements
// with the same key are by the same person or body however they were named
// ("Yuri Ushakov", "Ushakov", "Yury Ushakov"; "Kyiv", "Ukraine").
func (a *Attributor) SpeakerKey(speaker string) string {
	return resolve.Key(a.index(), a.lexicon(), speaker)
}

// wordsOf lower-cases s and splits it into words, dropping punctuation
// other than inner apostrophes, periods and hyphens ("U.S.", "Jean-Pierre").
func wordsOf(s string) []string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !(r == '\'' || r == '.' || r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r))
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
