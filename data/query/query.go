// Package query is brief's one query language, shared by the reader's
// "/" and the command line's --query: terms such as party:Russia,
// speaker:"Yuri Ushakov", after:2025-01, kind:direct, is:unread, free
// words and "quoted phrases", combined with AND, each negated by a
// leading "-". It parses a query into terms, with errors that name the
// term at fault, and matches stories and statements. It knows nothing of
// the terminal.
package query

import (
	"strconv"
	"strings"
	"time"

	"github.com/brief-reader/brief/data"
)

// Field is what a term tests.
type Field uint8

const (
	Words   Field = iota // a free word or a "quoted phrase"
	Party                // party:NAME
	Speaker              // speaker:NAME
	After                // after:DATE, on or after the start of the period
	Before               // before:DATE, on or before the end of the period
	KindOf               // kind:direct|reported|question
	Is                   // is:unread|starred
)

// fieldNames are the fields as typed, in the order errors list them.
var fieldNames = [...]string{Party: "party", Speaker: "speaker", After: "after", Before: "before", KindOf: "kind", Is: "is"}

// State is what is:VALUE asks of a story's reading state.
type State uint8

const (
	Unread State = iota
	Starred
)

var stateNames = [...]string{Unread: "unread", Starred: "starred"}

// Term is one condition of a query.
type Term struct {
	Field Field
	Not   bool   // "-" before the term
	Value string // as typed, without the quotes: "Yuri Ushakov", "2025-01", "ceasefire"

	// Day is, for After and Before, the first (After) or last (Before)
	// day of the period typed, as YYYYMMDD: comparing dates is comparing
	// numbers.
	Day   int
	Kind  data.Kind // for KindOf
	State State     // for Is
}

// Query is terms that must all hold; no terms keeps everything.
type Query struct {
	Terms []Term
}

// Error is a query that cannot be used, naming the term at fault.
type Error struct {
	Term string // the term as typed
	Msg  string // the whole message, which names the term
}

func (e *Error) Error() string { return e.Msg }

func termError(term, format string, args ...any) *Error {
	return &Error{Term: term, Msg: sprintf(format, args...)}
}

// Parse reads a query. Every term is used or reported: an unknown field,
// a bad date or kind, an empty value or an unclosed quote is an *Error
// naming the term. With an error, the query returned holds the terms
// before the bad one: what the reader shows while the rest is typed.
func Parse(s string) (Query, error) {
	var q Query
	p := parser{s: s}
	for {
		p.skipSpace()
		if p.i >= len(p.s) {
			return q, nil
		}
		t, err := p.term()
		if err != nil {
			return q, err
		}
		q.Terms = append(q.Terms, t)
	}
}

type parser struct {
	s string
	i int
}

