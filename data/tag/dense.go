package tag

// The features that vote for many classes (the bias, the previous tags, a
// shape, a common suffix: 20 to 46 classes each) are most of the tagger's
// arithmetic: on the news corpus a word's features cast some 670 votes,
// and adding them one class at a time, each through its class index, was
// a third of attribution's time. Such a feature also keeps its weights as
// a dense vector, two classes to a 64-bit word, added word by word.
//
// A dense lane holds a weight plus denseBias, so that it is never negative
// and adding two lanes never carries into the next: 34 features of at
// most 0xFFFF each stay below 2³². Every dense feature adds to every class,
// so the biases sum to the same amount in every lane and come off exactly;
// the scores, and so the tags, are those of the sparse sum to the last bit.

// denseLanes is the length of a dense vector: one 32-bit lane per tag.
const denseLanes = (int(numTags) + 1) / 2

// denseBias is added to every weight of a dense vector (see above).
const denseBias = 0x8000

// denseMinPairs is how many classes a feature votes for before its weights
// are kept dense: below it, the few sparse votes cost less than the vector.
const denseMinPairs = 16

// densify gives every feature with at least minPairs weights a dense
// vector: its slot then holds the vector's index and a count of zero, and
// denseSparse keeps where its sparse weights are, for MarshalBinary.
func (t *Tagger) densify(minPairs uint32) {
	for j, s := range t.slots {
		lo := uint32(s)
		if s == 0 || lo&maxPairsPerFeature < minPairs {
			continue
		}
		idx := uint32(len(t.denseSparse))
		t.denseSparse = append(t.denseSparse, lo)
		var v [denseLanes]uint64
		for c := range numTags {
			v[c/2] |= denseBias << (32 * (c % 2))
		}
		off := lo >> 7
		for _, p := range t.pairs[off : off+lo&maxPairsPerFeature] {
			c := uint8(p)
			lane := uint64(uint32(int32(int16(p>>16)) + denseBias))
			v[c/2] = v[c/2]&^(0xFFFFFFFF<<(32*(c%2))) | lane<<(32*(c%2))
		}
		t.dense = append(t.dense, v[:]...)
		t.slots[j] = s>>32<<32 | uint64(idx)<<7
	}
}

// sparseOf returns where a slot's sparse weights are, dense or not.
func (t *Tagger) sparseOf(s uint64) (off, n uint32) {
	lo := uint32(s)
	if lo&maxPairsPerFeature == 0 {
		lo = t.denseSparse[lo>>7]
	}
	return lo >> 7, lo & maxPairsPerFeature
}
