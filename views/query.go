package views

import (
	"slices"
	"strings"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/query"
)

// QueryFilters turns a query into the filter stack the story list and
// the quote view share, a filter per term. A party or speaker that
// neither the stories nor the gazetteer know is an error that says so
// and names the nearest known names; the filters returned with it are
// those of the terms before. A term that reads as one of reuse
// (the filters before the query was edited: a picker's, by id) is that
// filter, so that the views need not filter again for it.
func (l *Library) QueryFilters(q query.Query, reuse []Filter) ([]Filter, error) {
	out := make([]Filter, 0, len(q.Terms))
	for _, t := range q.Terms {
		if i := slices.IndexFunc(reuse, func(f Filter) bool { return f.String() == t.String() }); i >= 0 {
			out = append(out, reuse[i])
			continue
		}
		f := Filter{ID: -1, Label: t.Value, Term: t}
		switch t.Field {
		case query.Party:
			f.Kind = FilterParty
			if err := l.checkParty(t); err != nil {
				return out, err
			}
		case query.Speaker:
			f.Kind = FilterSpeaker
			if err := l.checkSpeaker(t); err != nil {
				return out, err
			}
		case query.After, query.Before:
			f.Kind = FilterDate
		case query.KindOf:
			f.Kind = FilterStatementKind
		case query.Is:
			f.Kind = FilterMark
			if !l.tracking {
				// Not an empty answer: there is nothing to ask.
				return out, &query.Error{Term: t.String(), Msg: t.String() + ": no read marks or stars here (they are kept in brief's library)"}
			}
		default:
			f = TextFilter(t.Value)
			f.Term = t
		}
		out = append(out, f)
	}
	return out, nil
}

// QueryText is the filters as the query that would make them, as the
// header shows it and "/" starts from; an empty text filter (one being
// typed) is left out.
func QueryText(filters []Filter) string {
	var parts []string
	for _, f := range filters {
		if f.Kind != FilterText || f.Label != "" {
			parts = append(parts, f.String())
		}
	}
	return strings.Join(parts, " ")
}

func (l *Library) checkParty(t query.Term) error {
	if l.partiesByName(t.Value) != nil {
		return nil
	}
	if _, known := l.attr.CanonicalParty(t.Value); known {
		return nil // known, and in no story: an empty answer
	}
	return query.UnknownName(t, l.names.known(false, func() []string {
		return append(slices.Sorted(slices.Values(l.parties)), l.attr.PartyNames()...)
	}))
}

func (l *Library) checkSpeaker(t query.Term) error {
	if l.speakersNamed(t.Value) != nil || l.attr.KnowsSpeaker(t.Value) {
		return nil
	}
	return query.UnknownName(t, l.names.known(true, func() []string {
		names := make([]string, 0, len(l.speakers))
		for _, s := range l.speakers {
			names = append(names, s.Name)
		}
		slices.Sort(names)
		return append(names, l.attr.PersonNames()...)
	}))
}

// names is what party: and speaker: terms are matched with: each
// speaker's names in words, worked out once, and the sets of ids the
// last few terms named, kept until a party or speaker is added or
// renamed (version). A term is both checked and applied, and a picker's
// term is applied again as each batch of stories arrives: each asks
// once.
type names struct {
	speakers []data.SpeakerNames // by speaker id
	version  int
	cachedAt int
	cache    map[namedKey]partySet
	// The names suggested for an unknown party or speaker (the stories'
	// own, sorted, then the gazetteer's), made ready once per version.
	suggestAt [2]int
	suggest   [2]*query.Names
	// declared is the names stories declare their parties by in front
	// matter ("Velhaven" for Tesmar), folded, for party:.
	declared map[string][]int32
}

// declare notes the aliases b's front matter gives its parties.
func (n *names) declare(l *Library, b *data.Briefing) {
	for _, d := range b.Declared.Parties {
		if len(d.Aliases) == 0 {
			continue
		}
		id := l.party(d.Name)
		if n.declared == nil {
			n.declared = map[string][]int32{}
		}
		for _, a := range d.Aliases {
			k := fold(strings.TrimSpace(a))
			if !containsID(n.declared[k], id) {
				n.declared[k] = append(n.declared[k], id)
				n.version++
			}
		}
	}
}

