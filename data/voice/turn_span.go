package voice

// A turn's span: where its words end, past closings, stage directions and time stamps.

import (
	"strings"
	"unicode"

	"github.com/brief-reader/brief/data/lexicon"
)

// span is the spoken text of a turn's paragraph from off: without the
// space around it, and ending before the stage directions and time
// stamps that close it ("Thank you. (Applause.)", "… END 3:24 P.M. EDT").
func span(l *lexicon.Lexicon, s string, off int) (int32, int32) {
	a := off
	for a < len(s) && isSpace(s[a]) {
		a++
	}
	b := trimTail(l, s, a, len(s))
	if !strings.ContainsFunc(s[a:b], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return int32(a), int32(a) // "Q —": a reporter cut off before a word
	}
	return int32(a), int32(b)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// trimTail moves b back over what closes a turn and is no one's speech.
func trimTail(l *lexicon.Lexicon, s string, a, b int) int {
	for {
		for b > a && isSpace(s[b-1]) {
			b--
		}
		nb := b
		switch {
		case b > a && (s[b-1] == ')' || s[b-1] == ']'):
			open := strings.LastIndexAny(s[a:b-1], "([")
			if open < 0 {
				return b
			}
			open += a
			inner := strings.TrimSpace(s[open+1 : b-1])
			if !direction(inner) || !endsSentence(s, a, open) {
				return b
			}
			nb = open
		case strings.HasSuffix(s[a:b], "#"):
			nb = len(strings.TrimRight(s[:b], "# "))
			if nb < a {
				nb = a
			}
		default:
			if e := timeStampStart(l, s, a, b); e >= 0 {
				nb = e
				break
			}
			w := lastWord(s, a, b)
			if w < b && upperCase(s[w:b]) && l.Is(s[w:b], lexicon.TurnEnd) && endsSentence(s, a, w) {
				nb = w
			}
		}
		if nb == b {
			return b
		}
		b = nb
	}
}

// direction: the inside of a stage direction, a short note in sentence
// case ("Applause.", "Laughter", "Speaks in English.", "inaudible").
func direction(s string) bool {
	if s == "" || len(s) > 60 || strings.ContainsAny(s, "“”\"") {
		return false
	}
	n := len(strings.Fields(s))
	return n <= 3 || strings.HasSuffix(s, ".") && n <= 8
}

// endsSentence: what comes before i is nothing, or ends a sentence or a
// broken-off phrase.
func endsSentence(s string, a, i int) bool {
	j := i
	for j > a && isSpace(s[j-1]) {
		j--
	}
	if j == a {
		return true
	}
	switch s[j-1] {
	case '.', '?', '!', ')', ']', '"', ':':
		return true
	}
	t := s[a:j]
	return strings.HasSuffix(t, "”") || strings.HasSuffix(t, "—") || strings.HasSuffix(t, "–") || strings.HasSuffix(t, "’")
}

// lastWord is where the last word of s[a:b] starts.
func lastWord(s string, a, b int) int {
	i := b
	for i > a && !isSpace(s[i-1]) {
		i--
	}
	return i
}

// timeStampStart finds a time stamp that ends s[a:b] ("3:24 P.M. EDT",
// "11:02 a.m.") and returns where it starts, or -1.
func timeStampStart(l *lexicon.Lexicon, s string, a, b int) int {
	// a time stamp is the last few words: only the tail is read
	from := max(a, b-32)
	for from > a && !isSpace(s[from-1]) {
		from++
		if from >= b {
			return -1
		}
	}
	var room [32]string // the tail's words, on the stack: most paragraphs have no time stamp
	f := appendFields(room[:0], s[from:b])
	n := len(f)
	if n == 0 {
		return -1
	}
	k := n - 1
	if upperCase(f[k]) && len(f[k]) >= 2 && len(f[k]) <= 5 && !strings.Contains(f[k], ".") && k > 0 {
		k-- // the zone: "EDT", "CEST"
	}
	if e := l.Lookup(f[k]); e != nil && e.ClockSuffix {
		k--
	} else if m := strings.ToLower(f[k]); !strings.HasSuffix(m, "a.m.") && !strings.HasSuffix(m, "p.m.") {
		return -1
	}
	if k < 0 || !clock(strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(f[k]), "a.m."), "p.m.")) {
		return -1
	}
	// the start of field k in s
	i := b
	for fi := n - 1; fi >= k; fi-- {
		i = strings.LastIndex(s[a:i], f[fi]) + a
	}
	// "END 3:24 P.M. EDT"
	j := i
	for j > a && isSpace(s[j-1]) {
		j--
	}
	if w := lastWord(s, a, j); w < j && upperCase(s[w:j]) && l.Is(s[w:j], lexicon.TurnEnd) {
		i = w
	}
	if !endsSentence(s, a, i) {
		return -1
	}
	return i
}

// appendFields appends to dst the words of s as strings.Fields cuts them.
func appendFields(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		switch space := unicode.IsSpace(r); {
		case space && start >= 0:
			dst = append(dst, s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// clock: "3:24", "11:02".
func clock(s string) bool {
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) == 0 || len(h) > 2 || len(m) != 2 {
		return false
	}
	for _, c := range h + m {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Spoken is a turn's paragraph as the statement stage reads it: its
// spoken text, with the label before it and the stage directions after
// it blanked, so that offsets stay those of the paragraph.
func Spoken(s string, t Turn) string {
	if t.Start <= 0 && int(t.End) >= len(s) {
		return s
	}
	b := []byte(s)
	for i := range b {
		if i < int(t.Start) || i >= int(t.End) {
			b[i] = ' '
		}
	}
	return string(b)
}
