package tag

// The features that vote for many classes (the bias, the previous tags, a
// shape, a common suffix: 20 to 46 classes each) are most of the tagger's
// arithmetic: on the news corpus a word's features cast some 670 votes,
// and adding them one class at a time, each through its class index, was
// a third of attribution's time. Such a feature also keeps its weights as
// a dense vector, three classes to a 64-bit word, added word by word.
//
// A dense lane holds a weight plus the model's dense bias (minus its
// lowest weight), so that it is never negative, and numFeatures such
// lanes summed stay below 2²¹: adding two vectors never carries into the
// next lane. Every dense feature adds to every lane, so the biases sum to
// the same amount in every lane: the scores are those of the sparse sum
// plus one amount, and the best of them, ties and all, the same to the
// last bit, so predict never takes the biases off. A lane is a
// class, in the order of Tagger.classes, not a tag: 48 lanes hold the 46
// classes of the model in two cache lines, where a lane for each of the
// 52 tags, two to a word, took four.

// denseWords is the length of a dense vector in 64-bit words.
const denseWords = 16

// laneBits is the width of a lane, three to a word.
const laneBits = 21

// denseLanes is how many classes a dense vector holds; a model with more
// classes has no dense vectors (densify).
const denseLanes = 3 * denseWords

const laneMask = 1<<laneBits - 1

// denseMinPairs is how many classes a feature votes for before its weights
// are kept dense: below it, the few sparse votes cost less than the vector.
const denseMinPairs = 16

// denseFits reports whether the model's weights fit the dense lanes: its
// classes are few enough, and numFeatures weights, each less the lowest,
// sum below 2²¹. It sets the bias when they do.
func (t *Tagger) denseFits() bool {
	if len(t.classes) > denseLanes {
		return false
	}
	lo, hi := int32(0), int32(0)
	for _, p := range t.pairs {
		w := int32(int16(p >> 16))
		lo, hi = min(lo, w), max(hi, w)
	}
	if int64(numFeatures)*int64(hi-lo) > laneMask {
		return false
	}
	t.denseBias = uint32(-lo)
	for i := range denseLanes {
		t.biasVector[i/3] |= uint64(t.denseBias) << (laneBits * (i % 3))
	}
	return true
}

// makeDense gives the tagger its dense vectors (densify) and, if pairs,
// the sums of tag pairs (sumTagPairs), when the weights fit the lanes
// (denseFits, a pass over every weight, asked once); else it does
// nothing.
func (t *Tagger) makeDense(minPairs uint32, pairs bool) {
	if !t.denseFits() {
		return
	}
	t.densify(minPairs)
	if pairs {
		t.sumTagPairs()
	}
}

// densify gives every feature with at least minPairs weights a dense
// vector: its slot then holds the vector's index and a count of zero, and
// denseSparse keeps where its sparse weights are, for MarshalBinary. The
// weights fit the lanes (makeDense asked denseFits).
func (t *Tagger) densify(minPairs uint32) {
	for j, s := range t.slots {
		lo := uint32(s)
		if s == 0 || lo&maxPairsPerFeature < minPairs {
			continue
		}
		idx := uint32(len(t.denseSparse))
		v := t.denseVector(s)
		t.denseSparse = append(t.denseSparse, lo)
		t.dense = append(t.dense, v)
		t.slots[j] = s>>32<<32 | uint64(idx)<<7
	}
}

// addDense adds v to sum, lane by lane. It is written out word by word,
// as the compiler neither unrolls nor vectorises a loop: the loop's own
// counting and bounds were a third of the instructions of adding a vector.
//
//go:norace
func addDense(sum, v *[denseWords]uint64) {
	sum[0] += v[0]
	sum[1] += v[1]
	sum[2] += v[2]
	sum[3] += v[3]
	sum[4] += v[4]
	sum[5] += v[5]
	sum[6] += v[6]
	sum[7] += v[7]
	sum[8] += v[8]
	sum[9] += v[9]
	sum[10] += v[10]
	sum[11] += v[11]
	sum[12] += v[12]
	sum[13] += v[13]
	sum[14] += v[14]
	sum[15] += v[15]
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
// for every pair of tags (tagPairs, 0.3 MB), and predict adds one vector
// where it added four. tagOnlyFeatures are their positions in
// contextFeatures' output (TestTagOnlyFeaturesReadOnlyTags).
var tagOnlyFeatures = positions(tagFeaturesFrom, numFeatures)

// denseVector is a feature's weights as a dense vector, biased, from its
// slot; a feature the model lacks (slot 0) has all its weights zero.
func (t *Tagger) denseVector(s uint64) [denseWords]uint64 {
	v := t.biasVector
	bias := uint64(t.denseBias)
	if s == 0 {
		return v
	}
	off, n := t.sparseOf(s)
	for _, p := range t.pairs[off : off+n] {
		i := int(uint8(p)) // its score is its lane
		if i >= len(t.classes) {
			continue // a weight for a tag the model never predicts counts for nothing
		}
		w := uint64(int64(int16(p>>16)) + int64(bias))
		shift := laneBits * (i % 3)
		v[i/3] = v[i/3]&^(laneMask<<shift) | w<<shift
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
// the dense vectors of the tag-only features, with their biases. The
// weights fit the lanes (makeDense asked denseFits).
func (t *Tagger) sumTagPairs() {
	t.tagPairs = make([][denseWords]uint64, int(numTags)*int(numTags))
	w := windowOf(make([]wordInfo, 5))
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
