package data

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"sync"
)

// lexBits are the word classes of lexicon.txt; a word may be in several.
type lexBits uint32

const (
	lxAux lexBits = 1 << iota
	lxModal
	lxAdverb
	lxNeg
	lxBody
	lxRole
	lxHonorific
	lxPronoun
	lxPossessive
	lxAddressee
	lxNonName
	lxOpener
	lxAbbrev
	lxEnder
	lxPrep
	lxDet
	lxConj
	lxTime
	lxCue
	lxTitle
	lxOrg
	lxDoc
)

type bodyClass uint8

const (
	bodyParty bodyClass = iota + 1 // takes a party from its modifiers
	bodyFree                       // never a party's
	bodyJoint                      // two sides together
	bodyHome                       // a government's: the story's own when unnamed
)

type cueClass uint8

const (
	cueSpeech cueClass = iota
	cueTell
	cueDescribe
	cueAttitude
	cueThat // a statement only with a that-clause
)

// Forms of a cue verb, as found in the text.
const (
	formBase uint8 = iota
	form3s
	formPast
	formPart
	formIng
)

type cueDef struct {
	lemma string
	class cueClass
	rest  []string // the words after the verb in a phrase cue ("out" of "point out")
}

type cueForm struct {
	def  *cueDef
	form uint8
}

// lexEntry is everything the lexicon says about one lower-case word.
type lexEntry struct {
	bits   lexBits
	gender byte // honorifics and pronouns: 'm', 'f', 'i' (it), 't' (they), '-'
	body   bodyClass
	cues   []cueForm // longest phrase first
}

type lexicon struct {
	words map[string]*lexEntry
}

func (l *lexicon) get(w string) *lexEntry { return l.words[w] }

// builtinLexicon is parsed once from the embedded file and never changed.
var builtinLexicon = sync.OnceValues(func() (*lexicon, error) {
	raw, err := gazetteerFiles.ReadFile("gazetteer/lexicon.txt")
	if err != nil {
		return nil, err
	}
	return parseLexicon(raw)
})

var sectionBits = map[string]lexBits{
	"aux": lxAux, "modals": lxModal, "adverbs": lxAdverb, "negations": lxNeg,
	"roles": lxRole, "addressees": lxAddressee, "nonnames": lxNonName, "openers": lxOpener,
	"abbreviations": lxAbbrev, "enders": lxEnder, "prepositions": lxPrep,
	"determiners": lxDet, "conjunctions": lxConj, "time": lxTime, "titles": lxTitle, "organisations": lxOrg, "documents": lxDoc,
}

func parseLexicon(raw []byte) (*lexicon, error) {
	l := &lexicon{words: make(map[string]*lexEntry, 2048)}
	var slab []lexEntry // entries allocated 256 at a time: thousands of words at start-up
	entry := func(w string) *lexEntry {
		e := l.words[w]
		if e == nil {
			if len(slab) == 0 {
				slab = make([]lexEntry, 256)
			}
			e, slab = &slab[0], slab[1:]
			l.words[w] = e
		}
		return e
	}
	section := ""
	sc := bufio.NewScanner(bytes.NewReader(raw))
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		if strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]") {
			section = text[1 : len(text)-1]
			continue
		}
		f := strings.Fields(text)
		switch section {
		case "cues":
			if err := addCue(l, entry, f); err != nil {
				return nil, fmt.Errorf("lexicon.txt: line %d: %v", line, err)
			}
		case "bodies":
			if len(f) != 2 {
				return nil, fmt.Errorf("lexicon.txt: line %d: want WORD CLASS", line)
			}
			e := entry(f[0])
			e.bits |= lxBody
			switch f[1] {
			case "party":
				e.body = bodyParty
			case "free":
				e.body = bodyFree
			case "joint":
				e.body = bodyJoint
			case "home":
				e.body = bodyHome
			default:
				return nil, fmt.Errorf("lexicon.txt: line %d: unknown body class %q", line, f[1])
			}
		case "honorifics", "pronouns", "possessives":
			if len(f) != 2 {
				return nil, fmt.Errorf("lexicon.txt: line %d: want WORD GENDER", line)
			}
			e := entry(f[0])
			switch section {
			case "honorifics":
				e.bits |= lxHonorific
			case "pronouns":
				e.bits |= lxPronoun
			default:
				e.bits |= lxPossessive
			}
			switch f[1] {
			case "it":
				e.gender = 'i'
			case "they":
				e.gender = 't'
			default:
				e.gender = f[1][0]
			}
		default:
			bit, ok := sectionBits[section]
			if !ok {
				return nil, fmt.Errorf("lexicon.txt: line %d: unknown section %q", line, section)
			}
			for _, w := range f {
				entry(w).bits |= bit
			}
		}
	}
	for _, e := range l.words {
		sortCues(e.cues)
	}
	return l, sc.Err()
}

