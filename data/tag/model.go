package tag

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math/bits"
	"slices"
)

// modelMagic opens every model file; the last two bytes are the format version.
const modelMagic = "BRTAGM01"

// maxPairsPerFeature bounds the weights of one feature, so the count fits
// the seven low bits of a table slot.
const maxPairsPerFeature = 127

// modelData is a model as the file holds it: features sorted by key, each
// with its weights, one per class it votes for.
type modelData struct {
	classes []Tag       // the tags the model can predict, ascending
	dict    []dictEntry // frequent unambiguous words, sorted by key
	lex     []lexEntry  // ambiguity classes, sorted by key
	keys    []uint32    // feature keys, ascending
	counts  []uint8     // how many weights each feature has
	classOf []Tag       // the class of each weight
	weight  []int16     // the weights, quantised
}

type dictEntry struct {
	key uint64
	tag Tag
}

// encode writes the model file: little-endian, a CRC-32 at the end.
func (m *modelData) encode() []byte {
	b := []byte(modelMagic)
	b = binary.LittleEndian.AppendUint32(b, featureSet)
	b = binary.LittleEndian.AppendUint32(b, uint32(numTags))
	for t := Tag(0); t < numTags; t++ {
		b = append(b, byte(len(tagNames[t])))
		b = append(b, tagNames[t]...)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.classes)))
	for _, c := range m.classes {
		b = append(b, byte(c))
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.dict)))
	for _, e := range m.dict {
		b = binary.LittleEndian.AppendUint64(b, e.key)
		b = append(b, byte(e.tag))
	}
	b = appendLexicon(b, m.lex)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.keys)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.weight)))
	for _, k := range m.keys {
		b = binary.LittleEndian.AppendUint32(b, k)
	}
	b = append(b, m.counts...)
	for _, c := range m.classOf {
		b = append(b, byte(c))
	}
	for _, w := range m.weight {
		b = binary.LittleEndian.AppendUint16(b, uint16(w))
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

// reader reads the model file, remembering the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = errors.New("truncated")
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *reader) u32() uint32 {
	if p := r.take(4); p != nil {
		return binary.LittleEndian.Uint32(p)
	}
	return 0
}

// Load reads a model written by the training program
// (tools/train-tagger). The Tagger it returns is immutable.
func Load(file []byte) (*Tagger, error) {
	if len(file) < len(modelMagic)+4 || string(file[:len(modelMagic)]) != modelMagic {
		return nil, errors.New("tag model: not a model file (bad magic)")
	}
	body := file[:len(file)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(file[len(body):]) {
		return nil, errors.New("tag model: checksum mismatch")
	}
	t, err := decode(body[len(modelMagic):])
	if err != nil {
		return nil, fmt.Errorf("tag model: %w", err)
	}
	t.makeDense(denseMinPairs, true)
	if t.tagPairs != nil { // the weights fit the lanes the cache sums into
		t.words = newWordCache()
	}
	return t, nil
}

func decode(body []byte) (*Tagger, error) {
	r := &reader{b: body}
	if fs := r.u32(); r.err == nil && fs != featureSet {
		return nil, fmt.Errorf("feature set %d, this tagger computes %d: retrain", fs, featureSet)
	}
	if n := r.u32(); r.err == nil && n != uint32(numTags) {
		return nil, fmt.Errorf("%d tags, this tagger knows %d: retrain", n, numTags)
	}
	for t := Tag(0); t < numTags && r.err == nil; t++ {
		n := r.take(1)
		if n == nil {
			break
		}
		if name := r.take(int(n[0])); r.err == nil && string(name) != tagNames[t] {
			return nil, fmt.Errorf("tag %d is %q in the model, %q here: retrain", t, name, tagNames[t])
		}
	}
	t := &Tagger{}
	for _, c := range r.take(int(r.u32())) {
		if c == 0 || Tag(c) >= numTags {
			return nil, fmt.Errorf("class %d out of range", c)
		}
		t.classes = append(t.classes, Tag(c))
	}
	if r.err == nil && len(t.classes) == 0 {
		return nil, errors.New("no classes")
	}
	for i, c := range t.classes {
		if i > 0 && c <= t.classes[i-1] {
			// predict breaks ties by the first score, which is the
			// lowest tag only when the classes ascend
			return nil, fmt.Errorf("classes not ascending at %d", i)
		}
	}
	scoreOf := t.orderScores()
	nDict := int(r.u32())
	dict := r.take(nDict * 9)
	lex, err := readLexicon(r)
	if err != nil {
		return nil, err
	}
	t.lex = lex
	nFeat, nPairs := int(r.u32()), int(r.u32())
	keys := r.take(nFeat * 4)
	counts := r.take(nFeat)
	classOf := r.take(nPairs)
	weights := r.take(nPairs * 2)
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%d bytes after the weights", len(r.b))
	}
	if err := t.buildDict(dict, nDict); err != nil {
		return nil, err
	}
	if err := t.buildFeatures(keys, counts, classOf, weights, &scoreOf); err != nil {
		return nil, err
	}
	return t, nil
}

