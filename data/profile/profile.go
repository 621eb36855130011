// Package profile gathers the statements of the stories loaded into
// speakers and parties across stories: one profile per person however
// each story named them, with every name they were found under, their
// roles, their statements newest first and how often they spoke each
// month. It is plain data: it knows nothing of the terminal.
package profile

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/brief-reader/brief/data"
)

// Ref is one statement: story (the number the story was added under) and
// its index in that story's Statements.
type Ref struct {
	Story     int
	Statement int
}

// Month is how many statements fell in one calendar month.
type Month struct {
	Month time.Time // the first day of the month, UTC
	Count int
}

// Activity is when statements were made: the first and last date, a
// count per month from the first to the last (months with none
// included, so a bar shows the gaps), and the statements of stories
// without a date.
type Activity struct {
	First, Last time.Time // zero when no statement is dated
	Months      []Month
	Undated     int
}

// Speaker is one person or body across stories.
type Speaker struct {
	Name       string   // the name they were most often found under, fullest first on a tie
	Roles      []string // most often given first
	Party      string   // the party most often given; "" when none
	Names      []string // every name found under, most often first
	Person     bool     // a named person rather than a body
	Group      bool     // a group ("experts"), not one person or body
	Statements []Ref    // newest first; undated ones last
	Activity
}

// Party is one party across stories: who spoke for it, how often, and
// what they said.
type Party struct {
	Name       string
	Speakers   []Count // most statements first
	Statements []Ref   // newest first; undated ones last
	Activity
}

// Count is a speaker's number of statements for a party.
type Count struct {
	Name  string // as Speaker.Name: Index.Speaker finds the profile by it
	Count int
}

// Index holds the profiles of the stories added to it. Stories are added
// as they arrive (Add); who is who is worked out again, when next asked,
// after any story arrived (a new statement's role or party can change
// it), and each profile is built when first asked for after a change, so
// asking costs little however large the library.
// It is not safe for concurrent use.
type Index struct {
	key func(name string) string

	stories []*data.Briefing // by story number; nil when not added
	when    []int64          // each story's data.Newness, for sorting
	added   int              // stories with statements added

	nameGroup map[string]int32 // a name as written -> its group
	keyGroup  map[string]int32 // a speaker key -> its group
	groups    []group

	partyID map[string]int32
	parties []partyAcc

	// Who is who, worked out from the groups when asked (resolve):
	// root[g] is the group whose profile g's statements belong to.
	root    []int32
	members [][]int32 // a root's groups, itself first; nil for a group that is not a root

	changed  bool // statements arrived since root and the profiles below were worked out
	speakers map[int32]*Speaker
	partyOut map[int32]*Party

	held     heldStatements    // see held.go
	list     StatementLister   // see listed.go; nil: refs kept
	everyone map[int32][]entry // root -> its statements listed at once; see listEveryone
}

// group is the statements of one speaker key: the engine's identity of a
// speaker across stories (data.Attributor.SpeakerKey).
type group struct {
	key     string
	words   []string // key's words
	names   map[string]int
	roles   map[string]int
	parties map[string]int
	person  bool
	isGroup bool
	refs    []entry
}

type entry struct{ story, stmt int32 }

type partyAcc struct {
	name string
	refs []entry
	grps []int32 // the group of each ref
}

// New makes an empty index. key is the identity of a speaker's name
// across stories (data.Attributor.SpeakerKey); nil compares names
// case-insensitively, as written.
func New(key func(name string) string) *Index {
	if key == nil {
		key = func(name string) string { return strings.ToLower(strings.Join(strings.Fields(name), " ")) }
	}
	return &Index{key: key, nameGroup: map[string]int32{}, keyGroup: map[string]int32{}, partyID: map[string]int32{}}
}

