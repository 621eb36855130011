package tag

import (
	_ "embed"
	"math"
	"sync"
)

// Tagger tags sentences with a trained model, from Default or Load. It is
// immutable once loaded, but for its cache of words (cache.go), which
// only ever holds what it would compute again, and safe for concurrent use.
type Tagger struct {
	// slots is an open-addressing table of features: the key in the high 32
	// bits, the offset of its weights in pairs (25 bits) and their count (7).
	slots    []uint64
	slotMask uint32
	// pairs holds each weight's class in the low byte, as its index in
	// predict's scores (scoreOf), and the quantised weight in the high 16
	// bits.
	pairs []uint32
	// dense holds the weights of the features that vote for many classes
	// again, as packed vectors (dense.go); their slots point here instead.
	dense       [][denseWords]uint64
	denseSparse []uint32           // each dense vector's sparse offset and count
	denseBias   uint32             // added to every weight of a dense vector
	biasVector  [denseWords]uint64 // the dense vector of no weights: the bias in every lane
	// tagPairs is, for each pair of previous tags, the sum of the
	// features that read only them (dense.go); nil to score them as
	// features like the others.
	tagPairs [][denseWords]uint64
	// dictKeys and dictTags are the tag dictionary: frequent words that
	// always had one tag in training are tagged without scoring.
	dictKeys []uint64
	dictTags []Tag
	dictMask uint64
	classes  []Tag // the tags the model predicts, ascending
	// scoreTag is the tag of each of predict's scores: the classes in
	// order, then the other tags (scoreOf). A score is also its lane of a
	// dense vector, so that predict adds a lane where it reads its tag.
	scoreTag [scoreSlots]Tag
	// scoreStart is where predict's scores start: zero for the classes,
	// far below any sum of weights for the other slots, which so never
	// win however few votes the classes get.
	scoreStart [scoreSlots]int32
	lex        *lexicon
	words      *wordCache // nil for none
}

// scoreSlots is the length of predict's scores: a power of two above every
// tag's score, so that a weight's class, masked, needs no bounds check.
const scoreSlots = 64

// Every tag has a slot, and so has a lane of no class.
const _ = uint(scoreSlots - 1 - numTags)

// noScore starts the scores of the slots that are no class: below any sum
// of numFeatures weights, and far enough from the bottom of int32 that
// adding them cannot wrap.
const noScore = math.MinInt32 / 2

//go:embed model.bin
var embeddedModel []byte

// defaultTagger parses the embedded model on first use, not at start-up:
// brief's first frame needs no tagger.
var defaultTagger = sync.OnceValue(func() *Tagger {
	t, err := Load(embeddedModel)
	if err != nil {
		// The embedded model is part of the build and a test loads it; a
		// failure here is a broken build, not bad input.
		panic(err)
	}
	return t
})

// Default returns the tagger of the embedded model, trained on the CC-BY
// part of the GUM treebank (see README.md).
func Default() *Tagger { return defaultTagger() }

// Tag tags one sentence: words are the tokens as written ("U.S.", “, don't or
// do + n't, —), and the result has one tag per word. It reuses out's storage
// when it has room, and then allocates nothing.
func (t *Tagger) Tag(words []string, out []Tag) []Tag {
	if cap(out) < len(words) {
		out = make([]Tag, len(words))
	}
	out = out[:len(words)]
	if len(t.classes) == 0 { // a zero Tagger, not from Load: no tags rather than a panic
		clear(out)
		return out
	}
	var sw sentenceWindow
	w := sw.start(words, t)
	var feats [numFeatures]uint32
	p1, p2 := None, None
	for i := range words {
		if i > 0 {
			w = sw.advance(w)
		}
		tg := t.dictTag(w[2].dict)
		if tg == None {
			// predict adds the sums it has, the word's and the tags', and
			// looks up the other features
			contextOnlyFeatures(&feats, &w, p1)
			if w[2].cur == nil || t.tagPairs == nil {
				wordFeatures(&feats, w[2])
			}
			if t.tagPairs == nil {
				tagFeatures(&feats, p1, p2)
			}
			tg = t.predict(&feats, p1, p2, w[2])
		}
		out[i] = tg
		p2, p1 = p1, tg
	}
	return out
}