// tableSize is the power of two at least twice n, so that probing for the
// many features a model has never seen stops after a slot or two.
func tableSize(n int) int {
	if n < 4 {
		return 8
	}
	return 1 << bits.Len(uint(2*n-1))
}

func (t *Tagger) buildDict(b []byte, n int) error {
	size := tableSize(n)
	t.dictKeys = make([]uint64, size)
	t.dictTags = make([]Tag, size)
	t.dictMask = uint64(size - 1)
	for i := 0; i < n; i++ {
		key, tg := binary.LittleEndian.Uint64(b[9*i:]), Tag(b[9*i+8])
		if key == 0 || tg == None || tg >= numTags {
			return fmt.Errorf("dictionary entry %d is malformed", i)
		}
		j := key & t.dictMask
		for t.dictKeys[j] != 0 {
			if t.dictKeys[j] == key {
				return fmt.Errorf("dictionary key %x twice", key)
			}
			j = (j + 1) & t.dictMask
		}
		t.dictKeys[j], t.dictTags[j] = key, tg
	}
	return nil
}

// orderScores gives every tag a score in predict: the classes first, in
// order, then the other tags; it returns the score of each tag.
func (t *Tagger) orderScores() [numTags]uint8 {
	var scoreOf [numTags]uint8
	var isClass [numTags]bool
	for _, c := range t.classes {
		isClass[c] = true
	}
	next := 0
	for _, c := range t.classes {
		scoreOf[c], t.scoreTag[next] = uint8(next), c
		next++
	}
	for c := Tag(1); c < numTags; c++ {
		if !isClass[c] {
			scoreOf[c], t.scoreTag[next] = uint8(next), c
			next++
		}
	}
	for i := range t.scoreStart {
		t.scoreStart[i] = noScore
	}
	for i := range t.classes {
		t.scoreStart[i] = 0
	}
	return scoreOf
}

func (t *Tagger) buildFeatures(keys, counts, classOf, weights []byte, scoreOf *[numTags]uint8) error {
	nFeat := len(counts)
	size := tableSize(nFeat)
	t.slots = make([]uint64, size)
	t.slotMask = uint32(size - 1)
	t.pairs = make([]uint32, len(classOf))
	for i, c := range classOf {
		if c == 0 || Tag(c) >= numTags {
			return fmt.Errorf("weight %d: class %d out of range", i, c)
		}
		w := binary.LittleEndian.Uint16(weights[2*i:])
		t.pairs[i] = uint32(scoreOf[c]) | uint32(w)<<16
	}
	off := 0
	prev := uint32(0)
	for i := 0; i < nFeat; i++ {
		key, n := binary.LittleEndian.Uint32(keys[4*i:]), int(counts[i])
		if key <= prev {
			return fmt.Errorf("feature %d: keys not ascending", i)
		}
		if n == 0 || n > maxPairsPerFeature || off+n > len(t.pairs) || off >= 1<<25 {
			return fmt.Errorf("feature %d: bad weight count %d", i, n)
		}
		prev = key
		j := key & t.slotMask
		for t.slots[j] != 0 {
			j = (j + 1) & t.slotMask
		}
		t.slots[j] = uint64(key)<<32 | uint64(off)<<7 | uint64(n)
		off += n
	}
	if off != len(t.pairs) {
		return fmt.Errorf("%d weights, features use %d", len(t.pairs), off)
	}
	return nil
}

// MarshalBinary writes the model back in the file format Load reads; the
// bytes are the same as the file it was loaded from.
func (t *Tagger) MarshalBinary() ([]byte, error) {
	m := &modelData{classes: slices.Clone(t.classes), lex: t.lex.entries()}
	for j, key := range t.dictKeys {
		if key != 0 {
			m.dict = append(m.dict, dictEntry{key, t.dictTags[j]})
		}
	}
	slices.SortFunc(m.dict, func(a, b dictEntry) int { return cmpUint64(a.key, b.key) })
	type feat struct {
		key    uint32
		off, n uint32
	}
	var feats []feat
	for _, s := range t.slots {
		if s != 0 {
			off, n := t.sparseOf(s)
			feats = append(feats, feat{uint32(s >> 32), off, n})
		}
	}
	slices.SortFunc(feats, func(a, b feat) int { return cmpUint64(uint64(a.key), uint64(b.key)) })
	for _, f := range feats {
		m.keys = append(m.keys, f.key)
		m.counts = append(m.counts, uint8(f.n))
		for _, p := range t.pairs[f.off : f.off+f.n] {
			m.classOf = append(m.classOf, t.scoreTag[uint8(p)])
			m.weight = append(m.weight, int16(p>>16))
		}
	}
	return m.encode(), nil
}

func cmpUint64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
