package tag

import (
	"unicode"
	"unicode/utf8"
)

// maxForm bounds a normalised form; longer words (URLs, mostly) keep their
// first and last halves, which is all the features look at.
const maxForm = 64

// Shape bits of a token, combined into one feature and kept apart for the
// checks the features need.
const (
	shCap     uint16 = 1 << iota // first letter upper-case
	shAllCaps                    // two or more letters, none lower-case
	shMixed                      // an upper-case letter after a lower-case one ("McKay", "iPhone")
	shDigit                      // a digit
	shHyphen                     // a hyphen inside
	shPeriod                     // a period ("U.S.", "p.m.")
	shLetter                     // a letter
	shOther                      // a character neither letter, digit, hyphen, period nor apostrophe
	shInitial                    // no word before it in the sentence (punctuation aside)
	shOuter                      // a padding position before or after the sentence
)

// wordInfo is what the features know of one token, computed once.
type wordInfo struct {
	form  uint64    // the normalised, lower-cased form
	dict  uint64    // the tag dictionary's key: form and case
	suf   [4]uint64 // the last 1, 2, 3 and 4 runes of the form
	pre   [2]uint64 // the first 1 and 2 runes
	amb   uint64    // the ambiguity class, from the lexicon; padAmb for padding
	shape uint16
	// cur is the sum of the curFeatures' dense vectors when the word is
	// in the tagger's cache (cache.go); nil otherwise.
	cur *[denseWords]uint64
}

// padAmb is the ambiguity class of the padding: no tag has bit 63.
const padAmb = 1 << 63

// scan carries what normalising a token needs to know of the tokens before it
// in the sentence: how many straight double quotes (their parity guesses
// opening or closing) and whether a word came yet (capitals mean less at the
// start of a sentence).
type scan struct {
	quotes   int
	seenWord bool
}

// special maps whole punctuation tokens to the one form the model knows for
// their class: curly and straight quotes, dashes and ellipses are written many
// ways.
func special(word string) (string, bool) {
	switch word {
	case "“", "„", "‟", "«", "``":
		return "``", true
	case "”", "»", "''":
		return "''", true
	case "‘", "‚", "‛", "`", "‹":
		return "`", true
	case "’", "'", "›", "ʼ":
		return "'", true
	case "—", "―", "--", "---", "⸺":
		return "--", true
	case "–", "‒":
		return "–", true
	case "…", "...", ". . .":
		return "...", true
	}
	return "", false
}

// numberForm classes plain numbers: a four-digit number is most often a year,
// other numbers are all alike to a tagger.
//
// Not watched by the race detector (see sentenceWindow).
//
//go:norace
func numberForm(word string) (string, bool) {
	if word == "" || word[0] < '0' || word[0] > '9' {
		return "", false
	}
	digits := 0
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ',' || c == '.':
		default:
			return "", false
		}
	}
	if digits == 4 && len(word) == 4 {
		return "!YEAR", true
	}
	return "!DIGITS", true
}

// foldRune lower-cases a rune and writes apostrophes and quotes inside words
// one way ("don’t" is "don't").
func foldRune(r rune) rune {
	switch r {
	case '’', '‘', 'ʼ', '′', '`':
		return '\''
	case '“', '”':
		return '"'
	}
	return unicode.ToLower(r)
}

// next normalises one token and returns its features' view of it.
//
// Not watched by the race detector (see sentenceWindow).
//
//go:norace
func (s *scan) next(word string) wordInfo {
	var buf [maxForm]byte
	form := buf[:0]
	shape := shapeOf(word)
	if !s.seenWord {
		shape |= shInitial
	}
	if shape&(shLetter|shDigit) != 0 {
		s.seenWord = true
	}
	if word == `"` {
		s.quotes++
		if s.quotes%2 == 1 {
			form = append(form, `"1`...)
		} else {
			form = append(form, `"2`...)
		}
	} else if sp, ok := special(word); ok {
		form = append(form, sp...)
	} else if nf, ok := numberForm(word); ok {
		form = append(form, nf...)
	} else {
		form = appendFolded(form, word)
	}
	info := wordInfo{form: hashBytes(form), shape: shape}
	info.dict = info.form ^ uint64(caseClass(shape))*0x9E3779B97F4A7C15
	if info.dict == 0 { // zero marks an empty slot of the dictionary
		info.dict = 1
	}
	if isASCII(form) {
		// a rune is a byte: no decoding to find where the affixes start
		n := len(form)
		for k := range info.suf {
			info.suf[k] = hashBytes(form[max(n-k-1, 0):])
		}
		for k := range info.pre {
			info.pre[k] = hashBytes(form[:min(k+1, n)])
		}
		return info
	}
	end := len(form)
	for k := range info.suf {
		if end > 0 {
			_, size := utf8.DecodeLastRune(form[:end])
			end -= size
		}
		info.suf[k] = hashBytes(form[end:])
	}
	start := 0
	for k := range info.pre {
		if start < len(form) {
			_, size := utf8.DecodeRune(form[start:])
			start += size
		}
		info.pre[k] = hashBytes(form[:start])
	}
	return info
}

