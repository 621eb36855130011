// Package provenance finds the same statement reported in several
// stories: a feed item and the saved copy of it, two wire rewrites of one
// quote. Statements are added one at a time, as stories arrive, and each
// joins the group of an earlier one it matches or starts a group of its
// own; a group lists its statements earliest first. It knows nothing of
// the terminal.
package provenance

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
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
// merge. Longer ones merge when the same words are quoted, allowing the
// light rewording of a rewrite: most of either text's words are in the
// other, and any numbers agree.
const (
	minWords = 6   // distinct words a text needs to be matched at all
	shared   = 0.8 // of each text's distinct words, found in the other

	// maxCandidates bounds the earlier texts of one speaker a new text is
	// compared with: a speaker quoted thousands of times, in words all of
	// which they often use, would otherwise make adding quadratic.
	maxCandidates = 2048
)

// Index groups statements as they are added. The zero value is not
// ready: use New.
type Index struct {
	items   []item
	groups  [][]int32          // group -> its statements, earliest first
	heads   []int32            // group -> the statement that started it, which the next are compared with
	posting map[uint64][]int32 // speaker key and word -> groups holding it
	words   map[string]uint32  // word -> id
	keys    map[string]uint32  // speaker key -> id
	stamp   []uint32           // per group: the query that last compared it
	size    []int32            // per group: its first statement's distinct words
	query   uint32
}

type item struct {
	group int32
	story int32
	date  time.Time
	// What a group's first statement keeps for comparing the next ones;
	// empty for the rest.
	speaker speaker
	words   []uint32 // distinct, sorted
	numbers string   // the numbers in the text, in order
}

// New makes an empty index.
func New() *Index {
	return &Index{
		posting: map[uint64][]int32{},
		words:   map[string]uint32{},
		keys:    map[string]uint32{},
	}
}

// Len is the number of statements added.
func (x *Index) Len() int { return len(x.items) }

// Add adds a statement and returns its number: 0 for the first added,
// then 1, 2, ...
func (x *Index) Add(s Statement) int {
	id := int32(len(x.items))
	it := item{story: int32(s.Story), date: s.Date, group: -1}
	tokens := normalise(s.Text)
	words := x.wordIDs(tokens)
	if len(words) >= minWords {
		sp := newSpeaker(s.Speaker, s.Party)
		nums := numbers(tokens)
		it.group = x.match(sp, words, nums, it.story)
		if it.group < 0 {
			it.speaker, it.words, it.numbers = sp, words, nums
			it.group = x.newGroup(id, len(words))
			spk := x.keyID(sp.key)
			for _, w := range prefix(words) {
				k := uint64(spk)<<32 | uint64(w)
				x.posting[k] = append(x.posting[k], it.group)
			}
		}
	} else {
		it.group = x.newGroup(id, 0)
	}
	x.items = append(x.items, it)
	if g := x.groups[it.group]; len(g) == 0 || g[0] != id {
		x.groups[it.group] = x.insert(g, id)
	}
	return int(id)
}

func (x *Index) newGroup(first int32, words int) int32 {
	g := int32(len(x.groups))
	x.groups = append(x.groups, []int32{first})
	x.heads = append(x.heads, first)
	x.stamp = append(x.stamp, 0)
	x.size = append(x.size, int32(words))
	return g
}

// insert puts statement id in its place among a group's, earliest first:
// by date, the unknown last, then in the order added.
func (x *Index) insert(members []int32, id int32) []int32 {
	at, _ := slices.BinarySearchFunc(members, id, func(m, id int32) int {
		if c := x.compare(m, id); c != 0 {
			return c
		}
		return cmp.Compare(m, id)
	})
	return slices.Insert(members, at, id)
}

func (x *Index) compare(a, b int32) int {
	da, db := x.items[a].date, x.items[b].date
	switch {
	case da.IsZero() && db.IsZero():
		return 0
	case da.IsZero():
		return 1
	case db.IsZero():
		return -1
	}
	return da.Compare(db)
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
func (x *Index) match(sp speaker, words []uint32, nums string, story int32) int32 {
	spk, ok := x.keys[sp.key]
	if !ok {
		return -1
	}
	// A text that shares enough words is not much longer nor shorter.
	shortest, longest := int(float64(len(words))*shared+0.999), int(float64(len(words))/shared)
	x.query++
	best, bestCommon := int32(-1), 0
	for _, w := range prefix(words) {
		for _, g := range x.posting[uint64(spk)<<32|uint64(w)] {
			if x.stamp[g] == x.query {
				continue
			}
			x.stamp[g] = x.query
			if n := int(x.size[g]); n < shortest || n > longest {
				continue
			}
			first := &x.items[x.heads[g]]
			if first.numbers != nums || !first.speaker.same(sp) || x.hasStory(g, story) {
				continue
			}
			if n := common(first.words, words); similar(n, len(first.words), len(words)) && n > bestCommon {
				best, bestCommon = g, n
			}
		}
	}
	return best
}

// prefix is the words of a text (sorted) that any text sharing enough of
// its words shares one of: as many as it may lack, and one, from the end.
func prefix(words []uint32) []uint32 {
	need := int(float64(len(words))*shared + 0.999)
	return words[need-1:]
}

func (x *Index) hasStory(g int32, story int32) bool {
	for _, m := range x.groups[g] {
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

func (x *Index) wordIDs(tokens []string) []uint32 {
	ids := make([]uint32, 0, len(tokens))
	for _, t := range tokens {
		id, ok := x.words[t]
		if !ok {
			id = uint32(len(x.words))
			x.words[t] = id
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

func (x *Index) keyID(k string) uint32 {
	id, ok := x.keys[k]
	if !ok {
		id = uint32(len(x.keys))
		x.keys[k] = id
	}
	return id
}

// Group is the group of statement i.
func (x *Index) Group(i int) int { return int(x.items[i].group) }

// Members is the statements of statement i's group, earliest first,
// statement i among them. The slice is the index's: do not change it.
func (x *Index) Members(i int) []int32 { return x.groups[x.items[i].group] }

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

// Rank is statement i's place in its group, 0 for the earliest.
func (x *Index) Rank(i int) int { return slices.Index(x.Members(i), int32(i)) }

// normalise is a text's words: lower case, without punctuation and quote
// marks ("don't" is "dont"), numbers kept whole ("1,200" is "1200").
func normalise(s string) []string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w.WriteRune(unicode.ToLower(r))
		case (r == '\'' || r == '’' || r == ',' || r == '.') && w.Len() > 0 && i+1 < len(rs) && inWord(r, rs[i-1], rs[i+1]):
			// within a word or a number: part of it
		default:
			flush()
		}
	}
	flush()
	return words
}

// inWord reports whether r between prev and next joins them: an
// apostrophe between letters, a separator between digits.
func inWord(r, prev, next rune) bool {
	if r == ',' || r == '.' {
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return unicode.IsLetter(prev) && unicode.IsLetter(next)
}

// numbers is the words of a text that hold a digit, in order: "round 3"
// and "round 4" are different statements however alike the rest.
func numbers(words []string) string {
	var out []string
	for _, w := range words {
		if strings.ContainsFunc(w, unicode.IsDigit) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}
