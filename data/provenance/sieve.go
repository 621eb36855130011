package provenance

import (
	"math"
	"slices"
)

// Sieve groups statements as they arrive, as an Index of them all would,
// for a reader that keeps every statement of a library: it is a Screen
// and a Sifted at once. Of most statements it keeps what a Screen does,
// a few numbers; only those that may be reported in another story go to
// an Index, with their words.
//
// A statement goes to the Index when it arrives if an earlier one may be
// the same (see mayBeOne), and so does each such earlier one not there
// yet, whose text the Sieve asks for again. That grouping is the one
// Index's of every statement: a statement left out can match none of the
// statements before it, so it started a group of its own, alone, and
// none of the statements after it matched it until one that may be the
// same arrives. Added then, it matches nothing already in the Index and
// starts its group again. Ties (two groups a statement matches as well,
// two reports of one day) are settled by the statements' numbers, not by
// when the Index got them.
type Sieve struct {
	screener
	text func(n int) Statement // statement n again, as it was added

	sieved chunked[sieved]  // the statements of minWords or more
	near   map[uint64]int32 // block and fortnight (see nearKey) -> the last of its statements, by its place in sieved
	block  map[uint64]int32 // block -> the last of its statements, for an undated one, which every date may match

	n     int
	may   []uint64 // a bit a statement: it went to the Index
	multi []uint64 // a bit a statement: its group has more than one
	sub   []int32  // its number in the Index; -1 when not there

	index  *Index
	number []int32 // the Index's number -> the statement's
	fresh  []int32 // the earlier statements that go to the Index with the one being added
}

// sieved is what a Sieve keeps of a statement of minWords or more, 48
// bytes: what a Screen keeps, less what its place in near and block
// says (its block), its hashes cut to 32 bits and its date to the hour.
// Two texts alike in those fewer bits are one more statement let
// through to the Index, which tells them apart.
type sieved struct {
	sig                 [2]uint64
	seq, names          uint32
	hour                int32 // its date in hours, rounded down; unknownHour when unknown
	number, story       int32
	size                uint32
	prevNear, prevBlock int32 // the statement before it of its block and fortnight, and of its block; -1: none
}

const unknownHour = math.MaxInt32

// hourOf is a date in hours, rounded down, within what an int32 holds:
// dates further apart than reportsWithin stay so, or become one more
// statement let through.
func hourOf(date int64) int32 {
	if date == unknownDate {
		return unknownHour
	}
	h := date / 3600
	if date < 0 && date%3600 != 0 {
		h--
	}
	return int32(min(max(h, math.MinInt32), unknownHour-1))
}

// hoursApart reports whether two dates, in hours, are further apart
// than two reports of one statement may be, as apart does.
func hoursApart(a, b int32) bool {
	if a == unknownHour || b == unknownHour {
		return false
	}
	// Rounded down to the hour, two dates d apart are d/3600 + 1 hours
	// apart at most.
	return max(int64(a)-int64(b), int64(b)-int64(a)) > reportsWithin/3600+1
}

// NewSieve makes an empty Sieve. text gives back statement n, as it was
// added, when a later one may be the same statement.
func NewSieve(text func(n int) Statement) *Sieve {
	return &Sieve{
		screener: newScreener(),
		text:     text,
		near:     map[uint64]int32{},
		block:    map[uint64]int32{},
		index:    New(),
	}
}

// Len is the number of statements added.
func (s *Sieve) Len() int { return s.n }

// Add groups a statement and returns its number: 0 for the first added,
// then 1, 2, ... as Index.Add.
func (s *Sieve) Add(st Statement) int {
	number := int32(s.n)
	s.n++
	if len(s.may) < (s.n+63)/64 {
		s.may, s.multi = append(s.may, 0), append(s.multi, 0)
	}
	s.sub = append(s.sub, -1)
	sc, ok := s.screen(st, int(number))
	if !ok {
		return int(number)
	}
	s.fresh = s.fresh[:0]
	repeats := s.compareEarlier(&sc)
	s.keep(&sc)
	if !repeats {
		return int(number)
	}
	slices.Sort(s.fresh)
	for _, n := range s.fresh {
		s.toIndex(n, s.text(int(n)))
	}
	i := s.toIndex(number, st)
	if !s.index.Single(i) {
		setBit(s.multi, number)
		setBit(s.multi, s.number[s.index.Group(i)])
	}
	return int(number)
}

