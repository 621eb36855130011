package views

import (
	"math/bits"
	"slices"
)

// storedReports keeps the database's grouping for the statements in a
// group only: about a quarter of a library's are, and a slot and a rank
// for every statement were 8 bytes each (issue #11 point 4). A bit a
// statement says which are; their slot and rank are kept in statement
// order, found by counting the bits before (4 bytes a 64 statements), as
// fast as an array for a keystroke. Groups are given a story at a time,
// not always in statement order (a story opened early, a refresh): they
// wait in pending and are put in place together when next asked.
type storedReports struct {
	n int // the statements held

	grouped bitSet  // a bit per statement in a group, alone held or not
	before  []int32 // by word of grouped: its bits set in the words before
	// slot, by grouped statement in order, is its group's slot when the
	// library holds another statement of its group, and -2-slot while it
	// is the only one held; rank is its place in its group, the earliest 0.
	slot, rank []int32

	slotOf  map[int64]int32 // the database's group -> slot
	members [][]int32       // slot -> its statements held, earliest first
	pending []joining       // given, not yet in place; see settle
}

// joining is a statement given its group, waiting to be put in place.
type joining struct {
	n     int32
	group int64
	rank  int32
}

// grow makes room for n more statements, none in a group.
func (s *storedReports) grow(n int) { s.n += n }

// join puts statement n in group at its rank; a statement given a group
// already keeps it.
func (s *storedReports) join(n int32, group int64, rank int32) {
	s.pending = append(s.pending, joining{n, group, rank})
}

// at is statement i's place among the grouped ones, when it is one.
func (s *storedReports) at(i int32) (int, bool) {
	w := int(i >> 6)
	if w >= len(s.grouped) {
		return 0, false
	}
	word, bit := s.grouped[w], uint64(1)<<(uint(i)&63)
	if word&bit == 0 {
		return 0, false
	}
	return int(s.before[w]) + bits.OnesCount64(word&(bit-1)), true
}

// slotOfStmt is statement i's slot as the dense grouping kept it: -1
// when it is in no group.
func (s *storedReports) slotOfStmt(i int32) int32 {
	if k, ok := s.at(i); ok {
		return s.slot[k]
	}
	return -1
}

func (s *storedReports) rankOf(i int32) int32 {
	if k, ok := s.at(i); ok {
		return s.rank[k]
	}
	return 0
}

// settle puts the statements given their groups since in place: their
// bits and places first, all at once, then each in its group's list.
func (s *storedReports) settle() {
	if len(s.pending) > 0 {
		s.settlePending()
	}
}

func (s *storedReports) settlePending() {
	pend := s.pending
	s.pending = nil
	slices.SortStableFunc(pend, func(a, b joining) int { return int(a.n) - int(b.n) })
	pend = slices.CompactFunc(pend, func(a, b joining) bool { return a.n == b.n }) // the first given stays
	pend = slices.DeleteFunc(pend, func(j joining) bool {
		_, ok := s.at(j.n)
		return ok || j.n < 0 || int(j.n) >= s.n
	})
	if len(pend) == 0 {
		return
	}
	words := max(len(s.grouped), int(pend[len(pend)-1].n>>6)+1)
	grouped := slices.Grow(s.grouped, words-len(s.grouped))[:words]
	// The new statements' slots and ranks merged in, in statement order;
	// when all come after the statements grouped before, as a library's
	// statements are read a batch at a time, appended to the lists as
	// they are, where a merge made them anew at every batch.
	slot, rank, old := s.slot, s.rank, len(s.slot)
	var oldNums []int32
	if pend[0].n <= s.lastGrouped() {
		oldNums, old = s.groupedInOrder(), 0
		total := len(s.slot) + len(pend)
		slot, rank = make([]int32, 0, total), make([]int32, 0, total)
	}
	for _, j := range pend {
		for ; old < len(s.slot) && oldNums[old] < j.n; old++ {
			slot, rank = append(slot, s.slot[old]), append(rank, s.rank[old])
		}
		slot, rank = append(slot, -1), append(rank, j.rank)
		grouped[j.n>>6] |= 1 << (uint(j.n) & 63)
	}
	slot, rank = append(slot, s.slot[old:]...), append(rank, s.rank[old:]...)
	s.grouped, s.slot, s.rank = grouped, slot, rank
	s.before = slices.Grow(s.before[:0], len(grouped))[:len(grouped)]
	count := int32(0)
	for w, word := range grouped {
		s.before[w] = count
		count += int32(bits.OnesCount64(word))
	}
	for _, j := range pend {
		s.place(j)
	}
}