type namedKey struct {
	speaker bool
	name    string
}

func (n *names) add(attr *data.Attributor, name string) {
	n.speakers = append(n.speakers, attr.SpeakerNames(name))
	n.version++
}

func (n *names) rename(attr *data.Attributor, id int32, name string) {
	n.speakers[id] = attr.SpeakerNames(name)
	n.version++
}

// known is the names suggested for an unknown speaker (or party).
func (n *names) known(speaker bool, list func() []string) *query.Names {
	k := 0
	if speaker {
		k = 1
	}
	if n.suggest[k] == nil || n.suggestAt[k] != n.version {
		n.suggest[k], n.suggestAt[k] = query.NewNames(list()), n.version
	}
	return n.suggest[k]
}

// cached is the set a term named, when it is known.
func (n *names) cached(k namedKey, find func() partySet) partySet {
	if n.cache == nil || n.cachedAt != n.version || len(n.cache) > 64 {
		n.cache, n.cachedAt = map[namedKey]partySet{}, n.version
	}
	set, ok := n.cache[k]
	if !ok {
		set = find()
		n.cache[k] = set
	}
	return set
}

// speakersNamed marks the speakers a query's speaker: names, by the
// attributor's rule ("Ushakov" names "Yuri Ushakov"), and every speaker
// of the same person (samePerson); nil when none.
func (l *Library) speakersNamed(name string) partySet {
	l.persons() // first: a change of who is who drops the cache
	return l.names.cached(namedKey{true, name}, func() partySet {
		q := data.NewSpeakerQuery(name)
		var named partySet
		for id, s := range l.names.speakers {
			if s.Match(q) {
				if named == nil {
					named = make(partySet, len(l.speakers))
				}
				named[id] = true
			}
		}
		return l.samePerson(named)
	})
}

// partiesByName is partiesNamed, with the aliases the stories declare,
// kept for a party: term.
func (l *Library) partiesByName(name string) partySet {
	return l.names.cached(namedKey{false, name}, func() partySet {
		named := l.partiesNamed(name)
		for _, id := range l.names.declared[fold(strings.TrimSpace(name))] {
			if named == nil {
				named = make(partySet, len(l.parties))
			}
			named[id] = true
		}
		return named
	})
}

// named is the ids a party or speaker filter keeps: its own, from a
// picker, or those its name names.
func (l *Library) named(f Filter) partySet {
	if f.ID >= 0 {
		set := make(partySet, f.ID+1)
		set[f.ID] = true
		if f.Kind == FilterSpeaker {
			return l.samePerson(set)
		}
		return set
	}
	if f.Kind == FilterSpeaker {
		return l.speakersNamed(f.Label)
	}
	return l.partiesByName(f.Label)
}

// filter keeps the stories among from that f keeps.
func (l storyTester) filter(f Filter, from []int32) []int32 {
	kept := l.holding(f, from)
	if f.Kind == FilterText {
		// Also with the full-text index: the stories it does not hold
		// (the built-in examples, files outside the library) are found
		// by their statements only here. Stories read without their
		// statements have none to search, and cost nothing.
		kept = l.withStatementText(f, from, kept)
	}
	if f.Term.Not {
		return without(from, kept)
	}
	return kept
}

// filter keeps the statements among from that f keeps.
func (l statementTester) filter(f Filter, from []int32) []int32 {
	kept := l.holding(f, from)
	if f.Term.Not {
		return without(from, kept)
	}
	return kept
}

// storyTerm keeps the stories among from that a term other than words
// holds for: the party appears in the story, the speaker speaks in it,
// its date is in the period, it has a statement of the kind, it is
// marked.
func (l storyTester) storyTerm(f Filter, from []int32) []int32 {
	switch f.Kind {
	case FilterParty, FilterSpeaker:
		set := l.named(f)
		return keepIf(from, func(i int32) bool {
			ids := l.stories[i].parties
			if f.Kind == FilterSpeaker {
				ids = l.stories[i].speakers
			}
			for _, id := range ids {
				if set.has(id) {
					return true
				}
			}
			return false
		})
	case FilterDate:
		return keepIf(from, func(i int32) bool { return f.Term.HoldsDay(int(l.stories[i].day)) })
	case FilterStatementKind:
		return keepIf(from, func(i int32) bool { return l.stories[i].kinds&(1<<f.Term.Kind) != 0 })
	}
	return keepIf(from, func(i int32) bool { return l.marked(i, f.Term.State) })
}

