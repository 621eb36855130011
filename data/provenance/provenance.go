// Package provenance finds the same statement reported in several
// stories: a feed item and the saved copy of it, two wire rewrites of one
// quote. Statements are added one at a time, as stories arrive, and each
// joins the group of an earlier one it matches or starts a group of its
// own; a group lists its statements earliest first. It knows nothing of
// the terminal.
package provenance

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/brief-reader/brief/data/lexicon"
)

// Statement is what matching needs of one statement.
type Statement struct {
	Story   int       // the caller's story; a group holds one statement per story
	Date    time.Time // the story's date; zero when unknown, which sorts last
	Speaker string
	Party   string
	Text    string
}

// The thresholds of a match. Short texts ("No.", "We will see.") are said
// again and again by different people on different days: they never
// merge. Longer ones merge when the same words are quoted in stories a
// few days apart, allowing the light rewording of a rewrite in texts long
// enough that a word changed does not make another statement: most of
// either text's words are in the other, and any numbers agree.
const (
	minWords      = 6                 // distinct words a text needs to be matched at all
	minReworded   = 12                // and to be matched to one not of the same words
	shared        = 0.8               // of each text's distinct words, found in the other
	reportsWithin = 14 * 24 * 60 * 60 // seconds between two reports of one statement, at most
)

// Index groups statements as they are added. The zero value is not
// ready: use New.
type Index struct {
	items  []item
	firsts []first
	// A group is named by the statement that started it, which the next
	// are compared with; most have no other, and are not in members.
	members map[int32][]int32 // group -> its statements, earliest first, when more than one
	self    []int32           // i at i: a group of one, as a slice, without allocating
	stamp   []uint32          // per statement: the query that last compared its group
	// Per statement, apart from items so that the quote view's pass over
	// 200,000 of them at a keystroke reads little memory.
	multi   []bool  // its group has more than one
	groupOf []int32 // its group
	dateOf  []int64 // its date, as items

	// Postings, as linked lists in one array: the groups listed under a
	// speaker key and a word.
	posting map[uint64]int32 // speaker key and word -> the last entry
	entries []entry

	words  map[string]uint32   // word -> id
	keys   map[string]uint32   // speaker key -> id
	people []speaker           // the speakers of the groups' first statements
	person map[speaker]int32   // speaker -> index in people
	named  map[[2]string]int32 // name and party -> index in people
	query  uint32

	buf   []byte   // the words of the text being added; see appendWords
	found []uint64 // the names of the text being added; see names
	ends  []int
	// lexicon says which words are numbers written out ("three"): a
	// rewording may not change them either. nil: digits only.
	lexicon *lexicon.Lexicon
}

// entry is a group in a posting list, with what rules most candidates
// out without reading the group: its first text's size and numbers.
type entry struct {
	group, next int32 // next: -1 at the list's end
	size        uint16
	numbers     uint16 // hashed
}

type item struct {
	group int32
	story int32
	// order is where the statement comes among the caller's, for the
	// ties of a match and of a group's order: its number here, or a
	// Sieve's number for it, which may add statements out of turn.
	order int32
	first int32 // in firsts when it started a group; -1 when it joined one or is too short to match
	date  int64 // Unix seconds; unknown: after every date
}

// first is what a group's first statement keeps for comparing the next
// ones.
type first struct {
	speaker int32    // in people
	words   []uint32 // distinct, sorted
	numbers string   // the numbers in the text, in order
	names   uint64   // the names in the text (see names), as a set
	seq     uint64   // the words in their order, hashed
}

// unknownDate sorts after every date.
const unknownDate = math.MaxInt64

// New makes an empty index.
func New() *Index {
	return &Index{
		members: map[int32][]int32{},
		posting: map[uint64]int32{},
		words:   map[string]uint32{},
		keys:    map[string]uint32{},
		person:  map[speaker]int32{},
		named:   map[[2]string]int32{},

		lexicon: builtinLexicon(),
	}
}

// Len is the number of statements added.
func (x *Index) Len() int { return len(x.items) }

// Add adds a statement and returns its number: 0 for the first added,
// then 1, 2, ...
func (x *Index) Add(s Statement) int { return x.add(s, int32(len(x.items))) }