func (p *parser) skipSpace() {
	for p.i < len(p.s) && isSpace(p.s[p.i]) {
		p.i++
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// term reads one term from p.i: [-](field:)?(word|"phrase").
func (p *parser) term() (Term, error) {
	start := p.i
	var t Term
	if p.s[p.i] == '-' {
		t.Not = true
		p.i++
		if p.i >= len(p.s) || isSpace(p.s[p.i]) {
			return t, termError("-", `"-" negates the term after it, but nothing follows it`)
		}
	}
	if p.s[p.i] == '"' {
		v, err := p.quoted(start)
		if err != nil {
			return t, err
		}
		t.Value = v
		if strings.TrimSpace(v) == "" {
			return t, termError(p.s[start:p.i], "empty phrase %s: put words between the quotes", p.s[start:p.i])
		}
		return t, nil
	}
	nameStart := p.i
	for p.i < len(p.s) && !isSpace(p.s[p.i]) && p.s[p.i] != ':' && p.s[p.i] != '"' {
		p.i++
	}
	name := p.s[nameStart:p.i]
	if p.i >= len(p.s) || p.s[p.i] != ':' || !isFieldName(name) || strings.HasPrefix(p.s[p.i:], "://") {
		// A word; one with a colon that cannot be a field ("10:30", a
		// URL) is a word too.
		p.i = nameStart
		for p.i < len(p.s) && !isSpace(p.s[p.i]) {
			p.i++
		}
		t.Value = p.s[nameStart:p.i]
		if strings.Contains(t.Value, `"`) {
			return t, termError(t.Value, `stray quote in %s: quote a whole phrase, "like this"`, p.s[start:p.i])
		}
		return t, nil
	}
	p.i++ // the colon
	field, ok := lookupField(name)
	if !ok {
		p.skipValue(start)
		typed := p.s[start:p.i]
		if near := Nearest(strings.ToLower(name), fieldNames[1:], 1); len(near) == 1 && editDistance([]rune(strings.ToLower(name)), []rune(near[0])) <= 2 {
			return t, termError(typed, "unknown field '%s:' in %s — did you mean %s:?", name, typed, near[0])
		}
		return t, termError(typed, "unknown field '%s:' in %s; the fields are %s (quote it to look for the text)", name, typed, fieldList())
	}
	t.Field = field
	if p.i < len(p.s) && p.s[p.i] == '"' {
		v, err := p.quoted(start)
		if err != nil {
			return t, err
		}
		t.Value = v
	} else {
		vStart := p.i
		for p.i < len(p.s) && !isSpace(p.s[p.i]) {
			p.i++
		}
		t.Value = p.s[vStart:p.i]
	}
	return t, t.check(p.s[start:p.i])
}

// isFieldName reports whether name could be a field: letters only, so
// that "10:30" and "http://…" read as words.
func isFieldName(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func lookupField(name string) (Field, bool) {
	for f, n := range fieldNames {
		if n != "" && strings.EqualFold(n, name) {
			return Field(f), true
		}
	}
	return 0, false
}

func fieldList() string {
	var out []string
	for _, n := range fieldNames[1:] {
		out = append(out, n+":")
	}
	return strings.Join(out, " ")
}

// skipValue moves past the value of a term being reported, quoted or not.
func (p *parser) skipValue(start int) {
	if p.i < len(p.s) && p.s[p.i] == '"' {
		if _, err := p.quoted(start); err == nil {
			return
		}
	}
	for p.i < len(p.s) && !isSpace(p.s[p.i]) {
		p.i++
	}
}

// quoted reads a quoted string at p.i; \" and \\ stand for themselves.
func (p *parser) quoted(start int) (string, error) {
	p.i++ // the opening quote
	var sb strings.Builder
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '\\' && p.i+1 < len(p.s) && (p.s[p.i+1] == '"' || p.s[p.i+1] == '\\'):
			sb.WriteByte(p.s[p.i+1])
			p.i += 2
		case c == '"':
			p.i++
			return sb.String(), nil
		default:
			sb.WriteByte(c)
			p.i++
		}
	}
	typed := p.s[start:]
	return "", termError(typed, "unclosed quote in %s: end the phrase with \"", typed)
}

// check validates a field's value and fills in what it means.
func (t *Term) check(typed string) error {
	name := fieldNames[t.Field]
	if strings.TrimSpace(t.Value) == "" {
		return termError(typed, "%s needs a value, like %s", typed, example(t.Field))
	}
	switch t.Field {
	case After, Before:
		day, ok := parseDay(t.Value, t.Field == Before)
		if !ok {
			return termError(typed, "bad date in %s: want YYYY, YYYY-MM or YYYY-MM-DD, like %s", typed, example(t.Field))
		}
		t.Day = day
	case KindOf:
		k, ok := data.ParseKind(strings.ToLower(t.Value))
		if !ok {
			return termError(typed, "unknown kind in %s; the kinds are %s", typed, kindList())
		}
		t.Kind = k
	case Is:
		for s, n := range stateNames {
			if strings.EqualFold(n, t.Value) {
				t.State = State(s)
				return nil
			}
		}
		return termError(typed, "unknown state in %s; %s:unread and %s:starred are known", typed, name, name)
	}
	return nil
}

func example(f Field) string {
	switch f {
	case Party:
		return "party:Tesmar"
	case Speaker:
		return `speaker:"Ana Verin"`
	case After:
		return "after:2025-01"
	case Before:
		return "before:2025-06-30"
	case KindOf:
		return "kind:direct"
	}
	return "is:unread"
}

func kindList() string {
	var out []string
	for k := data.Kind(0); ; k++ {
		n := k.String()
		if _, ok := data.ParseKind(n); !ok {
			break
		}
		out = append(out, n)
	}
	return strings.Join(out, ", ")
}

// parseDay reads YYYY, YYYY-MM or YYYY-MM-DD as YYYYMMDD: the first day
// of the period, or with end set its last.
func parseDay(s string, end bool) (int, bool) {
	parts := strings.Split(s, "-")
	widths := []int{4, 2, 2}
	if len(parts) > 3 {
		return 0, false
	}
	nums := []int{0, 1, 1}
	for i, p := range parts {
		if len(p) != widths[i] {
			return 0, false
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return 0, false
		}
		nums[i] = n
	}
	y, m, d := nums[0], nums[1], nums[2]
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, false
	}
	if end {
		switch len(parts) {
		case 1:
			m, d = 12, 31
		case 2:
			d = daysIn(y, m)
		}
	}
	return y*10000 + m*100 + d, true
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// DayOf is a date as YYYYMMDD, its calendar day where it was given; 0
// for the zero time (no date).
func DayOf(t time.Time) int {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}

// HoldsDay reports whether a date term keeps day (YYYYMMDD, 0 when the
// story has no date). An undated story matches no date term, so that
// -after:2025 keeps it.
func (t Term) HoldsDay(day int) bool {
	if day == 0 {
		return false
	}
	if t.Field == After {
		return day >= t.Day
	}
	return day <= t.Day
}

// String is the term as it would be typed: party:Russia,
// speaker:"Yuri Ushakov", -ceasefire, "security guarantees".
func (t Term) String() string {
	s := ""
	if t.Not {
		s = "-"
	}
	if t.Field != Words {
		return s + fieldNames[t.Field] + ":" + quoteIfNeeded(t.Value)
	}
	return s + quoteIfNeeded(t.Value)
}

// quoteIfNeeded quotes a value that would not read back as one word.
func quoteIfNeeded(v string) string {
	if v != "" && !strings.ContainsAny(v, " \t\r\n\"\\") && v[0] != '-' && !strings.Contains(v, ":") {
		return v
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(v) + `"`
}

// String is the query as it would be typed.
func (q Query) String() string {
	parts := make([]string, len(q.Terms))
	for i, t := range q.Terms {
		parts[i] = t.String()
	}
	return strings.Join(parts, " ")
}

// Has reports whether the query has a term of field f.
func (q Query) Has(f Field) bool {
	for _, t := range q.Terms {
		if t.Field == f {
			return true
		}
	}
	return false
}