// statementTerm is storyTerm for statements: party, speaker and kind are
// the statement's, the date and the marks its story's.
func (l statementTester) statementTerm(f Filter, from []int32) []int32 {
	switch f.Kind {
	case FilterParty, FilterSpeaker:
		set := l.named(f)
		return keepIf(from, func(i int32) bool {
			if f.Kind == FilterSpeaker {
				return set.has(l.stmts[i].speaker)
			}
			return set.has(l.stmts[i].party)
		})
	case FilterDate:
		return keepIf(from, func(i int32) bool { return f.Term.HoldsDay(int(l.stories[l.stmts[i].story].day)) })
	case FilterStatementKind:
		return keepIf(from, func(i int32) bool { return l.kinds[i] == f.Term.Kind })
	}
	return keepIf(from, func(i int32) bool { return l.marked(l.stmts[i].story, f.Term.State) })
}

func (l *Library) marked(story int32, s query.State) bool {
	if s == query.Starred {
		return l.stories[story].starred
	}
	return l.stories[story].unread
}

// without is the items of from not in kept; both ascending.
func without(from, kept []int32) []int32 {
	out := make([]int32, 0, len(from)-len(kept))
	k := 0
	for _, i := range from {
		if k < len(kept) && kept[k] == i {
			k++
			continue
		}
		out = append(out, i)
	}
	return out
}

// Refilter makes the next Sync filter every item again: what a filter
// tests of them has changed (the statements of stories listed without
// them have arrived, and kind: can now tell).
func (e *entries) Refilter() { e.sel = Selection{} }

// TestsStatementKinds reports whether a filter is a kind: term, which on
// the story list needs every story's statements.
func TestsStatementKinds(filters []Filter) bool {
	return slices.ContainsFunc(filters, func(f Filter) bool { return f.Kind == FilterStatementKind })
}

// withStatementText adds to kept, the stories among from whose own line
// holds a text filter's words, those whose statements hold them.
// The statements of neighbouring stories lie end to end in the keys, so
// the stories left are searched as stretches of bytes, each story left
// at its first statement that has the words.
func (l storyTester) withStatementText(f Filter, from, kept []int32) []int32 {
	if f.Query == "" || len(l.stmts) == 0 {
		return kept
	}
	q := []byte(f.Query)
	k := &l.stmtKeys
	a := k.anchor(q)
	var found []int32
	rest := without(from, kept)
	for r := 0; r < len(rest); {
		// A stretch: stories whose statements follow each other.
		first := l.stories[rest[r]].stmtFrom
		end := l.stories[rest[r]].stmtTo
		r++
		for r < len(rest) && l.stories[rest[r]].stmtFrom == end && end > first {
			end = l.stories[rest[r]].stmtTo
			r++
		}
		if end <= first {
			continue
		}
		item := first
		pos, stop := int(k.keyStart(first)), int(k.endOf(end-1))
		for pos < stop {
			j := indexAnchored(k.buf[pos:stop], q, a)
			if j < 0 {
				break
			}
			start := pos + j
			for k.endOf(item) <= uint32(start) {
				item++
			}
			if start+len(q) > int(k.endOf(item)) {
				pos = start + 1 // a hit across two keys
				continue
			}
			story := l.stmts[item].story
			found = append(found, story)
			item = l.stories[story].stmtTo // the story's other statements need no look
			if item >= end {
				break
			}
			pos = int(k.keyStart(item))
		}
	}
	found = l.withNames(f.Query, rest, found)
	if len(found) == 0 {
		return kept
	}
	slices.Sort(found) // statements read later (Attach) come after others'
	return union(kept, slices.Compact(found))
}

// union is the items of a and b, both ascending, ascending.
func union(a, b []int32) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}