var cueClasses = map[string]cueClass{"speech": cueSpeech, "tell": cueTell, "describe": cueDescribe, "attitude": cueAttitude, "that": cueThat}

// addCue reads "LEMMA... CLASS [FORMS]": the class is the first field that
// names one, so a phrase's words come before it.
func addCue(l *lexicon, entry func(string) *lexEntry, f []string) error {
	ci := -1
	for i, w := range f {
		if _, ok := cueClasses[w]; ok && i > 0 {
			ci = i
			break
		}
	}
	if ci < 0 {
		return fmt.Errorf("no cue class in %q", strings.Join(f, " "))
	}
	def := &cueDef{lemma: strings.Join(f[:ci], " "), class: cueClasses[f[ci]], rest: f[1:ci]}
	verb := f[0]
	var forms [5][]string
	if extra := f[ci+1:]; len(extra) > 0 {
		if len(extra) != 4 {
			return fmt.Errorf("want 4 forms (3rd person, past, participle, -ing), got %d", len(extra))
		}
		forms[formBase] = []string{verb}
		for i, x := range extra {
			forms[i+1] = []string{x}
		}
	} else {
		forms = inflect(verb)
	}
	for form, ws := range forms {
		for _, w := range ws {
			e := entry(w)
			e.bits |= lxCue
			dup := false
			for _, c := range e.cues {
				if c.def.lemma == def.lemma && c.form == uint8(form) {
					dup = true
				}
			}
			if !dup {
				e.cues = append(e.cues, cueForm{def, uint8(form)})
			}
		}
	}
	return nil
}

func sortCues(cs []cueForm) {
	// insertion sort: a handful of entries, longest phrase first
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && len(cs[j].def.rest) > len(cs[j-1].def.rest); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// inflect makes the regular forms of a verb, with the British and American
// spellings both ("emphasise"/"emphasize", "signalled"/"signaled").
func inflect(v string) [5][]string {
	var out [5][]string
	spellings := []string{v}
	if strings.HasSuffix(v, "ize") {
		spellings = append(spellings, v[:len(v)-3]+"ise")
	}
	for _, s := range spellings {
		n := len(s)
		last := s[n-1]
		out[formBase] = append(out[formBase], s)
		switch {
		case strings.HasSuffix(s, "s") || strings.HasSuffix(s, "sh") || strings.HasSuffix(s, "ch") ||
			strings.HasSuffix(s, "x") || strings.HasSuffix(s, "z") || strings.HasSuffix(s, "o"):
			out[form3s] = append(out[form3s], s+"es")
		case last == 'y' && n > 1 && !isVowel(s[n-2]):
			out[form3s] = append(out[form3s], s[:n-1]+"ies")
		default:
			out[form3s] = append(out[form3s], s+"s")
		}
		var past, ing []string
		switch {
		case last == 'e':
			past = []string{s + "d"}
			if strings.HasSuffix(s, "ee") || strings.HasSuffix(s, "ye") || strings.HasSuffix(s, "oe") {
				ing = []string{s + "ing"}
			} else {
				ing = []string{s[:n-1] + "ing"}
			}
		case last == 'y' && n > 1 && !isVowel(s[n-2]):
			past = []string{s[:n-1] + "ied"}
			ing = []string{s + "ing"}
		case last == 'l' && n > 2 && isVowel(s[n-2]) && !isVowel(s[n-3]):
			past = []string{s + "led", s + "ed"}
			ing = []string{s + "ling", s + "ing"}
		default:
			past = []string{s + "ed"}
			ing = []string{s + "ing"}
		}
		out[formPast] = append(out[formPast], past...)
		out[formPart] = append(out[formPart], past...)
		out[formIng] = append(out[formIng], ing...)
	}
	return out
}
