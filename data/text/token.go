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
