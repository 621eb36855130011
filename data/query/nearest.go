package query

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/brief-reader/brief/data"
)

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// UnknownName is the error for a party: or speaker: term naming nothing
// known: it says so and suggests the nearest of known, which come best
// first (the stories' own names, then the gazetteer's).
func UnknownName(t Term, known *Names) *Error {
	what := "party"
	if t.Field == Speaker {
		what = "speaker"
	}
	typed := t.String()
	msg := sprintf("unknown %s in %s — nothing by that name is known", what, typed)
	if near := known.Nearest(t.Value, 3); len(near) > 0 {
		for i := range near {
			near[i] = data.SanitizeLine(near[i])
		}
		msg += "; nearest: " + strings.Join(near, ", ")
	}
	return &Error{Term: typed, Msg: msg}
}

// Names is a list of known names made ready for Nearest: each lower-cased
// and cut into words once, so that a reader can suggest names at each
// keystroke among thousands.
type Names struct {
	names []string
	forms [][][]rune // per name: the whole name, then each of its words
}

// NewNames prepares names, best first; each is kept once.
func NewNames(names []string) *Names {
	ns := &Names{}
	seen := make(map[string]bool, len(names))
	for _, name := range names {
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		lower := strings.ToLower(name)
		forms := [][]rune{[]rune(lower)}
		words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
		if len(words) > 1 || len(words) == 1 && words[0] != lower {
			for _, w := range words {
				forms = append(forms, []rune(w))
			}
		}
		ns.names = append(ns.names, name)
		ns.forms = append(ns.forms, forms)
	}
	return ns
}

// Nearest picks up to n of names closest to query by edit distance,
// case aside, against the whole name or any one of its words ("Salow"
// is near "Ms. Sallow"); on a tie, the one listed first.
func Nearest(query string, names []string, n int) []string {
	return NewNames(names).Nearest(query, n)
}

// Nearest is the package's Nearest over ns.
func (ns *Names) Nearest(query string, n int) []string {
	if ns == nil || n <= 0 {
		return nil
	}
	q := []rune(strings.ToLower(strings.TrimSpace(query)))
	type scored struct{ d, i int }
	best := make([]scored, 0, n+1) // ascending by distance, then by index
	rows := make([]int, 2*(len(q)+1))
	for i, forms := range ns.forms {
		limit := far // a name no nearer than the n-th best is no use
		if len(best) == n {
			limit = best[n-1].d - 1
		}
		d := limit + 1
		for _, f := range forms {
			d = min(d, boundedDistance(f, q, min(d-1, limit), rows))
		}
		if d > limit {
			continue
		}
		at := len(best)
		for at > 0 && best[at-1].d > d {
			at--
		}
		best = slices.Insert(best, at, scored{d, i})
		if len(best) > n {
			best = best[:n]
		}
	}
	out := make([]string, len(best))
	for k, s := range best {
		out[k] = ns.names[s.i]
	}
	return out
}

// boundedDistance is the Levenshtein distance between a and b when it is
// at most limit, and more than limit otherwise; rows is scratch space of
// 2*(len(b)+1).
func boundedDistance(a, b []rune, limit int, rows []int) int {
	if limit < 0 {
		return limit + 1
	}
	if diff := len(a) - len(b); diff > limit || -diff > limit {
		return limit + 1
	}
	prev, cur := rows[:len(b)+1], rows[len(b)+1:2*(len(b)+1)]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b []rune) int {
	return boundedDistance(a, b, far, make([]int, 2*(len(b)+1)))
}

// far is more than any edit distance between names.
const far = 1 << 30
