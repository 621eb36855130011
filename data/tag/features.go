package tag

// featureSet names the feature templates below; the model file records it, so
// a model trained with other templates is refused rather than misread.
const featureSet = 3

// numFeatures is how many features each position has.
const numFeatures = 34

// Feature templates. Each feature is a template and one or two values, hashed
// to 32 bits; a collision only makes two rare features share weights.
const (
	ftBias uint64 = iota + 1
	ftWord
	ftSuf1
	ftSuf2
	ftSuf3
	ftSuf4
	ftPre1
	ftPre2
	ftShape
	ftPrev1Tag
	ftPrev2Tag
	ftPrevTags
	ftPrevTagWord
	ftPrevTagSuf3
	ftPrevWord
	ftPrevSuf3
	ftPrevShape
	ftPrev2Word
	ftNextWord
	ftNextSuf3
	ftNextShape
	ftNext2Word
	ftPrevWordWord
	ftWordNextWord
	ftWordCase
	ftPrevTagShape
	ftNext2Shape
	ftAmb
	ftPrevTagAmb
	ftNextAmb
	ftNextAmbShape
	ftNext2Amb
	ftAmbNextAmb
	ftPrevTagNextAmb
)

// window is the current token (w[2]) and two tokens either side, where
// they are: in the tagger's cache, in a sentenceWindow's ring, or the
// padding (pads).
type window = [5]*wordInfo

// windowOf is the window of five words in a row.
func windowOf(ws []wordInfo) window {
	return window{&ws[0], &ws[1], &ws[2], &ws[3], &ws[4]}
}

// contextFeatures writes the features of the current position, w[2], to
// out. p1 and p2 are the tags of the two tokens before it (None before the
// sentence).
//
// Not watched by the race detector, like the rest of the per-word path
// (see sentenceWindow).
//
//go:norace
func contextFeatures(out *[numFeatures]uint32, w *window, p1, p2 Tag) {
	wordFeatures(out, w[2])
	contextOnlyFeatures(out, w, p1, p2)
}

// wordFeatures writes the features that read only the current word, at
// the positions curFeatures lists.
//
//go:norace
func wordFeatures(out *[numFeatures]uint32, cur *wordInfo) {
	out[1] = mix(ftWord, cur.form, 0)
	out[2] = mix(ftWordCase, cur.dict, 0)
	out[3] = mix(ftSuf1, cur.suf[0], 0)
	out[4] = mix(ftSuf2, cur.suf[1], 0)
	out[5] = mix(ftSuf3, cur.suf[2], 0)
	out[6] = mix(ftSuf4, cur.suf[3], 0)
	out[7] = mix(ftPre1, cur.pre[0], 0)
	out[8] = mix(ftPre2, cur.pre[1], 0)
	out[9] = mix(ftShape, uint64(cur.shape), 0)
	out[10] = mix(ftAmb, cur.amb, 0)
}

// contextOnlyFeatures writes the others: those that read the tags before
// or the words around.
//
//go:norace
func contextOnlyFeatures(out *[numFeatures]uint32, w *window, p1, p2 Tag) {
	prev, cur, next := w[1], w[2], w[3]
	t1, t2 := uint64(p1), uint64(p2)
	out[0] = mix(ftBias, 0, 0)
	out[11] = mix(ftPrev1Tag, t1, 0)
	out[12] = mix(ftPrev2Tag, t2, 0)
	out[13] = mix(ftPrevTags, t1, t2)
	out[14] = mix(ftPrevTagWord, t1, cur.form)
	out[15] = mix(ftPrevTagSuf3, t1, cur.suf[2])
	out[16] = mix(ftPrevTagShape, t1, uint64(cur.shape))
	out[17] = mix(ftPrevTagAmb, t1, cur.amb)
	out[18] = mix(ftPrevTagNextAmb, t1, next.amb)
	out[19] = mix(ftPrevWord, prev.form, 0)
	out[20] = mix(ftPrevSuf3, prev.suf[2], 0)
	out[21] = mix(ftPrevShape, uint64(prev.shape), 0)
	out[22] = mix(ftPrevWordWord, prev.form, cur.form)
	out[23] = mix(ftPrev2Word, w[0].form, 0)
	out[24] = mix(ftNextWord, next.form, 0)
	out[25] = mix(ftWordNextWord, cur.form, next.form)
	out[26] = mix(ftNextSuf3, next.suf[2], 0)
	out[27] = mix(ftNextShape, uint64(next.shape), 0)
	out[28] = mix(ftNextAmb, next.amb, 0)
	out[29] = mix(ftNextAmbShape, next.amb, uint64(cur.shape))
	out[30] = mix(ftAmbNextAmb, cur.amb, next.amb)
	out[31] = mix(ftNext2Word, w[4].form, 0)
	out[32] = mix(ftNext2Shape, uint64(w[4].shape), 0)
	out[33] = mix(ftNext2Amb, w[4].amb, next.amb)
}

