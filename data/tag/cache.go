package tag

import (
	"strings"
	"sync/atomic"
)

// Most of a sentence's words are words the tagger has met in sentences
// before, and what it computes of a word alone is the same each time: its
// normal form and shape, its ambiguity class, and the votes of the ten
// features that read nothing but the word itself (its form, case,
// suffixes, prefixes, shape and class: curFeatures). A wordCache keeps
// them for the first words it meets, one slot a word, so that predict
// adds one vector for the ten (dense.go) where it looked up ten features,
// and the window reads the word's view where it normalised and hashed it
// again.
//
// The cache is the Tagger's, shared by every goroutine that tags: a slot
// is claimed once, filled and then published (ready), and never written
// again, so that readers need no lock. A word whose slots are taken is
// computed as if there were no cache; the tags are the same either way
// (TestCachedTagsAsUncached).

// wordCacheSlots is the size of the cache: 4,096 slots of 248 bytes
// (1 MB). The corpus's 4.2 M tagged words are 51,000 different words,
// and its most common 4,096 are 93 % of them; 8,192 or 16,384 slots
// tagged a sample of it in as many instructions, 2,048 in 5 % more.
const wordCacheSlots = 1 << 12

// curFeatures are the positions in contextFeatures' output of the
// features that read only the current word (TestCurFeaturesReadOnlyTheWord),
// taken from the constants that place them, so a reorder is made once.
var curFeatures = positions(curFeaturesFrom, tagFeaturesFrom)

// positions lists from, from+1, … up to to, not included.
func positions(from, to int) []int {
	out := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}

type wordCache struct {
	slots []cachedWord
}

// cachedWord is one word as the window sees it. initial is part of the
// key: the first word of a sentence has a shape of its own.
type cachedWord struct {
	state   atomic.Uint32 // slotEmpty, slotFilling or slotReady
	initial bool
	word    string
	info    wordInfo // with cur pointing at vec
	vec     [denseWords]uint64
}

const (
	slotEmpty uint32 = iota
	slotFilling
	slotReady
)

func newWordCache() *wordCache {
	return &wordCache{slots: make([]cachedWord, wordCacheSlots)}
}

// home is the first of the two slots word may be in.
func (c *wordCache) home(word string, initial bool) int {
	h := hashBytes(word)
	if initial {
		h = ^h
	}
	return int(h>>32) & (len(c.slots) - 2)
}

// get returns the word's view in the cache, or nil if it is not there.
//
// The race detector does not watch it, as it does not watch the rest of
// the per-word path (see sentenceWindow): it reads a slot only once its
// state, an atomic, says put has published it, and put, which writes
// the slot, stays watched.
//
//go:norace
func (c *wordCache) get(word string, initial bool) *wordInfo {
	j := c.home(word, initial)
	for k := j; k < j+2; k++ {
		e := &c.slots[k]
		if e.state.Load() == slotReady && e.initial == initial && e.word == word {
			return &e.info
		}
	}
	return nil
}

// put stores the word's view, with the sum of its curFeatures, in a free
// slot and returns it there, with cur set; with no free slot it returns
// nil, and the word is scored feature by feature. The slot is never
// written again.
func (c *wordCache) put(t *Tagger, word string, initial bool, info *wordInfo) *wordInfo {
	j := c.home(word, initial)
	for k := j; k < j+2; k++ {
		e := &c.slots[k]
		if !e.state.CompareAndSwap(slotEmpty, slotFilling) {
			continue
		}
		e.initial = initial
		e.word = strings.Clone(word) // not the document the word was cut from
		e.info = *info
		t.sumCur(&e.vec, info)
		e.info.cur = &e.vec
		e.state.Store(slotReady)
		return &e.info
	}
	return nil
}

// sumCur sums into v the dense vectors of the word's curFeatures the
// model has, sparse ones made dense.
func (t *Tagger) sumCur(v *[denseWords]uint64, info *wordInfo) {
	var feats [numFeatures]uint32
	wordFeatures(&feats, info)
	for _, i := range curFeatures {
		s := t.find(feats[i])
		if s == 0 {
			continue
		}
		d := t.denseVector(s)
		for k := range v {
			v[k] += d[k]
		}
	}
}
