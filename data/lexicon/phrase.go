package lexicon

import (
	"slices"
	"strings"
)

// Phrase is an entry of a section of phrases: words that mean something
// only together ("office of the spokesperson", "statement by").
type Phrase struct {
	Words []string // lower case
	Class Class
	Arg   string // what the section's second column says of it, "" when none
}

// PhraseAt returns the longest phrase of class c that words begin with.
// The words are compared in any case, with curly apostrophes as straight.
func (l *Lexicon) PhraseAt(words []string, c Class) (Phrase, bool) {
	if l == nil || len(words) == 0 {
		return Phrase{}, false
	}
	for _, p := range l.phrases[fold(words[0])] {
		if p.Class&c == 0 || len(p.Words) > len(words) {
			continue
		}
		ok := true
		for i := 1; i < len(p.Words); i++ {
			if fold(words[i]) != p.Words[i] {
				ok = false
				break
			}
		}
		if ok {
			return p, true
		}
	}
	return Phrase{}, false
}

// IsPhrase reports whether words are, all of them, one phrase of class c.
func (l *Lexicon) IsPhrase(words []string, c Class) bool {
	p, ok := l.PhraseAt(words, c)
	return ok && len(p.Words) == len(words)
}

func fold(w string) string { return foldQuote(strings.ToLower(w)) }

// phraseClasses are the sections of phrases, one a line, written with "_"
// between their words ("statement_by"), and an optional argument.
var phraseClasses = map[string]Class{
	"neutral labels": NeutralLabel, "document openers": DocumentOpener,
	"issuer bylines": IssuerByline, "release lines": ReleaseLine, "site voices": SiteVoice,
	"label governments": LabelGovernment,
}

// addPhrase adds one line of a phrase section. A one-word phrase also
// gives its word the class, so that Is finds it.
func (l *Lexicon) addPhrase(entry func(string) *Entry, c Class, f []string) {
	words := strings.Split(f[0], "_")
	p := Phrase{Words: words, Class: c}
	if len(f) > 1 {
		p.Arg = strings.ReplaceAll(strings.Join(f[1:], " "), "_", " ")
	}
	if len(words) == 1 {
		entry(words[0]).Class |= c
	}
	entry(words[0]).Starts |= c
	l.phrases[words[0]] = append(l.phrases[words[0]], p)
}

func (l *Lexicon) sortPhrases() {
	for _, ps := range l.phrases {
		slices.SortStableFunc(ps, func(a, b Phrase) int { return len(b.Words) - len(a.Words) })
	}
}
