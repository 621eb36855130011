package views

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// The sparse grouping answers as the dense one it replaced did, kept
// below as the oracle: statements given their groups in any order, a
// story at a time or scattered, some twice, with questions between, and
// after the groups are given again whole.
func TestStoredReportsAsTheDenseOnes(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(5, 9))
	var sparse storedReports
	var dense denseReports
	check := func(when string) {
		t.Helper()
		if sparse.Slots() != dense.Slots() {
			t.Fatalf("%s: %d slots; want %d", when, sparse.Slots(), dense.Slots())
		}
		n := len(dense.slot)
		for i := range n {
			if sparse.Single(i) != dense.Single(i) {
				t.Fatalf("%s: statement %d single %v; want %v", when, i, sparse.Single(i), dense.Single(i))
			}
			if got, want := sparse.Others(i), dense.Others(i); !slices.Equal(got, want) {
				t.Fatalf("%s: statement %d's others %v; want %v", when, i, got, want)
			}
			if !dense.Single(i) && sparse.Slot(i) >= sparse.Slots() {
				t.Fatalf("%s: statement %d's slot %d of %d", when, i, sparse.Slot(i), sparse.Slots())
			}
			for j := range n {
				if sparse.Earlier(i, j) != dense.Earlier(i, j) {
					t.Fatalf("%s: %d before %d: %v; want %v", when, i, j, sparse.Earlier(i, j), dense.Earlier(i, j))
				}
				if !dense.Single(i) && !dense.Single(j) && (sparse.Slot(i) == sparse.Slot(j)) != (dense.Slot(i) == dense.Slot(j)) {
					t.Fatalf("%s: %d and %d in one group: %v; want %v", when, i, j, sparse.Slot(i) == sparse.Slot(j), dense.Slot(i) == dense.Slot(j))
				}
			}
		}
	}
	give := func(n int32) {
		g, r := int64(rng.IntN(12)), int32(rng.IntN(4))
		sparse.join(n, g, r)
		dense.join(n, g, r)
	}
	for round := range 6 {
		grown := 30 + rng.IntN(90)
		sparse.grow(grown)
		dense.grow(grown)
		n := int32(len(dense.slot))
		for range rng.IntN(40) {
			give(rng.Int32N(n)) // anywhere, some twice
		}
		if round%2 == 0 {
			check("scattered")
		}
		for k := n - int32(grown); k < n; k++ {
			if rng.IntN(3) == 0 {
				give(k) // a story at a time, in order
			}
		}
		check("in order")
	}
	n := len(dense.slot)
	sparse = storedReports{n: sparse.n}
	dense = denseReports{}
	dense.grow(n)
	check("reset")
	for _, k := range rng.Perm(n) {
		if rng.IntN(2) == 0 {
			give(int32(k))
		}
	}
	check("given again whole")
}

// denseReports is how storedReports kept the database's grouping before
// it kept only the grouped statements, the tests' oracle: 8 bytes a
// statement, and a list for each group whose statements the library
// holds several of.
type denseReports struct {
	// slot is a statement's group's slot when the library holds another
	// statement of its group; -1 when it has none, and -2-slot while it
	// is the only one of its group held.
	slot    []int32
	rank    []int32         // its place in its group, the earliest 0
	slotOf  map[int64]int32 // the database's group -> slot
	members [][]int32       // slot -> its statements held, earliest first
}

// grow makes room for n more statements, none in a group.
func (s *denseReports) grow(n int) {
	for range n {
		s.slot = append(s.slot, -1)
		s.rank = append(s.rank, 0)
	}
}

// join puts statement n in group at its rank.
func (s *denseReports) join(n int32, group int64, rank int32) {
	if s.slot[n] != -1 {
		return
	}
	if s.slotOf == nil {
		s.slotOf = map[int64]int32{}
	}
	sl, ok := s.slotOf[group]
	if !ok {
		sl = int32(len(s.members))
		s.slotOf[group] = sl
		s.members = append(s.members, nil)
	}
	s.rank[n] = rank
	ms := s.members[sl]
	at, _ := slices.BinarySearchFunc(ms, n, func(a, b int32) int {
		if s.rank[a] != s.rank[b] {
			return int(s.rank[a] - s.rank[b])
		}
		return int(a - b)
	})
	ms = slices.Insert(ms, at, n)
	s.members[sl] = ms
	if len(ms) == 1 {
		s.slot[n] = -2 - sl
		return
	}
	for _, m := range ms { // the first one held is no longer alone
		s.slot[m] = sl
	}
}

func (s *denseReports) Single(i int) bool { return s.slot[i] < 0 }

func (s *denseReports) Slot(i int) int { return int(s.slot[i]) }

func (s *denseReports) Slots() int { return len(s.members) }

func (s *denseReports) Earlier(i, j int) bool {
	if s.slot[i] < 0 || s.slot[i] != s.slot[j] || s.rank[i] == s.rank[j] {
		return i < j // not of one group
	}
	return s.rank[i] < s.rank[j]
}

func (s *denseReports) Others(i int) []int32 {
	if s.Single(i) {
		return nil
	}
	ms := s.members[s.slot[i]]
	out := make([]int32, 0, len(ms)-1)
	for _, m := range ms {
		if int(m) != i {
			out = append(out, m)
		}
	}
	return out
}