// add is Add for a statement that comes at order among the caller's.
func (x *Index) add(s Statement, order int32) int {
	id := int32(len(x.items))
	it := item{story: int32(s.Story), date: unknownDate, group: id, order: order, first: -1}
	if !s.Date.IsZero() {
		it.date = s.Date.Unix()
	}
	x.buf, x.ends = appendWords(x.buf[:0], x.ends[:0], s.Text)
	words := x.wordIDs()
	var spID int32
	var text fingerprint
	joined := false
	if len(words) >= minWords {
		spID = x.personID(s.Speaker, s.Party)
		text = fingerprint{numbers: x.numbers(), names: x.names(s.Text), seq: hash(x.buf)}
		if g := x.match(spID, words, text, it.story, it.date); g >= 0 {
			it.group, joined = g, true
		} else {
			it.first = int32(len(x.firsts))
			x.firsts = append(x.firsts, first{speaker: spID, words: words, numbers: text.numbers, names: text.names, seq: text.seq})
		}
	}
	x.items = append(x.items, it)
	x.self = append(x.self, id)
	x.stamp = append(x.stamp, 0)
	x.multi = append(x.multi, false)
	x.groupOf = append(x.groupOf, it.group)
	x.dateOf = append(x.dateOf, it.date)
	switch {
	case joined:
		x.members[it.group] = x.insert(x.Members(int(it.group)), id)
		x.multi[it.group], x.multi[id] = true, true
	case it.first >= 0:
		spk := x.keyID(x.people[spID].key)
		for _, w := range prefix(words) {
			k := uint64(spk)<<32 | uint64(w)
			next, ok := x.posting[k]
			if !ok {
				next = -1
			}
			x.posting[k] = int32(len(x.entries))
			x.entries = append(x.entries, entry{group: id, next: next, size: uint16(min(len(words), math.MaxUint16)), numbers: uint16(hash(text.numbers))})
		}
	}
	return int(id)
}

// insert puts statement id in its place among a group's, earliest first:
// by date, the unknown last, then in the order added.
func (x *Index) insert(members []int32, id int32) []int32 {
	at, _ := slices.BinarySearchFunc(members, id, func(m, id int32) int {
		if c := x.compare(m, id); c != 0 {
			return c
		}
		return cmp.Compare(x.items[m].order, x.items[id].order)
	})
	return slices.Insert(slices.Clone(members), at, id)
}

func (x *Index) compare(a, b int32) int {
	return cmp.Compare(x.dateOf[a], x.dateOf[b])
}

// personID is the speaker of a statement, worked out once per name and
// party.
func (x *Index) personID(name, party string) int32 {
	if id, ok := x.named[[2]string{name, party}]; ok {
		return id
	}
	sp := x.newSpeaker(name, party)
	id, ok := x.person[sp]
	if !ok {
		id = int32(len(x.people))
		x.people = append(x.people, sp)
		x.person[sp] = id
	}
	// Cloned: a name may be part of a story's text, which the index must
	// not keep.
	x.named[[2]string{strings.Clone(name), strings.Clone(party)}] = id
	return id
}

// match finds the group a new statement joins, or -1: one of the same
// speaker whose first statement has the same words, or nearly, and no
// statement of the same story.
//
// Two texts that share enough words share one of their prefixes' words
// (prefix filtering): each group is listed under its first statement's
// prefix, and only the lists of the new text's prefix are read. Words are
// numbered as first met, so a prefix, of the highest numbers, is of words
// met late, the rare ones, whose lists are short.
func (x *Index) match(spID int32, words []uint32, text fingerprint, story int32, date int64) int32 {
	sp := x.people[spID]
	spk, ok := x.keys[sp.key]
	if !ok {
		return -1
	}
	nums := uint16(hash(text.numbers))
	// A text that shares enough words is not much longer nor shorter.
	shortest, longest := int(float64(len(words))*shared+0.999), int(float64(len(words))/shared)
	x.query++
	best, bestCommon := int32(-1), 0
	for _, w := range prefix(words) {
		e, ok := x.posting[uint64(spk)<<32|uint64(w)]
		for ; ok && e >= 0; e = x.entries[e].next {
			en := &x.entries[e]
			if n := int(en.size); n < shortest || n > longest || en.numbers != nums {
				continue
			}
			g := en.group
			if x.stamp[g] == x.query {
				continue
			}
			x.stamp[g] = x.query
			it := &x.items[g]
			first := &x.firsts[it.first]
			if apart(it.date, date) || first.numbers != text.numbers {
				continue
			}
			if first.speaker != spID && !x.people[first.speaker].same(sp) || x.hasStory(g, story) {
				continue
			}
			n := common(first.words, words)
			switch {
			case first.seq == text.seq:
			case min(len(words), len(first.words)) < minReworded:
				continue // a short text with a word changed: "Thanks, Dana"
			case first.names != text.names:
				continue // "the report on Sweden's accession", on Finland's
			}
			if similar(n, len(first.words), len(words)) && (n > bestCommon || n == bestCommon && best >= 0 && it.order < x.items[best].order) {
				best, bestCommon = g, n
			}
		}
	}
	return best
}