// lastGrouped is the number of the last grouped statement, -1 when none is.
func (s *storedReports) lastGrouped() int32 {
	for w := len(s.grouped) - 1; w >= 0; w-- {
		if word := s.grouped[w]; word != 0 {
			return int32(w<<6 + 63 - bits.LeadingZeros64(word))
		}
	}
	return -1
}

// groupedInOrder is the numbers of the grouped statements, in order.
func (s *storedReports) groupedInOrder() []int32 {
	out := make([]int32, 0, len(s.slot))
	for w, word := range s.grouped {
		for word != 0 {
			b := bits.TrailingZeros64(word)
			out = append(out, int32(w<<6+b))
			word &= word - 1
		}
	}
	return out
}

// place puts statement j.n, whose bit and rank are in place, in its
// group's list.
func (s *storedReports) place(j joining) {
	if s.slotOf == nil {
		s.slotOf = map[int64]int32{}
	}
	sl, ok := s.slotOf[j.group]
	if !ok {
		sl = int32(len(s.members))
		s.slotOf[j.group] = sl
		s.members = append(s.members, nil)
	}
	ms := s.members[sl]
	at, _ := slices.BinarySearchFunc(ms, j.n, func(a, b int32) int {
		if ra, rb := s.rankOf(a), s.rankOf(b); ra != rb {
			return int(ra - rb)
		}
		return int(a - b)
	})
	ms = slices.Insert(ms, at, j.n)
	s.members[sl] = ms
	k, _ := s.at(j.n)
	if len(ms) == 1 {
		s.slot[k] = -2 - sl
		return
	}
	s.slot[k] = sl
	if len(ms) == 2 { // the first one held is no longer alone
		other := ms[0]
		if other == j.n {
			other = ms[1]
		}
		ko, _ := s.at(other)
		s.slot[ko] = sl
	}
}

func (s *storedReports) Single(i int) bool {
	s.settle()
	return s.slotOfStmt(int32(i)) < 0
}

func (s *storedReports) Slot(i int) int {
	s.settle()
	return int(s.slotOfStmt(int32(i)))
}

func (s *storedReports) Slots() int {
	s.settle()
	return len(s.members)
}

func (s *storedReports) Earlier(i, j int) bool {
	s.settle()
	ki, oki := s.at(int32(i))
	kj, okj := s.at(int32(j))
	if !oki || !okj || s.slot[ki] < 0 || s.slot[ki] != s.slot[kj] || s.rank[ki] == s.rank[kj] {
		return i < j // not of one group
	}
	return s.rank[ki] < s.rank[kj]
}

func (s *storedReports) Others(i int) []int32 {
	s.settle()
	sl := s.slotOfStmt(int32(i))
	if sl < 0 {
		return nil
	}
	ms := s.members[sl]
	out := make([]int32, 0, len(ms)-1)
	for _, m := range ms {
		if int(m) != i {
			out = append(out, m)
		}
	}
	return out
}

// firstOfStored is firstOf over the database's groups, each statement's
// slot looked up once a pass: a lookup counts bits, where the dense
// grouping read an array, and firstOf's questions asked it three times.
func (l *Library) firstOfStored(s *storedReports, items []int32, inPlace bool) []int32 {
	s.settle()
	f := &l.first
	f.call++
	if n := len(s.members); len(f.item) < n {
		// grown as appended (amortised): groups arrive a batch at a time
		f.item = append(f.item, make([]int32, n-len(f.item))...)
		f.stamp = append(f.stamp, make([]uint32, n-len(f.stamp))...)
	}
	dropped := false
	for _, i := range items {
		k, ok := s.at(i)
		if !ok || s.slot[k] < 0 {
			continue
		}
		g := s.slot[k]
		if f.stamp[g] != f.call {
			f.stamp[g], f.item[g] = f.call, i
		} else if dropped = true; s.Earlier(int(i), int(f.item[g])) {
			f.item[g] = i
		}
	}
	if !dropped {
		return items
	}
	var out []int32
	if inPlace {
		out = items[:0] // each kept is written where it was or before
	} else {
		out = make([]int32, 0, len(items))
	}
	for _, i := range items {
		if g := s.slotOfStmt(i); g < 0 || f.item[g] == i {
			out = append(out, i)
		}
	}
	return out
}
