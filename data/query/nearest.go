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
func UnknownName(t Term, known []string) *Error {
	what := "party"
	if t.Field == Speaker {
		what = "speaker"
	}
	typed := t.String()
	msg := sprintf("unknown %s in %s — nothing by that name is known", what, typed)
	if near := Nearest(t.Value, known, 3); len(near) > 0 {
		for i := range near {
			near[i] = data.SanitizeLine(near[i])
		}
		msg += "; nearest: " + strings.Join(near, ", ")
	}
	return &Error{Term: typed, Msg: msg}
}

// Nearest picks up to n of names closest to query by edit distance,
// case aside, against the whole name or any one of its words ("Salow"
// is near "Ms. Sallow"); on a tie, the one listed first. Each name is
// given once.
func Nearest(query string, names []string, n int) []string {
	q := []rune(strings.ToLower(strings.TrimSpace(query)))
	type scored struct {
		name string
		d, i int
	}
	var all []scored
	seen := map[string]bool{}
	for i, name := range names {
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		lower := strings.ToLower(name)
		d := editDistance(q, []rune(lower))
		for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
			d = min(d, editDistance(q, []rune(w)))
		}
		all = append(all, scored{name, d, i})
	}
	slices.SortStableFunc(all, func(a, b scored) int { return a.d - b.d })
	var out []string
	for _, s := range all[:min(n, len(all))] {
		out = append(out, s.name)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