// apart reports whether two dates are too far apart for two reports of
// one statement: a speaker says "Great to be with you" on many days.
func apart(a, b int64) bool {
	if a == unknownDate || b == unknownDate {
		return false
	}
	return max(a-b, b-a) > reportsWithin
}

// prefix is the words of a text (sorted) that any text sharing enough of
// its words shares one of: as many as it may lack, and one, from the end.
func prefix(words []uint32) []uint32 {
	need := int(float64(len(words))*shared + 0.999)
	return words[need-1:]
}

func (x *Index) hasStory(g int32, story int32) bool {
	for _, m := range x.Members(int(g)) {
		if x.items[m].story == story {
			return true
		}
	}
	return false
}

// similar reports whether two texts of a and b distinct words, n of
// them in common, are the same statement.
func similar(n, a, b int) bool {
	return float64(n) >= shared*float64(max(a, b))
}

// common counts the words two sorted lists share.
func common(a, b []uint32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// wordIDs is the distinct words of the text in buf, by number.
func (x *Index) wordIDs() []uint32 {
	ids := make([]uint32, 0, len(x.ends))
	from := 0
	for _, end := range x.ends {
		w := x.buf[from:end]
		from = end + 1
		id, ok := x.words[string(w)]
		if !ok {
			id = uint32(len(x.words))
			x.words[string(w)] = id
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return slices.Clip(slices.Compact(ids))
}

func (x *Index) keyID(k string) uint32 {
	id, ok := x.keys[k]
	if !ok {
		id = uint32(len(x.keys))
		x.keys[k] = id
	}
	return id
}

// Seal frees what adding needs and asking does not: no statement may be
// added after it. A command that groups every statement before writing
// any calls it between the two.
func (x *Index) Seal() {
	x.posting, x.entries, x.words, x.keys, x.person, x.named = nil, nil, nil, nil, nil, nil
	x.people, x.stamp, x.buf, x.ends, x.found = nil, nil, nil, nil, nil
	x.firsts = nil
}

// Group is the group of statement i: the number of the statement that
// started it.
func (x *Index) Group(i int) int { return int(x.groupOf[i]) }

// Members is the statements of statement i's group, earliest first,
// statement i among them. The slice is the index's: do not change it.
func (x *Index) Members(i int) []int32 {
	if !x.multi[i] {
		return x.self[i : i+1]
	}
	return x.members[x.items[i].group]
}

// Single reports whether no other story reports statement i.
func (x *Index) Single(i int) bool { return !x.multi[i] }

// Earlier reports whether statement i comes before statement j in their
// group's order: earlier date, the unknown last, then added first.
func (x *Index) Earlier(i, j int) bool {
	if c := x.compare(int32(i), int32(j)); c != 0 {
		return c < 0
	}
	return x.items[i].order < x.items[j].order
}

// Earliest reports whether statement i is the earliest of its group.
func (x *Index) Earliest(i int) bool { return x.Members(i)[0] == int32(i) }

// Others is the statements of i's group but i, earliest first: the other
// stories that report it.
func (x *Index) Others(i int) []int32 {
	m := x.Members(i)
	if len(m) == 1 {
		return nil
	}
	out := make([]int32, 0, len(m)-1)
	for _, o := range m {
		if o != int32(i) {
			out = append(out, o)
		}
	}
	return out
}
