package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tkWord  tokKind = iota // letters and digits, with inner apostrophes
	tkPunct                // one punctuation character
	tkQuote                // a quotation mark, open or close
)

const (
	tfCap    uint16 = 1 << iota // first letter upper-case
	tfUpper                     // every letter upper-case, at least two
	tfSpace                     // white space before it
	tfAbbrev                    // ends with a period that belongs to it ("U.S.", "Mr.")
	tfEnder                     // an abbreviation that may also end a sentence
	tfOpen                      // quotation mark that opens
	tfClose                     // quotation mark that closes
	tfPoss                      // the possessive "’s"
	tfDigit                     // starts with a digit
	tfLower                     // has no upper-case letter
)

// quote families: a quotation closes with a mark of its own family.
const (
	qDouble uint8 = iota + 1
	qSingle
	qGuillemet
	qStraight
)

// token is a span of a paragraph; its text is never copied.
type token struct {
	s, e  int32
	kind  tokKind
	quote uint8
	flags uint16
	lex   *lexEntry
}

func (t *token) has(f uint16) bool { return t.flags&f != 0 }

func (t *token) is(b lexBits) bool { return t.lex != nil && t.lex.bits&b != 0 }

// tokenizer holds the scratch space of one Attribute call.
type tokenizer struct {
	lex   *lexicon
	lower []byte
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokenize splits text into tokens, appending to toks.
func (tz *tokenizer) tokenize(text string, toks []token) []token {
	space := true
	i := 0
	for i < len(text) {
		r, n := runeAt(text, i)
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == 0xa0 || (r >= utf8.RuneSelf && unicode.IsSpace(r)) {
			space = true
			i += n
			continue
		}
		var flags uint16
		if space {
			flags |= tfSpace
		}
		space = false
		if isWordRune(r) {
			j := tz.wordEnd(text, i)
			t := token{s: int32(i), e: int32(j), kind: tkWord, flags: flags}
			tz.classify(text, &t)
			toks = append(toks, t)
			i = j
			// a possessive "’s" is its own token so "Washington’s" names Washington
			if a, an := runeAt(text, i); isApostrophe(a) {
				if s, sn := runeAt(text, i+an); (s == 's' || s == 'S') && !followsWord(text, i+an+sn) {
					toks = append(toks, token{s: int32(i), e: int32(i + an + sn), kind: tkWord, flags: tfPoss | tfLower})
					i += an + sn
				}
			}
			continue
		}
		t := token{s: int32(i), e: int32(i + n), kind: tkPunct, flags: flags}
		switch r {
		case '“', '”', '„', '"':
			t.kind, t.quote = tkQuote, qDouble
			if r == '"' {
				t.quote = qStraight
			}
		case '‘', '’', '\'':
			t.kind, t.quote = tkQuote, qSingle
		case '«', '»':
			t.kind, t.quote = tkQuote, qGuillemet
		}
		if t.kind == tkQuote {
			switch r {
			case '“', '„', '‘', '«':
				t.flags |= tfOpen
			case '”', '»':
				t.flags |= tfClose
			default: // straight marks and ’: by their neighbours
				next, _ := runeAt(text, i+n)
				openCtx := i == 0 || flags&tfSpace != 0 || strings.ContainsRune("([{—–-", prevRune(text, i))
				closeCtx := next == 0 || !isWordRune(next)
				if openCtx && !closeCtx {
					t.flags |= tfOpen
				} else if closeCtx {
					t.flags |= tfClose
				}
			}
		}
		toks = append(toks, t)
		i += n
	}
	return toks
}

func prevRune(s string, i int) rune {
	if i == 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func followsWord(s string, i int) bool {
	r, _ := runeAt(s, i)
	return r != 0 && isWordRune(r)
}

// wordEnd finds the end of the word starting at i: letters and digits,
// inner apostrophes ("don’t", "O’Brien") but not a possessive "’s", the
// digits of "3.8" and "2,000", and the periods of an abbreviation
// ("U.S.", "a.m.", "Mr.", an initial "J.").
func (tz *tokenizer) wordEnd(text string, i int) int {
	start := i
	for i < len(text) {
		r, n := runeAt(text, i)
		if isWordRune(r) {
			i += n
			continue
		}
		if isApostrophe(r) {
			nr, nn := runeAt(text, i+n)
			if isWordRune(nr) {
				// "’s" ending the word is the possessive: stop before it
				if (nr == 's' || nr == 'S') && !followsWord(text, i+n+nn) {
					return i
				}
				i += n
				continue
			}
			return i
		}
		if (r == '.' || r == ',' || r == ':') && isDigitByte(text, i-1) && isDigitByte(text, i+1) {
			i++
			continue
		}
		break
	}
	if i < len(text) && text[i] == '.' {
		w := text[start:i]
		// dotted acronym: "U.S.", "D.C.", "a.m.", "U.S.A."
		if len(w) <= 2 && isLetters(w) {
			j := i + 1
			for {
				k := j
				for k < len(text) && k-j < 2 && isASCIILetter(text[k]) {
					k++
				}
				if k > j && k < len(text) && text[k] == '.' {
					j = k + 1
					continue
				}
				break
			}
			if j > i+1 {
				return j
			}
			if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
				return i + 1 // an initial
			}
		}
		if tz.lex != nil {
			lw := tz.lowerOf(text[start : i+1])
			if e := tz.lex.words[string(lw)]; e != nil && e.bits&(lxAbbrev|lxEnder) != 0 {
				return i + 1
			}
		}
	}
	return i
}

func isDigitByte(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return s != ""
}

// lowerOf lower-cases s into the scratch buffer (valid until the next call).
func (tz *tokenizer) lowerOf(s string) []byte {
	b := tz.lower[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			b = append(b[:0], strings.ToLower(s)...)
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	tz.lower = b
	return b
}

// classify sets the case flags and the lexicon entry of a word token.
func (tz *tokenizer) classify(text string, t *token) {
	w := text[t.s:t.e]
	upper, lower, letters := 0, 0, 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				upper++
				letters++
				if letters == 1 {
					t.flags |= tfCap
				}
			case c >= 'a' && c <= 'z':
				lower++
				letters++
			case c >= '0' && c <= '9' && i == 0:
				t.flags |= tfDigit
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if unicode.IsUpper(r) {
			upper++
			letters++
			if letters == 1 {
				t.flags |= tfCap
			}
		} else if unicode.IsLetter(r) {
			lower++
			letters++
		}
		i += n
	}
	if upper >= 2 && lower == 0 {
		t.flags |= tfUpper
	}
	if upper == 0 {
		t.flags |= tfLower
	}
	if w[len(w)-1] == '.' {
		t.flags |= tfAbbrev
	}
	if tz.lex == nil {
		return
	}
	var e *lexEntry
	if upper == 0 {
		e = tz.lex.words[w]
	} else {
		e = tz.lex.words[string(tz.lowerOf(w))]
	}
	t.lex = e
	if e != nil && e.bits&lxEnder != 0 && t.flags&tfAbbrev != 0 {
		t.flags |= tfEnder
	}
	if t.flags&tfAbbrev != 0 && len(w) >= 4 && strings.Count(w, ".") >= 2 {
		t.flags |= tfEnder // "U.S.", "D.C." may end a sentence
	}
}

// span is a half-open range of token indexes.
type span struct{ a, b int }

// pairQuotes matches opening and closing quotation marks. inQ[i] is the
// index of the opening mark of the quotation token i is inside (the marks
// included), or -1. A quotation left open runs to the end of the
// paragraph, as a quotation continued in the next paragraph does.
func pairQuotes(text string, toks []token, inQ []int32, pairs []span) []span {
	// whether a closing single or straight mark follows each token, found
	// in one backward pass: asking at every opening mark would be quadratic
	var closeS, closeD bool
	for i := len(toks) - 1; i >= 0; i-- {
		inQ[i] = 0
		t := &toks[i]
		if t.kind == tkQuote && t.has(tfClose) {
			switch t.quote {
			case qSingle:
				closeS = true
			case qStraight, qDouble:
				closeD = true
			}
		}
		if closeS {
			inQ[i] |= 1
		}
		if closeD {
			inQ[i] |= 2
		}
	}
	follows := func(i int, q uint8) bool {
		if i+1 >= len(toks) {
			return false
		}
		if q == qSingle {
			return inQ[i+1]&1 != 0
		}
		return inQ[i+1]&2 != 0
	}
	open := -1
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		inQ[i] = -1 // its flags are read only from the token before it
		if t.kind != tkQuote {
			continue
		}
		if open >= 0 {
			o := &toks[open]
			if t.has(tfClose) && sameFamily(o.quote, t.quote) {
				pairs = append(pairs, span{open, i + 1})
				for k := open; k <= i; k++ {
					inQ[k] = int32(open)
				}
				open = -1
			}
			continue
		}
		if !t.has(tfOpen) {
			continue
		}
		if t.quote == qSingle || t.quote == qStraight {
			// only when a closing mark follows: a lone one is an apostrophe
			// or a stray character, not a quotation running to the end
			if !follows(i, t.quote) {
				continue
			}
		}
		open = i
	}
	if open >= 0 {
		pairs = append(pairs, span{open, len(toks)})
		for k := open; k < len(toks); k++ {
			inQ[k] = int32(open)
		}
	}
	return pairs
}

