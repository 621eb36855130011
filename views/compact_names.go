package views

import "strings"

// A statement's search key is its folded text alone: its speaker, role
// and party, the same in statement after statement, are looked for once
// per query among the library's names (namesHolding), not in a copy
// beside each text. At 100,000 stories that copy was a sixth of the
// quote view's memory.

// heldNames is the names a text filter's words are in: speakers and
// roles as the stories wrote them (compactStatements.strs), and parties.
type heldNames struct{ strs, parties partySet }

// namesHolding is the names that hold q, a folded query.
func (l *Library) namesHolding(q string) heldNames {
	var n heldNames
	if q == "" {
		return n
	}
	for id, s := range l.compact.folded {
		if strings.Contains(s, q) {
			if n.strs == nil {
				n.strs = make(partySet, len(l.compact.folded))
			}
			n.strs[id] = true
		}
	}
	for id, p := range l.parties {
		if strings.Contains(fold(p), q) {
			if n.parties == nil {
				n.parties = make(partySet, len(l.parties))
			}
			n.parties[id] = true
		}
	}
	return n
}

func (n heldNames) empty() bool { return n.strs == nil && n.parties == nil }

// holdsName reports whether statement i's speaker, role or party is
// among n. Of a statement whose story's texts are stored, only the party
// is known here: the database's answer has the rest (see TextSearch).
func (l *Library) holdsName(i int32, n heldNames) bool {
	if n.parties.has(l.stmts[i].party) {
		return true
	}
	story := &l.stories[l.stmts[i].story]
	if story.textStored {
		return false
	}
	r := &l.compact.recs[story.recFrom+i-story.stmtFrom]
	return n.strs.has(int32(r.speaker)) || n.strs.has(int32(r.role))
}

// withNames adds to found the stories among from with a statement whose
// speaker, role or party holds q.
func (l storyTester) withNames(q string, from, found []int32) []int32 {
	n := l.namesHolding(q)
	if n.empty() {
		return found
	}
	for _, si := range from {
		e := &l.stories[si]
		for i := e.stmtFrom; i < e.stmtTo; i++ {
			if l.holdsName(i, n) {
				found = append(found, si)
				break
			}
		}
	}
	return found
}
