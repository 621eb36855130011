package provenance

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brief-reader/brief/data/lexicon"
)

// builtinLexicon is brief's lexicon, or nil if it does not parse (a
// broken build, which lexicon's own tests catch): numbers in words are
// then not told apart, only digits.
func builtinLexicon() *lexicon.Lexicon {
	l, _ := lexicon.Default()
	return l
}

// numberWord reports a number written as a word ("three", "million").
func (x *Index) numberWord(w []byte) bool {
	if x.lexicon == nil {
		return false
	}
	e := x.lexicon.Lookup(string(w))
	return e != nil && e.Cardinal
}

// normalise is a text's words: lower case, without punctuation and quote
// marks ("don't" is "dont"), numbers kept whole ("1,200" is "1200").
func normalise(s string) []string {
	buf, ends := appendWords(nil, nil, s)
	words := make([]string, len(ends))
	from := 0
	for i, end := range ends {
		words[i] = string(buf[from:end])
		from = end + 1
	}
	return words
}

// appendWords is normalise into buf, each word followed by a space, and
// where each word ends in it: adding 200,000 statements makes no string
// per word.
func appendWords(buf []byte, ends []int, s string) ([]byte, []int) {
	start := len(buf)
	var prev rune
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			buf = append(buf, byte(r))
		case 'A' <= r && r <= 'Z':
			buf = append(buf, byte(r)+'a'-'A')
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case (r == '\'' || r == '’' || r == ',' || r == '.') && len(buf) > start && i+size < len(s) && inWord(r, prev, nextRune(s[i+size:])):
			// within a word or a number: part of it
		default:
			if len(buf) > start {
				ends = append(ends, len(buf))
				buf = append(buf, ' ')
				start = len(buf)
			}
		}
		prev = r
		i += size
	}
	if len(buf) > start {
		ends = append(ends, len(buf))
		buf = append(buf, ' ')
	}
	return buf, ends
}

func nextRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func inWord(r, prev, next rune) bool {
	if r == ',' || r == '.' {
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return unicode.IsLetter(prev) && unicode.IsLetter(next)
}

// fingerprint is what two texts must share, beyond most of their words,
// to be one statement.
type fingerprint struct {
	numbers string
	names   uint64
	seq     uint64
}

// numbers is the words of the text in buf that are numbers, in order: "round 3"
// and "round 4", "three individuals" and "seven", are different
// statements however alike the rest.
func (x *Index) numbers() string {
	var out []byte
	from := 0
	for _, end := range x.ends {
		w := x.buf[from:end]
		from = end + 1
		if bytes.ContainsFunc(w, unicode.IsDigit) || x.numberWord(w) {
			out = append(append(out, w...), ' ')
		}
	}
	return string(out)
}

// hash is FNV-1a, 64 bits.
func hash[T string | []byte](s T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// pronounI reports whether a capitalised word is "I", "I'm", "I’ll"...
func pronounI(word string) bool {
	return word == "I" || strings.HasPrefix(word, "I'") || strings.HasPrefix(word, "I’")
}

// names is the set of capitalised words of a text that do not start a
// sentence, hashed: a rewrite may reword a statement, not change whom or
// what it names.
func (x *Index) names(text string) uint64 {
	found := x.found[:0]
	start := true // the text starts a sentence
	for i := 0; i < len(text); {
		// a word: letters and digits, and what joins them
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if strings.ContainsRune(".!?:;—–-", r) {
				start = true
			}
			i += size
			continue
		}
		from := i
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' {
				break
			}
			i += size
		}
		word := text[from:i]
		if first, _ := utf8.DecodeRuneInString(word); !start && unicode.IsUpper(first) && !pronounI(word) {
			found = append(found, hashFold(word))
		}
		start = false
	}
	slices.Sort(found)
	var set uint64
	for _, h := range slices.Compact(found) {
		set += h
	}
	x.found = found
	return set
}

// hashFold is hash of a word in lower case.
func hashFold(w string) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range w {
		if r == '\'' || r == '’' {
			continue
		}
		r = unicode.ToLower(r)
		for k := 0; k < 4 && r != 0; k++ {
			h ^= uint64(byte(r))
			h *= 1099511628211
			r >>= 8
		}
	}
	return h
}