// isASCII reports whether b has no byte of a multi-byte rune.
//
//go:norace
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendFolded appends the folded word to form, keeping the first and last
// halves of words longer than maxForm bytes.
//
// Not watched by the race detector (see sentenceWindow).
//
//go:norace
func appendFolded(form []byte, word string) []byte {
	if len(form)+len(word) <= maxForm/2 {
		// Most words are short and ASCII: fold them byte by byte, and
		// start again rune by rune at the first byte that is not.
		from := len(form)
		ascii := true
		for i := 0; i < len(word); i++ {
			c := word[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c == '`' {
				c = '\''
			}
			form = append(form, c)
		}
		if ascii {
			return form
		}
		form = form[:from]
	}
	return appendFoldedRunes(form, word)
}

// appendFoldedRunes is appendFolded for any word, rune by rune.
//
//go:norace
func appendFoldedRunes(form []byte, word string) []byte {
	var tail [maxForm / 2]byte
	tailLen, overflow := 0, false
	for _, r := range word {
		r = foldRune(r)
		var rb [utf8.UTFMax]byte
		n := utf8.EncodeRune(rb[:], r)
		if !overflow && len(form)+n <= maxForm/2 {
			form = append(form, rb[:n]...)
			continue
		}
		overflow = true
		// The tail is a sliding window of the last bytes.
		for i := 0; i < n; i++ {
			if tailLen == len(tail) {
				copy(tail[:], tail[1:])
				tailLen--
			}
			tail[tailLen] = rb[i]
			tailLen++
		}
	}
	return append(form, tail[:tailLen]...)
}

// shapeOf returns the shape bits of a word, sentence position aside.
//
// Not watched by the race detector (see sentenceWindow).
//
//go:norace
func shapeOf(word string) uint16 {
	var shape uint16
	letters, uppers, lowers := 0, 0, 0
	for i, r := range word {
		switch {
		case r >= 'a' && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLower(r):
			letters++
			lowers++
		case r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r):
			if letters == 0 {
				shape |= shCap
			} else if lowers > 0 {
				shape |= shMixed
			}
			letters++
			uppers++
		case r >= '0' && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r):
			shape |= shDigit
		case r == '-':
			if i > 0 && i < len(word)-1 {
				shape |= shHyphen
			} else {
				shape |= shOther
			}
		case r == '.':
			shape |= shPeriod
		case r == '\'' || r == '’':
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			letters++
		default:
			shape |= shOther
		}
	}
	if letters > 0 {
		shape |= shLetter
	}
	if uppers >= 2 && lowers == 0 {
		shape |= shAllCaps
	}
	return shape
}

// caseClass is the part of a word's case the tag dictionary keys on: "US" is
// not "us", "May" is not "may".
func caseClass(shape uint16) uint8 {
	switch {
	case shape&shAllCaps != 0:
		return 2
	case shape&shCap != 0:
		return 1
	}
	return 0
}

// hashBytes is 64-bit FNV-1a; forms are short, and it needs no state.
func hashBytes[T string | []byte](b T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= 1099511628211
	}
	return h
}

// outerInfo pads the sentence: two positions before it, two after.
func outerInfo(name string) wordInfo {
	h := hashBytes(name)
	return wordInfo{form: h, dict: h, suf: [4]uint64{h, h, h, h}, pre: [2]uint64{h, h}, amb: padAmb, shape: shOuter}
}
