package profile

import (
	"cmp"
	"slices"
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
)

func addCounts(to, from map[string]int) {
	for k, n := range from {
		to[k] += n
	}
}

// ranked is counts' keys, most counted first; on a tie the longer first
// when longer is set, then in byte order.
func ranked(counts map[string]int, longer bool) []string {
	out := make([]string, 0, len(counts))
	for k := range counts {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		if longer {
			if c := cmp.Compare(len(b), len(a)); c != 0 {
				return c
			}
		}
		return cmp.Compare(a, b)
	})
	return out
}

// rankedRoles is the roles most given first, each once: the spellings
// that differ only in case are one role (the most given spelling kept),
// and a role that is another with its country before it ("Tesmar's
// Foreign Minister", "Tesmar Foreign Minister" for a speaker of Tesmar)
// is counted as that one. "Deputy Prime Minister" stays a role of its
// own.
func rankedRoles(counts map[string]int, party string) []string {
	folded := map[string]int{}
	spelling := map[string]string{}
	for _, k := range ranked(counts, false) {
		f := strings.ToLower(k)
		if _, ok := spelling[f]; !ok {
			spelling[f] = k
		}
		folded[spelling[f]] += counts[k]
	}
	party = strings.ToLower(party)
	for long, n := range folded {
		l := strings.ToLower(long)
		for short := range folded {
			prefix, ok := strings.CutSuffix(l, " "+strings.ToLower(short))
			if !ok {
				continue
			}
			if strings.HasSuffix(prefix, "'s") || strings.HasSuffix(prefix, "’s") || party != "" && prefix == party {
				folded[short] += n
				delete(folded, long)
				break
			}
		}
	}
	foldEndings(folded)
	return ranked(folded, false)
}

// rankWord reports whether w makes a role another office than the role
// it comes before: a Deputy Prime Minister is not the Prime Minister. The
// words are the lexicon's [rank words].
func rankWord(w string) bool {
	l, err := lexicon.Default()
	return err == nil && l.Is(w, lexicon.RankWord)
}

// foldEndings drops a role that another role ends with ("Foreign
// Minister" beside "Tesmari Foreign Minister"), its count going to the
// fuller one (the most given, when several end with it), unless the
// words before it make another office (rankWord).
func foldEndings(folded map[string]int) {
	for _, short := range ranked(folded, false) {
		if _, ok := folded[short]; !ok {
			continue
		}
		s := " " + strings.ToLower(short)
		fuller := ""
		for _, long := range ranked(folded, false) {
			prefix, ok := strings.CutSuffix(strings.ToLower(long), s)
			if !ok || prefix == "" || long == short {
				continue
			}
			if slices.ContainsFunc(roleWords(prefix), rankWord) {
				continue
			}
			fuller = long
			break
		}
		if fuller != "" {
			folded[fuller] += folded[short]
			delete(folded, short)
		}
	}
}

// mostOften is ranked's first, without sorting them all.
func mostOften(counts map[string]int, longer bool) string {
	best, n := "", 0
	for k, c := range counts {
		switch {
		case c > n, c == n && longer && len(k) > len(best),
			c == n && (!longer || len(k) == len(best)) && k < best:
			best, n = k, c
		}
	}
	return best
}
