// Package text is the first stage of attribution: it cuts a document's
// paragraphs into tokens, sentences and quotations. It knows no words
// beyond punctuation; the words it must know (abbreviations that keep
// their period) come from the caller.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is made of.
type Kind uint8

const (
	Word  Kind = iota // letters, digits, inner apostrophes, hyphens and periods
	Punct             // one punctuation character (or "--", "...")
	Quote             // a quotation mark
)

// Flags describe a token's form.
type Flags uint16

const (
	Space      Flags = 1 << iota // white space (or the paragraph start) before it
	Cap                          // its first letter is upper-case
	Upper                        // two or more letters, all upper-case
	Digit                        // starts with a digit
	Open                         // a quotation mark that opens
	Close                        // a quotation mark that closes
	Period                       // a word ending with a period that belongs to it ("U.S.", "Mr.")
	Clitic                       // a clitic split from the word before ("’s", "n’t", "’ll")
	Dash                         // a dash: "—", "–", "―", "--"
	MaybeEnder                   // an abbreviation that may also end a sentence ("U.S.", "Jr.")
)

// Token is a span of its paragraph's text; the text itself is not copied.
type Token struct {
	Start, End int32
	Kind       Kind
	Flags      Flags
	family     uint8 // quotation family, for pairing
}

func (t Token) Has(f Flags) bool { return t.Flags&f != 0 }

// quotation families: a quotation closes with a mark of its own family.
const (
	famDouble uint8 = iota + 1 // “ ” „ " and the typewriter pair `` ''
	famSingle                  // ‘ ’ '
	famGuillemet
)