// Add takes in the statements of story number story. It reports whether
// it did: a story already added, or one whose statements were not read
// (a compact row that only counts them), is left out, and can be added
// once its statements are there.
func (x *Index) Add(story int, b *data.Briefing) bool {
	if b == nil || story < 0 || len(b.Statements) == 0 {
		return false
	}
	if story < len(x.stories) && x.stories[story] != nil {
		return false
	}
	for len(x.stories) <= story {
		x.stories = append(x.stories, nil)
		x.when = append(x.when, data.Undated)
	}
	x.stories[story] = b
	x.when[story] = data.Newness(b.Date)
	x.added++
	who := make(map[string]data.Speaker, len(b.Speakers))
	for _, sp := range b.Speakers {
		who[sp.Name] = sp
	}
	for i, st := range b.Statements {
		if strings.TrimSpace(st.Speaker) == "" {
			continue
		}
		g := x.group(st.Speaker)
		gr := &x.groups[g]
		e := entry{int32(story), int32(i)}
		if x.list == nil {
			gr.refs = append(gr.refs, e)
		}
		gr.names[st.Speaker]++
		if st.Role != "" {
			gr.roles[st.Role]++
		}
		if st.Party != "" {
			gr.parties[st.Party]++
			if p := x.party(st.Party); x.list == nil {
				x.parties[p].refs = append(x.parties[p].refs, e)
				x.parties[p].grps = append(x.parties[p].grps, g)
			}
		}
		sp := who[st.Speaker]
		gr.person = gr.person || sp.Person
		gr.isGroup = gr.isGroup || sp.Group
	}
	x.changed = true
	return true
}

// Added reports whether story number story's statements were added.
func (x *Index) Added(story int) bool {
	return story >= 0 && story < len(x.stories) && x.stories[story] != nil
}

// Stories is how many stories were added.
func (x *Index) Stories() int { return x.added }

// Story is the story added under number story; nil when none was.
func (x *Index) Story(story int) *data.Briefing {
	if story < 0 || story >= len(x.stories) {
		return nil
	}
	return x.stories[story]
}

// Statement is the story and the statement r refers to.
func (x *Index) Statement(r Ref) (*data.Briefing, data.Statement) {
	b := x.stories[r.Story]
	st, _ := x.statement(r)
	return b, st
}

func (x *Index) group(name string) int32 {
	if g, ok := x.nameGroup[name]; ok {
		return g
	}
	k := x.key(name)
	g, ok := x.keyGroup[k]
	if !ok {
		g = int32(len(x.groups))
		x.groups = append(x.groups, group{key: k, words: strings.Fields(k),
			names: map[string]int{}, roles: map[string]int{}, parties: map[string]int{}})
		x.keyGroup[k] = g
	}
	x.nameGroup[name] = g
	return g
}

func (x *Index) party(name string) int32 {
	if p, ok := x.partyID[name]; ok {
		return p
	}
	p := int32(len(x.parties))
	x.parties = append(x.parties, partyAcc{name: name})
	x.partyID[name] = p
	return p
}

// fresh drops the profiles built before statements arrived.
func (x *Index) fresh() {
	if x.changed || x.speakers == nil {
		x.changed = false
		x.speakers = map[int32]*Speaker{}
		x.partyOut = map[int32]*Party{}
		x.everyone = nil
		x.resolve()
	}
}

// Speaker is the profile of whoever was found under name (any of their
// names, case aside); false when nobody was.
func (x *Index) Speaker(name string) (*Speaker, bool) {
	g, ok := x.nameGroup[name]
	if !ok {
		g, ok = x.keyGroup[x.key(name)]
	}
	if !ok {
		for n, ng := range x.nameGroup {
			if strings.EqualFold(n, name) {
				g, ok = ng, true
				break
			}
		}
	}
	if !ok {
		return nil, false
	}
	x.fresh()
	return x.speaker(x.root[g]), true
}

// SpeakerOf is the profile of the speaker of statement r.
func (x *Index) SpeakerOf(r Ref) (*Speaker, bool) {
	st, ok := x.statement(r)
	if !ok {
		return nil, false
	}
	return x.Speaker(st.Speaker)
}

