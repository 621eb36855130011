package cli

import (
	"slices"
	"strings"
	"unicode"

	"github.com/brief-reader/brief/data"
)

// maxNamesSeen bounds the names kept from the stories for suggestions:
// enough for any real corpus's speakers, and no more memory than that
// for a corpus built to have millions.
const maxNamesSeen = 20000

// namesSeen watches the stories --party and --speaker filter: whether
// each name matched at all, and which names the stories hold, to suggest
// the nearest when one matched nothing and the gazetteer does not know
// it either.
type namesSeen struct {
	f                        filters
	partyFound, speakerFound bool
	parties, speakers        map[string]bool
}

func newNamesSeen(f filters) *namesSeen {
	return &namesSeen{f: f, parties: map[string]bool{}, speakers: map[string]bool{}}
}

func (n *namesSeen) note(attr *data.Attributor, b *data.Briefing) {
	if n.f.party != "" && !n.partyFound {
		keep := func(p string) {
			if p != "" && len(n.parties) < maxNamesSeen {
				n.parties[p] = true
			}
			n.partyFound = n.partyFound || matchParty(attr, b, n.f.party, p)
		}
		for _, p := range b.Parties {
			keep(p)
		}
		for _, st := range b.Statements {
			keep(st.Party)
		}
		for _, d := range b.Declared.Parties {
			keep(d.Name)
		}
	}
	if n.f.speaker != "" && !n.speakerFound {
		keep := func(s string) {
			if s != "" && len(n.speakers) < maxNamesSeen {
				n.speakers[s] = true
			}
			n.speakerFound = n.speakerFound || matchSpeaker(attr, b, n.f.speaker, s)
		}
		for _, st := range b.Statements {
			keep(st.Speaker)
		}
		for _, d := range b.Declared.Speakers {
			keep(d.Name)
		}
	}
}

// reportUnknown says, for each filter that matched no story and names
// nothing the gazetteer knows, that the name is unknown and which known
// names are nearest. It reports whether it said anything. A known name
// the stories lack is an empty answer, not an error.
func (n *namesSeen) reportUnknown(e *env, command string, attr *data.Attributor) bool {
	unknown := false
	if q := n.f.party; q != "" && !n.partyFound {
		if _, known := attr.CanonicalParty(q); !known {
			unknown = true
			e.failf("%s: no party known as %q%s", command, data.SanitizeLine(q), nearestSuffix(q, n.parties, attr.PartyNames()))
		}
	}
	if q := n.f.speaker; q != "" && !n.speakerFound && !attr.KnowsSpeaker(q) {
		unknown = true
		e.failf("%s: no speaker known as %q%s", command, data.SanitizeLine(q), nearestSuffix(q, n.speakers, attr.PersonNames()))
	}
	return unknown
}

// nearestSuffix is "; nearest: A, B, C", the stories' own names and then
// the gazetteer's; "" when nothing is known at all.
func nearestSuffix(query string, seen map[string]bool, gazetteer []string) string {
	names := make([]string, 0, len(seen)+len(gazetteer))
	for s := range seen {
		names = append(names, s)
	}
	slices.Sort(names) // map order would make the suggestions vary between runs
	names = append(names, gazetteer...)
	near := nearestNames(query, names, 3)
	if len(near) == 0 {
		return ""
	}
	for i := range near {
		near[i] = data.SanitizeLine(near[i])
	}
	return "; nearest: " + strings.Join(near, ", ")
}

// nearestNames picks up to n of names closest to query by edit distance,
// case aside, against the whole name or any one of its words ("Salow"
// is near "Ms. Sallow"); on a tie, the one listed first. Each name is
// given once.
func nearestNames(query string, names []string, n int) []string {
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
