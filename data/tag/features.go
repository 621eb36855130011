package tag

// featureSet names the feature templates below; the model file records it, so
// a model trained with other templates is refused rather than misread.
const featureSet = 1

// maxFeatures bounds the features of one position.
const maxFeatures = 32

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
)

// window is the current token (w[2]) and two tokens either side.
type window = [5]wordInfo

// contextFeatures writes the features of the current position to out and
// returns how many there are. p1 and p2 are the tags of the two tokens before
// it (None before the sentence).
func contextFeatures(out *[maxFeatures]uint32, w *window, p1, p2 Tag) int {
	cur := &w[2]
	t1, t2 := uint64(p1), uint64(p2)
	out[0] = mix(ftBias, 0, 0)
	out[1] = mix(ftWord, cur.form, 0)
	out[2] = mix(ftSuf1, cur.suf[0], 0)
	out[3] = mix(ftSuf2, cur.suf[1], 0)
	out[4] = mix(ftSuf3, cur.suf[2], 0)
	out[5] = mix(ftSuf4, cur.suf[3], 0)
	out[6] = mix(ftPre1, cur.pre[0], 0)
	out[7] = mix(ftPre2, cur.pre[1], 0)
	out[8] = mix(ftShape, uint64(cur.shape), 0)
	out[9] = mix(ftPrev1Tag, t1, 0)
	out[10] = mix(ftPrev2Tag, t2, 0)
	out[11] = mix(ftPrevTags, t1, t2)
	out[12] = mix(ftPrevTagWord, t1, cur.form)
	out[13] = mix(ftPrevTagSuf3, t1, cur.suf[2])
	out[14] = mix(ftPrevWord, w[1].form, 0)
	out[15] = mix(ftPrevSuf3, w[1].suf[2], 0)
	out[16] = mix(ftPrevShape, uint64(w[1].shape), 0)
	out[17] = mix(ftPrev2Word, w[0].form, 0)
	out[18] = mix(ftNextWord, w[3].form, 0)
	out[19] = mix(ftNextSuf3, w[3].suf[2], 0)
	out[20] = mix(ftNextShape, uint64(w[3].shape), 0)
	out[21] = mix(ftNext2Word, w[4].form, 0)
	out[22] = mix(ftPrevWordWord, w[1].form, cur.form)
	out[23] = mix(ftWordNextWord, cur.form, w[3].form)
	return 24
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
type sentenceWindow struct {
	words []string
	sc    scan
	w     window
	next  int // the index of the next position to normalise
}

func (sw *sentenceWindow) start(words []string) {
	sw.words = words
	sw.sc = scan{}
	sw.next = 0
	sw.w[0] = outerInfo("-START2-")
	sw.w[1] = outerInfo("-START-")
	sw.w[2] = sw.take()
	sw.w[3] = sw.take()
	sw.w[4] = sw.take()
}

// take normalises the next word, or pads past the end.
func (sw *sentenceWindow) take() wordInfo {
	p := sw.next
	sw.next++
	switch {
	case p < len(sw.words):
		return sw.sc.next(sw.words[p])
	case p == len(sw.words):
		return outerInfo("-END-")
	}
	return outerInfo("-END2-")
}

// advance moves the window one token on.
func (sw *sentenceWindow) advance() {
	sw.w[0], sw.w[1], sw.w[2], sw.w[3] = sw.w[1], sw.w[2], sw.w[3], sw.w[4]
	sw.w[4] = sw.take()
}