func sameFamily(open, close uint8) bool {
	return open == close || open == qDouble && close == qStraight || open == qStraight && close == qDouble
}

func findClose(toks []token, open int) int {
	for k := open + 1; k < len(toks); k++ {
		if toks[k].kind == tkQuote && toks[k].has(tfClose) && sameFamily(toks[open].quote, toks[k].quote) {
			return k
		}
	}
	return -1
}

func (t *token) text(p string) string { return p[t.s:t.e] }

func isTerminal(p string, t *token) bool {
	if t.kind != tkPunct {
		return false
	}
	c := p[t.s]
	return c == '.' || c == '!' || c == '?'
}

// startsSentence reports whether the token can open a sentence after a
// period that might also end an abbreviation ("… with the U.S. He said").
func startsSentence(t *token) bool {
	if t.kind == tkQuote {
		return t.has(tfOpen)
	}
	return t.has(tfCap) && t.is(lxOpener)
}

// splitSentences cuts a paragraph's tokens into sentences. Terminal
// punctuation inside a quotation does not end the sentence the quotation
// is in, so that “A. B,” he said. is one sentence with its attribution.
func splitSentences(p string, toks []token, inQ []int32, out []span) []span {
	start := 0
	n := len(toks)
	for i := 0; i < n; i++ {
		t := &toks[i]
		end := -1
		switch {
		case isTerminal(p, t) && inQ[i] < 0:
			end = i + 1
			// "?!", "...", and closing brackets belong to this sentence
			for end < n && (isTerminal(p, &toks[end]) || toks[end].kind == tkPunct && (p[toks[end].s] == ')' || p[toks[end].s] == ']')) {
				end++
			}
		case isTerminal(p, t) && inQ[i] >= 0:
			// “… done.” He left.  — the close of the quotation ends it
			k := i + 1
			for k < n && isTerminal(p, &toks[k]) {
				k++
			}
			if k < n && toks[k].kind == tkQuote && toks[k].has(tfClose) && inQ[k] == inQ[i] {
				if k+1 == n || startsSentence(&toks[k+1]) || toks[k+1].has(tfCap) {
					end = k + 1
				}
			}
		case t.has(tfEnder) && inQ[i] < 0 && i+1 < n && startsSentence(&toks[i+1]):
			end = i + 1
		}
		if end > 0 {
			if end > start {
				out = append(out, span{start, end})
			}
			start = end
			i = end - 1
		}
	}
	if start < n {
		out = append(out, span{start, n})
	}
	return out
}
