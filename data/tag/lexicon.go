package tag

import (
	"encoding/binary"
	"fmt"
	"slices"
)

// lexicon maps the lower-cased forms seen in training to their ambiguity
// class: the set of tags each took often enough (as a bit mask). Features on
// the class of the next word let the tagger see that "told" after an unknown
// capitalised word is a verb, which a greedy left-to-right tagger otherwise
// learns word by word.
type lexicon struct {
	// slots holds each key beside its class, so that a look-up, a cache
	// miss on most words, misses once, not once for the key and again for
	// the class.
	slots []lexEntry
	mask  uint64
}

// minAmbShare is the share of a word's occurrences a tag needs to join its
// ambiguity class.
const minAmbShare = 0.1

type lexEntry struct {
	key, amb uint64
}

func (l *lexicon) lookup(form uint64) uint64 {
	if len(l.slots) == 0 {
		return 0
	}
	j := form & l.mask
	for {
		e := &l.slots[j]
		if e.key == form {
			return e.amb
		}
		if e.key == 0 {
			return 0
		}
		j = (j + 1) & l.mask
	}
}

func newLexicon(entries []lexEntry) (*lexicon, error) {
	size := tableSize(len(entries))
	l := &lexicon{slots: make([]lexEntry, size), mask: uint64(size - 1)}
	for i, e := range entries {
		if e.key == 0 || e.amb == 0 {
			return nil, fmt.Errorf("lexicon entry %d is malformed", i)
		}
		j := e.key & l.mask
		for l.slots[j].key != 0 {
			if l.slots[j].key == e.key {
				return nil, fmt.Errorf("lexicon key %x twice", e.key)
			}
			j = (j + 1) & l.mask
		}
		l.slots[j] = e
	}
	return l, nil
}

// entries returns the lexicon sorted by key, as the model file holds it.
func (l *lexicon) entries() []lexEntry {
	var es []lexEntry
	for _, e := range l.slots {
		if e.key != 0 {
			es = append(es, e)
		}
	}
	slices.SortFunc(es, func(a, b lexEntry) int { return cmpUint64(a.key, b.key) })
	return es
}

func appendLexicon(b []byte, es []lexEntry) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(es)))
	for _, e := range es {
		b = binary.LittleEndian.AppendUint64(b, e.key)
		b = binary.LittleEndian.AppendUint64(b, e.amb)
	}
	return b
}

func readLexicon(r *reader) (*lexicon, error) {
	n := int(r.u32())
	p := r.take(16 * n)
	if r.err != nil {
		return nil, r.err
	}
	es := make([]lexEntry, n)
	for i := range es {
		es[i] = lexEntry{binary.LittleEndian.Uint64(p[16*i:]), binary.LittleEndian.Uint64(p[16*i+8:])}
	}
	return newLexicon(es)
}

// lexiconCounter counts the tags of each form, to build lexicons from.
type lexiconCounter map[uint64]*[numTags]int32

func (lc lexiconCounter) add(form uint64, tg Tag) {
	c := lc[form]
	if c == nil {
		c = new([numTags]int32)
		lc[form] = c
	}
	c[tg]++
}

// build returns the entries of the forms counted in lc, less those counted
// in minus (a jackknife fold's own sentences), sorted by key.
func (lc lexiconCounter) build(minus lexiconCounter) []lexEntry {
	var es []lexEntry
	for form, c := range lc {
		var own [numTags]int32
		if m := minus[form]; m != nil {
			own = *m
		}
		total := int32(0)
		for tg := range c {
			total += c[tg] - own[tg]
		}
		if total == 0 {
			continue
		}
		amb := uint64(0)
		for tg := range c {
			if n := c[tg] - own[tg]; n > 0 && float64(n) >= minAmbShare*float64(total) {
				amb |= 1 << tg
			}
		}
		es = append(es, lexEntry{form, amb})
	}
	slices.SortFunc(es, func(a, b lexEntry) int { return cmpUint64(a.key, b.key) })
	return es
}
