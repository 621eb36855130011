package views

import (
	"strings"

	"github.com/brief-reader/brief/data"
)

// storyTester filters stories.
type storyTester struct{ *Library }

// statementTester filters statements.
type statementTester struct{ *Library }

func (l storyTester) narrows(prev, next Filter) bool     { return l.textNarrows(prev, next) }
func (l statementTester) narrows(prev, next Filter) bool { return l.textNarrows(prev, next) }

func (l *Library) textNarrows(prev, next Filter) bool {
	return prev.Kind == FilterText && next.Kind == FilterText && !prev.Term.Not && !next.Term.Not &&
		strings.Contains(next.Query, prev.Query) && l.partiesNamed(next.Query) == nil
}

// holding keeps the stories among from that f, not negated, keeps.
func (l storyTester) holding(f Filter, from []int32) []int32 {
	switch f.Kind {
	case FilterParty, FilterSpeaker, FilterDate, FilterStatementKind, FilterMark:
		return l.storyTerm(f, from)
	}
	q := []byte(f.Query)
	aliases := l.partiesNamed(f.Query)
	var inBody func(*data.Briefing) bool
	if l.bodySearch != nil {
		inBody = l.bodySearch(f.Query)
	}
	if aliases == nil && inBody == nil {
		return l.storyKeys.filter(from, q)
	}
	return keepIf(from, func(i int32) bool {
		if inBody != nil && inBody(l.stories[i].b) {
			return true
		}
		for _, p := range l.stories[i].parties {
			if aliases.has(p) {
				return true
			}
		}
		return l.storyKeys.contains(i, q)
	})
}

// holding keeps the statements among from that f, not negated, keeps.
func (l statementTester) holding(f Filter, from []int32) []int32 {
	switch f.Kind {
	case FilterParty, FilterSpeaker, FilterDate, FilterStatementKind, FilterMark:
		return l.statementTerm(f, from)
	}
	q := []byte(f.Query)
	aliases := l.partiesNamed(f.Query)
	names := l.namesHolding(f.Query)
	inText := l.stmtKeys.filter(from, q)
	if stored := l.storedHolding(f.Query, from); len(stored) > 0 {
		inText = union(inText, stored)
	}
	if aliases == nil && names.empty() {
		return inText
	}
	return union(inText, keepIf(from, func(i int32) bool {
		return aliases.has(l.stmts[i].party) || l.holdsName(i, names)
	}))
}

// partiesNamed marks the parties a query names by an alias the text may
// not contain ("kyiv" for Ukraine). Asking the attributor once per party,
// not per item, keeps a keystroke cheap.
func (l *Library) partiesNamed(query string) partySet {
	if strings.TrimSpace(query) == "" {
		return nil
	}
	var named partySet
	for id, name := range l.parties {
		if l.attr.MatchParty(query, name) {
			if named == nil {
				named = make(partySet, len(l.parties))
			}
			named[id] = true
		}
	}
	return named
}

// partySet is indexed by party id; nil is the empty set.
type partySet []bool

func (s partySet) has(id int32) bool { return id >= 0 && int(id) < len(s) && s[id] }

func containsID(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func appendUnique(ids []int32, id int32) []int32 {
	if containsID(ids, id) {
		return ids
	}
	return append(ids, id)
}