// Words is what the text stage must know of words, from the lexicon.
type Words interface {
	// Abbreviation says whether a lower-cased word with its final period
	// ("mr.", "gen.") keeps the period, and whether such a word may also
	// end a sentence ("jr.", "inc.").
	Abbreviation(lowerWithPeriod string) (keeps, mayEnd bool)
	// SentenceOpener says whether a capitalised word commonly opens a
	// sentence ("He", "The"): after "U.S." it tells a sentence end.
	SentenceOpener(word string) bool
	// NumeralAbbreviation says whether a lower-cased word with its
	// period keeps the period only before a number ("no." of "No. 10").
	NumeralAbbreviation(lowerWithPeriod string) bool
	// PlacePreposition says whether a lower-cased word is a preposition
	// of place ("in", "to"): "in Hollin, Fla." is a place, so its
	// abbreviation ends the name.
	PlacePreposition(lower string) bool
	// PlaceAbbreviation says whether a lower-cased abbreviation with its
	// period ends a place's name ("d.c.", "fla."), where "u.s." ("in
	// Hollin, U.S. officials") and "jr." do not.
	PlaceAbbreviation(lowerWithPeriod string) bool
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) || i < 0 {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func runeBefore(s string, i int) rune {
	if i <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == 0xa0 || r >= utf8.RuneSelf && unicode.IsSpace(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// clitics split from the word before them, as the tagger's training data
// writes them ("do" "n’t", "Russia" "’s").
var clitics = [...]string{"s", "re", "ve", "ll", "d", "m"}

// Tokenize appends the tokens of s to toks.
func Tokenize(s string, abbr Words, toks []Token) []Token {
	space := true
	var lower []byte
	for i := 0; i < len(s); {
		r, n := runeAt(s, i)
		if isSpace(r) {
			space = true
			i += n
			continue
		}
		var flags Flags
		if space {
			flags = Space
		}
		space = false
		if isWordRune(r) {
			j, clitic := wordEnd(s, i)
			if e, ok := keepsPeriod(s, i, j); j < len(s) && s[j] == '.' && ok {
				j = e
				flags |= Period
			} else if e, ok := hyphenAbbreviation(s, i, j, abbr); ok {
				// "(D-N.Y.)", "(R-Fla.)": a party and a state's abbreviation
				j = e
				flags |= Period | MaybeEnder
			} else if j < len(s) && s[j] == '.' && abbr != nil {
				lower = appendLower(lower[:0], s[i:j+1])
				if abbr.NumeralAbbreviation(string(lower)) && numberAfter(s, j+1) {
					j++
					flags |= Period
				} else if keeps, mayEnd := abbr.Abbreviation(string(lower)); keeps {
					j++
					flags |= Period
					if mayEnd {
						flags |= MaybeEnder
					}
				}
			}
			if flags&Period != 0 && j-i >= 4 && countByte(s[i:j], '.') >= 2 {
				flags |= MaybeEnder // "U.S." may end a sentence
			}
			toks = append(toks, Token{Start: int32(i), End: int32(j), Kind: Word, Flags: flags | caseFlags(s[i:j])})
			i = j
			if clitic > 0 {
				toks = append(toks, Token{Start: int32(i), End: int32(i + clitic), Kind: Word, Flags: Clitic | caseFlags(s[i:i+clitic])})
				i += clitic
			}
			continue
		}
		t := Token{Start: int32(i), End: int32(i + n), Kind: Punct, Flags: flags}
		switch r {
		case '“', '”', '„', '"':
			t.Kind, t.family = Quote, famDouble
		case '‘', '’', '\'':
			if elidesCentury(s, i+n) {
				break // the ’ of ’90s stands for 19: an apostrophe, no mark
			}
			t.Kind, t.family = Quote, famSingle
			if next, nn := runeAt(s, i+n); isApostrophe(next) && r == next && !closesNestedPair(s, i, n+nn, r) {
				t.End, t.family = int32(i+n+nn), famDouble // '' as a double mark
			}
		case '`':
			if next, nn := runeAt(s, i+n); next == '`' {
				t.End, t.Kind, t.family = int32(i+n+nn), Quote, famDouble
			}
		case '«', '»':
			t.Kind, t.family = Quote, famGuillemet
		case '—', '–', '―':
			t.Flags |= Dash
		case '-':
			if next, nn := runeAt(s, i+n); next == '-' {
				t.End, t.Flags = int32(i+n+nn), t.Flags|Dash
			} else if flags&Space != 0 && (isSpace(next) || next == 0) {
				// "Velk - who spoke first - said": a hyphen between
				// spaces is a typed dash, never a compound's
				t.Flags |= Dash
			}
		case '.':
			for int(t.End) < len(s) && s[t.End] == '.' {
				t.End++ // "..." is one token
			}
		}
		if t.Kind == Quote {
			t.Flags |= quoteDirection(s, int(t.Start), int(t.End), r)
		}
		toks = append(toks, t)
		i = int(t.End)
	}
	return toks
}

// quoteDirection decides whether a mark opens or closes: curly marks say
// so themselves (except ’, which is also an apostrophe); straight ones
// by their neighbours.
func quoteDirection(s string, start, end int, r rune) Flags {
	switch r {
	case '“':
		// a “ glued to the word before it and followed by a space closes
		// (a typist's slip for ”)
		if b := runeBefore(s, start); start > 0 && !isSpace(b) && !containsRune("([{—–―-/", b) {
			if a, _ := runeAt(s, end); a == 0 || isSpace(a) {
				return Close
			}
		}
		if strings.TrimSpace(s[end:]) == "" && start > 0 {
			return Close // nothing after it to open on: a slip for ”
		}
		return Open
	case '„', '‘', '«', '`':
		return Open
	case '”':
		// a ” that opens a paragraph, or follows a space and is glued to
		// the word after it, opens: some publishing systems type every
		// double mark as ” (”We are ready,” Velk said.)
		a, _ := runeAt(s, end)
		if a != 0 && onlyFormatMarks(s[:start]) || isSpace(runeBefore(s, start)) && isWordRune(a) {
			return Open
		}
		return Close
	case '»':
		return Close
	}
	if r == '’' && end-start > len("’") {
		return Close // ’’ closes a typewriter-style double quotation
	}
	before := runeBefore(s, start)
	after, _ := runeAt(s, end)
	openSide := start == 0 || isSpace(before) || containsRune("([{—–―-/:", before)
	closeSide := end >= len(s) || !isWordRune(after)
	switch {
	case openSide && !closeSide:
		return Open
	case closeSide && !openSide:
		return Close
	case openSide && closeSide:
		if after == 0 || isSpace(after) {
			return 0 // alone between spaces: neither
		}
		return Open // “ before punctuation: "…
	}
	return 0 // inside a word
}

func containsRune(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// wordEnd finds where the word at i ends: letters and digits, inner
// apostrophes ("O’Brien"), hyphens between letters ("Jean-Marc"), and the
// separators of numbers and dates ("3.8", "2,000", "9/11"). A clitic that
// follows ("’s", "n’t") is not part of the word; its length is returned.
func wordEnd(s string, i int) (end, clitic int) {
	start := i
	for i < len(s) {
		if asciiAlnum[s[i]] {
			i++ // most of a word is ASCII letters: no rune to decode
			continue
		}
		r, n := runeAt(s, i)
		switch {
		case isWordRune(r):
			i += n
			continue
		case isApostrophe(r):
			if c := cliticAt(s, i, n); c > 0 {
				return i, c
			}
			if next, _ := runeAt(s, i+n); isWordRune(next) && i > start {
				// n’t: "don’t" → "do" "n’t"
				if (s[i-1] == 'n' || s[i-1] == 'N') && (next == 't' || next == 'T') && !followsWord(s, i+n+1) && i-1 > start {
					return i - 1, n + 2
				}
				i += n
				continue
			}
		case r == '-' && i > start:
			if next, _ := runeAt(s, i+1); isWordRune(next) {
				i++
				continue
			}
		case (r == '.' || r == ',' || r == ':' || r == '/') && i > start && isDigit(s, i-1) && isDigit(s, i+1):
			i++
			continue
		case r == '.' && i > start && i+1 < len(s) && (s[i+1] >= 'a' && s[i+1] <= 'z' || isDigit(s, i+1)) && isASCIIAlnum(s[i-1]):
			// "Breitbart.com", "state.gov", "BA.5": a period with a
			// lower-case letter or a digit right after it is inside a
			// name, as no sentence starts that way without a space
			i++
			continue
		case r == '+' && i > start && hasUpperASCII(s[start:i]):
			// "K5+", "LGBTQ+": a name's plus sign is part of it (a group
			// wider than the K5), not a symbol after it
			if next, _ := runeAt(s, i+1); !isWordRune(next) {
				i++
			}
		}
		break
	}
	return i, 0
}

func hasUpperASCII(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' {
			return true
		}
	}
	return false
}

func cliticAt(s string, i, n int) int {
	for _, c := range clitics {
		j := i + n
		if j+len(c) > len(s) || !equalFoldASCII(s[j:j+len(c)], c) || followsWord(s, j+len(c)) {
			continue
		}
		return n + len(c)
	}
	return 0
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		c := a[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != b[i] {
			return false
		}
	}
	return true
}

func followsWord(s string, i int) bool {
	r, _ := runeAt(s, i)
	return r != 0 && isWordRune(r)
}

func isDigit(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

// keepsPeriod returns the end of the word [i, j) with the period at j
// when the period belongs to it by its form alone: a dotted acronym
// ("U.S.", "a.m.", "U.S.A.") or an initial ("J."). ok is false otherwise.
// hyphenAbbreviation is where a hyphenated word [i, j) ends when its last
// part is an abbreviation that keeps its period: "D-N.Y.", "R-Fla.".
func hyphenAbbreviation(s string, i, j int, abbr Words) (end int, ok bool) {
	if j >= len(s) || s[j] != '.' {
		return j, false
	}
	h := strings.LastIndexByte(s[i:j], '-')
	if h <= 0 || i+h+1 >= j {
		return j, false
	}
	from := i + h + 1
	if e, ok := keepsPeriod(s, from, j); ok {
		return e, true
	}
	if abbr == nil {
		return j, false
	}
	if keeps, _ := abbr.Abbreviation(strings.ToLower(s[from : j+1])); keeps {
		return j + 1, true
	}
	return j, false
}

func keepsPeriod(s string, i, j int) (end int, ok bool) {
	w := s[i:j]
	if len(w) > 2 || !isASCIILetters(w) {
		return j, false
	}
	end = j + 1
	for {
		k := end
		for k < len(s) && k-end < 2 && isASCIILetter(s[k]) {
			k++
		}
		if k > end && k < len(s) && s[k] == '.' {
			end = k + 1
			continue
		}
		break
	}
	if end > j+1 {
		return end, true
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return end, true // an initial
	}
	return j, false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return s != ""
}

// numberAfter reports a number after the spaces at i: "No. 10".
func numberAfter(s string, i int) bool {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return isDigit(s, i)
}

func countByte(s string, b byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			n++
		}
	}
	return n
}

func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

func caseFlags(w string) Flags {
	var f Flags
	upper, lower := 0, 0
	for k := 0; k < len(w); k++ {
		// most words are ASCII: read them byte by byte, with no rune
		// decoded and no table looked up
		c := w[k]
		switch {
		case c >= utf8.RuneSelf:
			return caseFlagsRunes(w)
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			if upper+lower == 0 {
				f |= Cap
			}
			upper++
		case k == 0 && c >= '0' && c <= '9':
			f |= Digit
		}
	}
	if upper >= 2 && lower == 0 {
		f |= Upper
	}
	return f
}

// caseFlagsRunes is caseFlags for any word, rune by rune.
func caseFlagsRunes(w string) Flags {
	var f Flags
	upper, lower, letters := 0, 0, 0
	for k, r := range w {
		if k == 0 && r >= '0' && r <= '9' {
			f |= Digit
		}
		switch {
		case r < utf8.RuneSelf && r >= 'a' && r <= 'z':
			lower++ // the common case, without a table look-up
			letters++
		case unicode.IsUpper(r):
			upper++
			letters++
			if letters == 1 {
				f |= Cap
			}
		case unicode.IsLetter(r):
			lower++
			letters++
		}
	}
	if upper >= 2 && lower == 0 {
		f |= Upper
	}
	return f
}

// Lower lower-cases the ASCII letters of a word, the form the lexicon's
// entries are keyed by, and allocates only when there is a capital to
// change: most words of running text have none.
func Lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' }

// asciiAlnum is isASCIIAlnum as a table, for the tokeniser's inner loop.
var asciiAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = isASCIIAlnum(byte(c))
	}
	return t
}()