func (t *Tagger) dictTag(key uint64) Tag {
	j := key & t.dictMask
	for {
		k := t.dictKeys[j]
		if k == key {
			return t.dictTags[j]
		}
		if k == 0 {
			return None
		}
		j = (j + 1) & t.dictMask
	}
}

// predict returns the class with the highest score; ties go to the lower tag.
// It adds the sums of the tag pair (tagPairs) and of the word (cur), when
// it has them, and looks up the features before theirs in feats: the
// first numContextFeatures, or those and the word's, or all. It reads the
// home slot of every feature it looks up first, so that the memory loads,
// which dominate, overlap instead of waiting on one another. A feature
// with a dense vector (dense.go) adds it a 64-bit word at a time.
//
// The race detector does not watch it: it reads only the weights, which
// are written once, by Load, before the Tagger is returned, a cached
// word's sum, written before the cache published it (cache.go), and its
// own stack; watching those reads was over a third of the race detector's
// run of the corpus test (TestAttributionCorpusInvariants, issue #13).
//
//go:norace
func (t *Tagger) predict(feats *[numFeatures]uint32, p1, p2 Tag, cur *wordInfo) Tag {
	scores := t.scoreStart
	var packed [denseWords]uint64
	dense := false   // whether packed holds any vector
	look := feats[:] // the features to look up
	if t.tagPairs != nil {
		packed = t.tagPairs[int(p1)*int(numTags)+int(p2)]
		dense = true
		look = feats[:tagFeaturesFrom]
		if v := cur.cur; v != nil {
			addDense(&packed, v) // the word's own features, summed once for the cache
			look = feats[:numContextFeatures]
		}
	}
	var home [numFeatures]uint64
	for i, f := range look {
		home[i] = t.slots[f&t.slotMask]
	}
	for i, f := range look {
		s := home[i]
		for j := f & t.slotMask; s != 0 && uint32(s>>32) != f; s = t.slots[j] {
			j = (j + 1) & t.slotMask
		}
		if s == 0 {
			continue
		}
		lo := uint32(s)
		off := lo >> 7
		n := lo & maxPairsPerFeature
		if n == 0 {
			addDense(&packed, &t.dense[off])
			dense = true
			continue
		}
		for _, p := range t.pairs[off : off+n] {
			// the class is below numTags (Load checks it): the mask
			// only spares the bounds check
			scores[p&(scoreSlots-1)] += int32(int16(p >> 16))
		}
	}
	// The classes' scores come first, ascending by tag, and scoreStart
	// keeps every other below them: the best of the first is the best.
	best, top := 0, int32(math.MinInt32)
	if dense {
		// A score is its lane, so the lanes add and compare in one pass.
		// Every class's lane holds the same sum of biases (dense.go):
		// the best is the same with it.
		for k, v := range packed {
			s := (*[3]int32)(scores[3*k:])
			if sc := s[0] + int32(uint32(v)&laneMask); sc > top {
				best, top = 3*k, sc
			}
			if sc := s[1] + int32(uint32(v>>laneBits)&laneMask); sc > top {
				best, top = 3*k+1, sc
			}
			if sc := s[2] + int32(uint32(v>>(2*laneBits))&laneMask); sc > top {
				best, top = 3*k+2, sc
			}
		}
	} else {
		for c, sc := range scores[:len(t.classes)] {
			if sc > top {
				best, top = c, sc
			}
		}
	}
	return t.classes[best]
}

// Took reports whether word took tag tg often enough in the training
// data to be in its ambiguity class; a word the tagger never saw took
// none. A tag the model guessed from a suffix alone ("rally" RB, as
// "really") is one it did not take.
func (t *Tagger) Took(word string, tg Tag) bool {
	if t.lex == nil || tg >= 64 {
		return false
	}
	var buf [maxForm]byte
	form := appendFolded(buf[:0], word)
	return t.lex.lookup(hashBytes(form))&(1<<tg) != 0
}
