package cli

import (
	"slices"
	"strings"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/query"
)

// maxNamesSeen bounds the names kept from the stories for suggestions:
// enough for any real corpus's speakers, and no more memory than that
// for a corpus built to have millions.
const maxNamesSeen = 20000

// namesSeen watches the stories --party, --speaker and the query's
// party: and speaker: terms filter: whether each name matched at all,
// and which names the stories hold, to suggest the nearest when one
// matched nothing and the gazetteer does not know it either.
type namesSeen struct {
	checks            []nameCheck
	parties, speakers map[string]bool
}

// nameCheck is one name to watch: a flag's (term nil) or a query term's.
type nameCheck struct {
	speaker bool
	name    string
	term    *query.Term
	found   bool
}

func newNamesSeen(f filters) *namesSeen {
	n := &namesSeen{parties: map[string]bool{}, speakers: map[string]bool{}}
	if f.party != "" {
		n.checks = append(n.checks, nameCheck{name: f.party})
	}
	if f.speaker != "" {
		n.checks = append(n.checks, nameCheck{speaker: true, name: f.speaker})
	}
	if f.q != nil {
		for i, t := range f.q.Terms {
			if t.Field == query.Party || t.Field == query.Speaker {
				n.checks = append(n.checks, nameCheck{speaker: t.Field == query.Speaker, name: t.Value, term: &f.q.Terms[i]})
			}
		}
	}
	return n
}

func (n *namesSeen) note(attr *data.Attributor, b *data.Briefing) {
	for i := range n.checks {
		c := &n.checks[i]
		if c.found {
			continue
		}
		if !c.speaker {
			keep := func(p string) {
				if p != "" && len(n.parties) < maxNamesSeen {
					n.parties[p] = true
				}
				c.found = c.found || query.PartyNamed(attr, b, c.name, p)
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
			continue
		}
		keep := func(s string) {
			if s != "" && len(n.speakers) < maxNamesSeen {
				n.speakers[s] = true
			}
			c.found = c.found || query.SpeakerNamed(attr, b, c.name, s)
		}
		for _, st := range b.Statements {
			keep(st.Speaker)
		}
		for _, d := range b.Declared.Speakers {
			keep(d.Name)
		}
	}
}

// reportUnknown says, for each name that matched no story and names
// nothing the gazetteer knows, that the name is unknown and which known
// names are nearest. It reports whether it said anything. A known name
// the stories lack is an empty answer, not an error.
func (n *namesSeen) reportUnknown(e *env, command string, attr *data.Attributor) bool {
	unknown := false
	for _, c := range n.checks {
		if c.found {
			continue
		}
		what, seen, gazetteer := "party", n.parties, attr.PartyNames()
		if c.speaker {
			if attr.KnowsSpeaker(c.name) {
				continue
			}
			what, seen, gazetteer = "speaker", n.speakers, attr.PersonNames()
		} else if _, known := attr.CanonicalParty(c.name); known {
			continue
		}
		unknown = true
		if c.term != nil {
			e.failf("%s: --query: %s", command, data.SanitizeLine(query.UnknownName(*c.term, query.NewNames(knownNames(seen, gazetteer))).Error()))
			continue
		}
		e.failf("%s: no %s known as %q%s", command, what, data.SanitizeLine(c.name), nearestSuffix(c.name, seen, gazetteer))
	}
	return unknown
}

// knownNames is the stories' own names, sorted (map order would make
// the suggestions vary between runs), then the gazetteer's.
func knownNames(seen map[string]bool, gazetteer []string) []string {
	names := make([]string, 0, len(seen)+len(gazetteer))
	for s := range seen {
		names = append(names, s)
	}
	slices.Sort(names)
	return append(names, gazetteer...)
}

// nearestSuffix is "; nearest: A, B, C", the stories' own names and then
// the gazetteer's; "" when nothing is known at all.
func nearestSuffix(name string, seen map[string]bool, gazetteer []string) string {
	near := query.Nearest(name, knownNames(seen, gazetteer), 3)
	if len(near) == 0 {
		return ""
	}
	for i := range near {
		near[i] = data.SanitizeLine(near[i])
	}
	return "; nearest: " + strings.Join(near, ", ")
}
