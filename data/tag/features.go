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

// The features' positions in contextFeatures' output: first those that
// read the words around or the tags and the word (contextOnlyFeatures),
// which predict always looks up, then those of the word alone (curFeatures,
// summed once for a cached word) and those of the tags alone
// (tagOnlyFeatures, summed once for every pair of tags), so that the
// features predict looks up are the first numContextFeatures, or those and
// the word's.
const (
	numContextFeatures = 20
	curFeaturesFrom    = numContextFeatures
	tagFeaturesFrom    = curFeaturesFrom + 10
)

// Every feature has a position.
const _ = uint(numFeatures - tagFeaturesFrom - 4)
const _ = uint(tagFeaturesFrom + 4 - numFeatures)

// contextFeatures writes the features of the current position, w[2], to
// out. p1 and p2 are the tags of the two tokens before it (None before the
// sentence).
//
// Not watched by the race detector, like the rest of the per-word path
// (see sentenceWindow).
//
//go:norace
func contextFeatures(out *[numFeatures]uint32, w *window, p1, p2 Tag) {
	contextOnlyFeatures(out, w, p1)
	wordFeatures(out, w[2])
	tagFeatures(out, p1, p2)
}

// wordFeatures writes the features that read only the current word, at
// the positions curFeatures lists.
//
//go:norace
func wordFeatures(out *[numFeatures]uint32, cur *wordInfo) {
	f := (*[10]uint32)(out[curFeaturesFrom:])
	f[0] = mix(ftWord, cur.form, 0)
	f[1] = mix(ftWordCase, cur.dict, 0)
	f[2] = mix(ftSuf1, cur.suf[0], 0)
	f[3] = mix(ftSuf2, cur.suf[1], 0)
	f[4] = mix(ftSuf3, cur.suf[2], 0)
	f[5] = mix(ftSuf4, cur.suf[3], 0)
	f[6] = mix(ftPre1, cur.pre[0], 0)
	f[7] = mix(ftPre2, cur.pre[1], 0)
	f[8] = mix(ftShape, uint64(cur.shape), 0)
	f[9] = mix(ftAmb, cur.amb, 0)
}

// tagFeatures writes the features that read only the tags before, at the
// positions tagOnlyFeatures lists.
//
//go:norace
func tagFeatures(out *[numFeatures]uint32, p1, p2 Tag) {
	t1, t2 := uint64(p1), uint64(p2)
	f := (*[4]uint32)(out[tagFeaturesFrom:])
	f[0] = mix(ftBias, 0, 0)
	f[1] = mix(ftPrev1Tag, t1, 0)
	f[2] = mix(ftPrev2Tag, t2, 0)
	f[3] = mix(ftPrevTags, t1, t2)
}

// contextOnlyFeatures writes the others, the first numContextFeatures:
// those that read the words around, or the tag before and the word.
//
//go:norace
func contextOnlyFeatures(out *[numFeatures]uint32, w *window, p1 Tag) {
	prev, cur, next := w[1], w[2], w[3]
	t1 := uint64(p1)
	f := (*[numContextFeatures]uint32)(out[:])
	f[0] = mix(ftPrevTagWord, t1, cur.form)
	f[1] = mix(ftPrevTagSuf3, t1, cur.suf[2])
	f[2] = mix(ftPrevTagShape, t1, uint64(cur.shape))
	f[3] = mix(ftPrevTagAmb, t1, cur.amb)
	f[4] = mix(ftPrevTagNextAmb, t1, next.amb)
	f[5] = mix(ftPrevWord, prev.form, 0)
	f[6] = mix(ftPrevSuf3, prev.suf[2], 0)
	f[7] = mix(ftPrevShape, uint64(prev.shape), 0)
	f[8] = mix(ftPrevWordWord, prev.form, cur.form)
	f[9] = mix(ftPrev2Word, w[0].form, 0)
	f[10] = mix(ftNextWord, next.form, 0)
	f[11] = mix(ftWordNextWord, cur.form, next.form)
	f[12] = mix(ftNextSuf3, next.suf[2], 0)
	f[13] = mix(ftNextShape, uint64(next.shape), 0)
	f[14] = mix(ftNextAmb, next.amb, 0)
	f[15] = mix(ftNextAmbShape, next.amb, uint64(cur.shape))
	f[16] = mix(ftAmbNextAmb, cur.amb, next.amb)
	f[17] = mix(ftNext2Word, w[4].form, 0)
	f[18] = mix(ftNext2Shape, uint64(w[4].shape), 0)
	f[19] = mix(ftNext2Amb, w[4].amb, next.amb)
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