// mix hashes a template and its values to a non-zero 32-bit feature key
// (zero marks an empty slot in the model's table).
func mix(template, a, b uint64) uint32 {
	x := a ^ (b * 0x9E3779B97F4A7C15) ^ (template * 0xD6E8FEB86659FD93)
	x ^= x >> 32
	x *= 0xD6E8FEB86659FD93
	x ^= x >> 32
	x *= 0xD6E8FEB86659FD93
	x ^= x >> 32
	if r := uint32(x); r != 0 {
		return r
	}
	return 1
}

// sentenceWindow slides the five-token window along a sentence, normalising
// each token once. It lives on the caller's stack.
//
// The race detector does not watch its methods, scan.next and the helpers
// they call (each marked //go:norace), as it does not watch predict: they
// read the words' strings, which Go never lets change, the slice of them
// Tag was given, the lexicon, written once by Load before the Tagger is
// returned, and otherwise only the window and scan on Tag's stack. They
// share nothing, so there is nothing for the detector to find, and
// watching their reads of that stack was a third of what is left of the
// tagger's cost under -race (the corpus test, issue #13). Tag itself,
// which writes the caller's slice, stays watched.
//
// The window points at the words, where it copied each of them, 100 bytes,
// into its place and along at every word: a cached word is read where the
// cache keeps it, and any other is normalised into ring, at its index
// modulo five, the place of the word that has just left the window.
type sentenceWindow struct {
	words []string
	t     *Tagger
	lex   *lexicon
	cache *wordCache // nil for none
	sc    scan
	ring  [5]wordInfo
	next  int // the index of the next position to normalise
}

// pads are the padding: two positions before a sentence, two after.
var pads = [...]wordInfo{outerInfo("-START2-"), outerInfo("-START-"), outerInfo("-END-"), outerInfo("-END2-")}

// start readies sw for the words and returns the window of the first.
//
//go:norace
func (sw *sentenceWindow) start(words []string, t *Tagger) window {
	sw.words = words
	sw.t = t
	sw.lex = t.lex
	sw.cache = t.words
	sw.sc = scan{}
	sw.next = 0
	return window{&pads[0], &pads[1], sw.take(), sw.take(), sw.take()}
}

// take normalises the next word, or pads past the end.
//
//go:norace
func (sw *sentenceWindow) take() *wordInfo {
	p := sw.next
	sw.next++
	switch {
	case p < len(sw.words):
		word := sw.words[p]
		own := &sw.ring[p%len(sw.ring)]
		if sw.cache == nil || word == `"` { // a straight quote's form is its parity's
			*own = sw.sc.next(word)
			own.amb = sw.lex.lookup(own.form)
			return own
		}
		initial := !sw.sc.seenWord
		if info := sw.cache.get(word, initial); info != nil {
			sw.sc.seenWord = sw.sc.seenWord || info.shape&(shLetter|shDigit) != 0 // as next would
			return info
		}
		*own = sw.sc.next(word)
		own.amb = sw.lex.lookup(own.form)
		if info := sw.cache.put(sw.t, word, initial, own); info != nil {
			return info
		}
		return own
	case p == len(sw.words):
		return &pads[2]
	}
	return &pads[3]
}

// advance returns the window one token on from w. The windows are
// values, not sw's: a pointer into sw's ring stored in sw would take sw
// off the caller's stack.
//
//go:norace
func (sw *sentenceWindow) advance(w window) window {
	return window{w[1], w[2], w[3], w[4], sw.take()}
}