// compareEarlier reports whether an earlier statement may be sc, and
// gathers in fresh those of them not in the Index yet.
func (s *Sieve) compareEarlier(sc *screened) bool {
	repeats := false
	seq, names, hour := uint32(sc.seq), uint32(sc.names), hourOf(sc.date)
	compare := func(r int32, next func(*sieved) int32) {
		for ; r >= 0; r = next(s.at(r)) {
			a := s.at(r)
			if repeats && hasBit(s.may, a.number) {
				continue // nothing more to learn of it
			}
			if a.story == sc.story || hoursApart(a.hour, hour) || !textsMayBeOne(a.seq == seq, a.names == names, a.sig, sc.sig, a.size, sc.size) {
				continue
			}
			repeats = true
			if !hasBit(s.may, a.number) && !slices.Contains(s.fresh, a.number) {
				s.fresh = append(s.fresh, a.number)
			}
		}
	}
	byNear := func(a *sieved) int32 { return a.prevNear }
	if sc.date == unknownDate {
		if r, ok := s.block[sc.block]; ok {
			compare(r, func(a *sieved) int32 { return a.prevBlock })
		}
		return repeats
	}
	f := fortnight(sc.date)
	for _, k := range [...]uint64{nearKey(sc.block, f-1), nearKey(sc.block, f), nearKey(sc.block, f+1), nearKey(sc.block, fortnight(unknownDate))} {
		if r, ok := s.near[k]; ok {
			compare(r, byNear)
		}
	}
	return repeats
}

// keep files a statement screened under its block and fortnight.
func (s *Sieve) keep(sc *screened) {
	k := nearKey(sc.block, fortnight(sc.date))
	v := sieved{
		sig: sc.sig, seq: uint32(sc.seq), names: uint32(sc.names), hour: hourOf(sc.date),
		number: sc.number, story: sc.story, size: sc.size, prevNear: -1, prevBlock: -1,
	}
	if p, ok := s.near[k]; ok {
		v.prevNear = p
	}
	if p, ok := s.block[sc.block]; ok {
		v.prevBlock = p
	}
	r := s.sieved.add(v)
	s.near[k], s.block[sc.block] = r, r
}

func (s *Sieve) at(r int32) *sieved { return s.sieved.at(r) }

// toIndex adds statement n to the Index and returns its number there.
func (s *Sieve) toIndex(n int32, st Statement) int {
	i := s.index.add(st, n)
	s.sub[n] = int32(i)
	s.number = append(s.number, n)
	setBit(s.may, n)
	return i
}

// fortnight is the span of reportsWithin seconds a date falls in: two
// reports of one statement are in the same or in neighbouring ones. The
// unknown date has one of its own, after every other.
func fortnight(date int64) int64 {
	f := date / reportsWithin
	if date < 0 && date%reportsWithin != 0 {
		f--
	}
	return f
}

func nearKey(block uint64, fortnight int64) uint64 {
	return block ^ uint64(fortnight)*0x9e3779b97f4a7c15
}

// Single reports whether no other story reports statement i.
func (s *Sieve) Single(i int) bool { return !hasBit(s.multi, int32(i)) }

// Group is the group of statement i: the number of the statement that
// started it.
func (s *Sieve) Group(i int) int {
	if s.Single(i) {
		return i
	}
	return int(s.number[s.Slot(i)])
}

// Slot is a number of statement i's group when other stories report it
// (not Single), below Slots: an array by group needs that many, not one
// a statement as Group's numbers would.
func (s *Sieve) Slot(i int) int { return s.index.Group(int(s.sub[i])) }

// Slots is how many numbers Slot gives.
func (s *Sieve) Slots() int { return s.index.Len() }

// Earlier reports whether statement i comes before statement j of its
// group in the group's order, as Index.Earlier.
func (s *Sieve) Earlier(i, j int) bool {
	a, b := s.sub[i], s.sub[j]
	if a < 0 || b < 0 {
		return i < j // not of one group
	}
	return s.index.Earlier(int(a), int(b))
}

// Others is the statements of i's group but i, earliest first: the other
// stories that report it.
func (s *Sieve) Others(i int) []int32 {
	if s.Single(i) {
		return nil
	}
	others := s.index.Others(int(s.sub[i]))
	for k, o := range others {
		others[k] = s.number[o]
	}
	return others
}
