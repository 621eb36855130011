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

// A lane sums at most one biased weight per feature; this fails to
// compile if numFeatures of them could overflow a 32-bit lane.
const _ = uint32(numFeatures * 0xFFFF)

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
		v := t.denseVector(s)
		t.denseSparse = append(t.denseSparse, lo)
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

// Four features read nothing but the previous two tags: the bias, each
// tag alone and the two together. They are a third of a word's votes and
// the same for every word after the same two tags, so their sum is kept
// for every pair of tags (tagPairs, 0.5 MB), and predict adds one vector
// where it added four. tagOnlyFeatures are their positions in
// contextFeatures' output (TestTagOnlyFeaturesReadOnlyTags).
var tagOnlyFeatures = [...]int{0, 11, 12, 13}

// tagOnlyMask has bit i set for each position in tagOnlyFeatures.
var tagOnlyMask = func() (m uint64) {
	for _, i := range tagOnlyFeatures {
		m |= 1 << i
	}
	return m
}()

// denseVector is a feature's weights as a dense vector, biased, from its
// slot; a feature the model lacks (slot 0) has all its weights zero.
func (t *Tagger) denseVector(s uint64) [denseLanes]uint64 {
	var v [denseLanes]uint64
	for c := range numTags {
		v[c/2] |= denseBias << (32 * (c % 2))
	}
	if s == 0 {
		return v
	}
	off, n := t.sparseOf(s)
	for _, p := range t.pairs[off : off+n] {
		c := uint8(p)
		lane := uint64(uint32(int32(int16(p>>16)) + denseBias))
		v[c/2] = v[c/2]&^(0xFFFFFFFF<<(32*(c%2))) | lane<<(32*(c%2))
	}
	return v
}

// find returns the slot of feature f, or 0 when the model lacks it.
func (t *Tagger) find(f uint32) uint64 {
	j := f & t.slotMask
	s := t.slots[j]
	for s != 0 && uint32(s>>32) != f {
		j = (j + 1) & t.slotMask
		s = t.slots[j]
	}
	return s
}

// sumTagPairs fills tagPairs: for each pair of previous tags, the sum of
// the dense vectors of the tag-only features, with their biases.
func (t *Tagger) sumTagPairs() {
	t.tagPairs = make([][denseLanes]uint64, int(numTags)*int(numTags))
	var w window
	for p1 := range numTags {
		for p2 := range numTags {
			var feats [numFeatures]uint32
			contextFeatures(&feats, &w, p1, p2)
			sum := &t.tagPairs[int(p1)*int(numTags)+int(p2)]
			for _, i := range tagOnlyFeatures {
				v := t.denseVector(t.find(feats[i]))
				for k := range sum {
					sum[k] += v[k]
				}
			}
		}
	}
}
