package provenance

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strings"
)

// Screen is the first of two passes that group more statements than a
// command should hold ("brief quotes --json" on a whole corpus): it keeps
// a few numbers a statement, not its words, and tells which statements
// may be reported in another story. Only those go to an Index (Sifted),
// in the order they were screened.
//
// That grouping is the Index's of every statement: a statement that can
// match no other, as the first of its group or as one joining it, is
// alone in its group whatever else is added, and never a candidate that
// decides another's group. Screen tests what every match needs — the
// speaker's key, the numbers, the dates, the names or the same words in
// order, and enough words in common — so it leaves out only such
// statements. Words in common are bounded by a signature: a bit a word
// (hashed), so a bit of one text's that the other's lacks is a word the
// other lacks.
type Screen struct {
	screener
	screened chunked[screened] // statements of minWords or more
	n        int               // statements added
	may      []uint64          // after Finish: a bit a statement, set when it may be reported elsewhere
}

// screener works out what a Screen keeps of a statement.
type screener struct {
	text   *Index // only its workspace: a text's words, numbers and names, as Add works them out
	keys   map[[2]string]uint64
	hashes []uint64 // the words of the text being screened, hashed
}

func newScreener() screener { return screener{text: New(), keys: map[[2]string]uint64{}} }

// screened is what Screen keeps of a statement.
type screened struct {
	block  uint64 // its speaker's key and its numbers, hashed: two reports of one statement have the same
	date   int64
	seq    uint64 // its words in order, hashed
	names  uint64
	sig    [2]uint64 // its distinct words, a bit each
	number int32
	story  int32
	size   uint32 // distinct words
}

// NewScreen makes an empty Screen.
func NewScreen() *Screen {
	return &Screen{screener: newScreener()}
}

// Add screens a statement and returns its number: 0 for the first added,
// then 1, 2, ... as Index.Add.
func (s *Screen) Add(st Statement) int {
	number := s.n
	s.n++
	sc, ok := s.screen(st, number)
	if !ok {
		return number // never matched
	}
	s.screened.add(sc)
	return number
}

// screen is what is kept of statement number; false for a text too
// short to be matched at all.
func (s *screener) screen(st Statement, number int) (screened, bool) {
	x := s.text
	x.buf, x.ends = appendWords(x.buf[:0], x.ends[:0], st.Text)
	sc := screened{number: int32(number), story: int32(st.Story), date: unknownDate, seq: hash(x.buf)}
	if !st.Date.IsZero() {
		sc.date = st.Date.Unix()
	}
	hashes := s.hashes[:0] // as wordIDs: distinct words
	from := 0
	for _, end := range x.ends {
		hashes = append(hashes, hash(x.buf[from:end]))
		from = end + 1
	}
	slices.Sort(hashes)
	hashes = slices.Compact(hashes)
	s.hashes = hashes
	if len(hashes) < minWords {
		return screened{}, false
	}
	sc.size = uint32(len(hashes))
	for _, h := range hashes {
		b := mix(h) & 127
		sc.sig[b/64] |= 1 << (b % 64)
	}
	sc.names = x.names(st.Text)
	sc.block = s.speakerKey(st.Speaker, st.Party)*1099511628211 ^ hash(x.numbers())
	return sc, true
}

// speakerKey is the key of a speaker (see speaker) hashed, worked out once
// per name and party.
func (s *screener) speakerKey(name, party string) uint64 {
	if k, ok := s.keys[[2]string{name, party}]; ok {
		return k
	}
	k := hash(s.text.newSpeaker(name, party).key)
	// Cloned: a name may be part of a story's text, which must not stay.
	s.keys[[2]string{strings.Clone(name), strings.Clone(party)}] = k
	return k
}

// Finish compares the statements screened, each with those of the same
// block a fortnight around it, and frees them: no statement may be added
// after it.
func (s *Screen) Finish() {
	s.may = make([]uint64, (s.n+63)/64)
	all := make([]*screened, 0, s.screened.len())
	for _, c := range s.screened.chunks {
		for i := range c {
			all = append(all, &c[i])
		}
	}
	// By block, then by date, the unknown last (unknownDate).
	slices.SortFunc(all, func(a, b *screened) int {
		if c := cmp.Compare(a.block, b.block); c != 0 {
			return c
		}
		return cmp.Compare(a.date, b.date)
	})
	for start := 0; start < len(all); {
		end := start + 1
		for end < len(all) && all[end].block == all[start].block {
			end++
		}
		s.compareBlock(all[start:end])
		start = end
	}
	s.screened, s.screener = chunked[screened]{}, screener{}
}

// compareBlock marks the statements of a block, sorted by date, that may
// match another of it: each with those of the fortnight after it, and
// the undated (at the end) with every other.
func (s *Screen) compareBlock(block []*screened) {
	undated, _ := slices.BinarySearchFunc(block, int64(unknownDate), func(sc *screened, d int64) int { return cmp.Compare(sc.date, d) })
	for i, a := range block {
		next := i + 1
		if a.date != unknownDate {
			for ; next < undated && block[next].date-a.date <= reportsWithin; next++ {
				s.compare(a, block[next])
			}
			next = undated
		}
		for _, b := range block[next:] {
			s.compare(a, b)
		}
	}
}

// compare marks a and b when they may be one statement.
func (s *Screen) compare(a, b *screened) {
	if hasBit(s.may, a.number) && hasBit(s.may, b.number) || !mayBeOne(a, b) {
		return
	}
	setBit(s.may, a.number)
	setBit(s.may, b.number)
}

// mayBeOne reports whether a and b, of one block, may be one statement:
// another story, and all else a match needs but the speakers' names and
// the dates, which the caller compares.
func mayBeOne(a, b *screened) bool {
	return a.story != b.story && textsMayBeOne(a.seq == b.seq, a.names == b.names, a.sig, b.sig, a.size, b.size)
}

// textsMayBeOne reports whether two texts may be one statement's: of the
// same words in order, or long enough to be reworded and naming the same;
// and their signatures leave enough words in common.
func textsMayBeOne(sameSeq, sameNames bool, sigA, sigB [2]uint64, sizeA, sizeB uint32) bool {
	if !sameSeq && (min(sizeA, sizeB) < minReworded || !sameNames) {
		return false
	}
	need := minCommon(int(sizeA), int(sizeB))
	if need > int(min(sizeA, sizeB)) {
		return false
	}
	var onlyA, onlyB int
	for k := range sigA {
		onlyA += bits.OnesCount64(sigA[k] &^ sigB[k])
		onlyB += bits.OnesCount64(sigB[k] &^ sigA[k])
	}
	return onlyA <= int(sizeA)-need && onlyB <= int(sizeB)-need
}

// mix scatters the bits of an FNV-1a hash (murmur3's finaliser) before
// a word's bit in a signature is taken from them: the words of two texts
// made alike ("aab", "aac" and "abb", "abc"...) otherwise get alike bits,
// and the screen lets through texts that share no word.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	return h ^ h>>33
}

// minCommon is the fewest words two texts of a and b distinct words must
// share to be one statement (similar).
func minCommon(a, b int) int {
	n := int(math.Ceil(shared * float64(max(a, b))))
	for n > 0 && similar(n-1, a, b) {
		n--
	}
	for !similar(n, a, b) {
		n++
	}
	return n
}

// Len is the number of statements added.
func (s *Screen) Len() int { return s.n }

// MayRepeat reports whether statement i may be reported in another story
// too; false for every other: it is alone in its group. After Finish.
func (s *Screen) MayRepeat(i int) bool { return hasBit(s.may, int32(i)) }