// Speakers is every profile, the most statements first, then by name.
func (x *Index) Speakers() []*Speaker {
	x.fresh()
	x.listEveryone()
	var out []*Speaker
	for g := range x.groups {
		if x.root[g] == int32(g) {
			out = append(out, x.speaker(int32(g)))
		}
	}
	slices.SortStableFunc(out, func(a, b *Speaker) int {
		if c := cmp.Compare(len(b.Statements), len(a.Statements)); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return out
}

// Party is the profile of the party of that name, case aside; false when
// no statement was made for it.
func (x *Index) Party(name string) (*Party, bool) {
	p, ok := x.partyID[name]
	if !ok {
		for n, id := range x.partyID {
			if strings.EqualFold(n, name) {
				p, ok = id, true
				break
			}
		}
	}
	if !ok {
		return nil, false
	}
	x.fresh()
	return x.partyProfile(p), true
}

// Parties is every party's profile, the most statements first, then by
// name.
func (x *Index) Parties() []*Party {
	x.fresh()
	out := make([]*Party, 0, len(x.parties))
	for p := range x.parties {
		out = append(out, x.partyProfile(int32(p)))
	}
	slices.SortStableFunc(out, func(a, b *Party) int {
		if c := cmp.Compare(len(b.Statements), len(a.Statements)); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return out
}

// Names is every name a speaker was found under, in no set order: what a
// user may have meant by a name that found nobody.
func (x *Index) Names() []string {
	out := make([]string, 0, len(x.nameGroup))
	for n := range x.nameGroup {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

func (x *Index) speaker(root int32) *Speaker {
	if s, ok := x.speakers[root]; ok {
		return s
	}
	names, roles, parties := map[string]int{}, map[string]int{}, map[string]int{}
	var refs []entry
	s := &Speaker{}
	for _, g := range x.members[root] {
		gr := &x.groups[g]
		addCounts(names, gr.names)
		addCounts(roles, gr.roles)
		addCounts(parties, gr.parties)
		if x.list == nil {
			refs = append(refs, gr.refs...)
		}
		s.Person = s.Person || gr.person
		s.Group = s.Group || gr.isGroup
	}
	if x.list != nil {
		refs = x.listedOf(root)
	}
	s.Group = s.Group && !s.Person
	s.Name = x.nameOf(root)
	s.Names = ranked(names, true)
	s.Party = mostOften(parties, false)
	s.Roles = rankedRoles(roles, s.Party)
	s.Statements, s.Activity = x.ordered(refs)
	x.speakers[root] = s
	return s
}

// nameOf is the name of root's profile: the one found most often under
// the root's own key, not a surname merged into it.
func (x *Index) nameOf(root int32) string {
	return mostOften(x.groups[root].names, true)
}

func (x *Index) partyProfile(p int32) *Party {
	if out, ok := x.partyOut[p]; ok {
		return out
	}
	acc := &x.parties[p]
	refs, grps := acc.refs, acc.grps
	if x.list != nil {
		refs, grps = x.listedFor(acc.name)
	}
	counts := map[int32]int{}
	for _, g := range grps {
		counts[x.root[g]]++
	}
	out := &Party{Name: acc.name}
	for root, n := range counts {
		out.Speakers = append(out.Speakers, Count{Name: x.nameOf(root), Count: n})
	}
	slices.SortFunc(out.Speakers, func(a, b Count) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	out.Statements, out.Activity = x.ordered(refs)
	x.partyOut[p] = out
	return out
}

// ordered sorts statements newest first (undated last; in one story, in
// reading order) and counts them by month.
func (x *Index) ordered(es []entry) ([]Ref, Activity) {
	es = slices.Clone(es)
	slices.SortFunc(es, func(a, b entry) int {
		if c := data.NewestFirst(x.when[a.story], x.when[b.story]); c != 0 {
			return c
		}
		if c := cmp.Compare(a.story, b.story); c != 0 {
			return c
		}
		return cmp.Compare(a.stmt, b.stmt)
	})
	refs := make([]Ref, len(es))
	var act Activity
	for i, e := range es {
		refs[i] = Ref{Story: int(e.story), Statement: int(e.stmt)}
		d := x.stories[e.story].Date
		if d.IsZero() {
			act.Undated++
			continue
		}
		if act.Last.IsZero() {
			act.Last = d
		}
		act.First = d
	}
	act.Months = months(x, es[:len(es)-act.Undated], act.First, act.Last)
	return refs, act
}

// months counts dated statements (newest first) by month, from first's
// month to last's.
func months(x *Index, dated []entry, first, last time.Time) []Month {
	if len(dated) == 0 {
		return nil
	}
	index := func(t time.Time) int {
		return (t.Year()-first.Year())*12 + int(t.Month()) - int(first.Month())
	}
	out := make([]Month, index(last)+1)
	for i := range out {
		out[i].Month = time.Date(first.Year(), first.Month()+time.Month(i), 1, 0, 0, 0, 0, time.UTC)
	}
	for _, e := range dated {
		out[index(x.stories[e.story].Date)].Count++
	}
	return out
}
