package views

import (
	"bytes"
	"runtime"
	"sync"
	"unicode"
	"unicode/utf8"
)

// keys holds the folded search keys of a list end to end in one buffer.
// A filter reads them in order from contiguous memory, rather than chasing
// 200,000 small strings around the heap at a cache miss each, and looks
// for the query's rarest byte first, which the CPU finds many bytes at a
// time: most keys hold a common letter, few a rare one.
type keys struct {
	buf  []byte
	end  []uint32 // key i is buf[end[i-1]:end[i]]; see endOf
	freq [256]uint32
	// empty is the keys after end's, all empty, not yet in it: the
	// statements whose texts a library leaves in its database have
	// empty keys, and an end each was 4 bytes a statement held.
	empty int
}

// add appends the next key: the parts folded, one per line.
func (k *keys) add(parts ...string) {
	for ; k.empty > 0; k.empty-- {
		k.end = append(k.end, uint32(len(k.buf)))
	}
	start := len(k.buf)
	for i, p := range parts {
		if i > 0 {
			k.buf = append(k.buf, '\n')
		}
		k.buf = appendFold(k.buf, p)
	}
	for _, c := range k.buf[start:] {
		k.freq[c]++
	}
	k.end = append(k.end, uint32(len(k.buf)))
}

// addEmpty appends an empty key.
func (k *keys) addEmpty() { k.empty++ }

// endOf is where key i ends in buf.
func (k *keys) endOf(i int32) uint32 {
	if int(i) < len(k.end) {
		return k.end[i]
	}
	return uint32(len(k.buf)) // one of the empty keys after the last
}

func (k *keys) keyStart(i int32) uint32 {
	if i == 0 {
		return 0
	}
	return k.endOf(i - 1)
}

func (k *keys) key(i int32) []byte { return k.buf[k.keyStart(i):k.endOf(i)] }

// anchor is the index in q of its rarest byte.
func (k *keys) anchor(q []byte) int {
	a := 0
	for i, c := range q {
		if k.freq[c] < k.freq[q[a]] {
			a = i
		}
	}
	return a
}

func (k *keys) contains(i int32, q []byte) bool {
	return indexAnchored(k.key(i), q, k.anchor(q)) >= 0
}

// filter returns the items of from (ascending) whose key contains q. A
// long list is cut in parts searched at once, one per CPU.
func (k *keys) filter(from []int32, q []byte) []int32 {
	if len(q) == 0 {
		return append([]int32(nil), from...)
	}
	a := k.anchor(q)
	parts := min(runtime.GOMAXPROCS(0), len(from)/parallelFrom+1)
	if parts <= 1 {
		return k.filterPart(from, q, a)
	}
	found := make([][]int32, parts)
	var wg sync.WaitGroup
	for p := range parts {
		part := from[p*len(from)/parts : (p+1)*len(from)/parts]
		wg.Add(1)
		go func() {
			defer wg.Done()
			found[p] = k.filterPart(part, q, a)
		}()
	}
	wg.Wait()
	n := 0
	for _, f := range found {
		n += len(f)
	}
	out := make([]int32, 0, n)
	for _, f := range found {
		out = append(out, f...)
	}
	return out
}

// parallelFrom is the list length from which filtering is split between
// CPUs; below it starting goroutines costs more than it saves.
const parallelFrom = 20000

// filterPart filters from, which holds either scattered items or a run of
// consecutive ones; a run is searched as one stretch of the buffer,
// skipping to the next key after each hit.
func (k *keys) filterPart(from []int32, q []byte, a int) []int32 {
	out := make([]int32, 0, len(from)/4)
	if len(from) == 0 {
		return out
	}
	first, last := from[0], from[len(from)-1]
	if int(last-first)+1 != len(from) {
		for _, i := range from {
			if indexAnchored(k.key(i), q, a) >= 0 {
				out = append(out, i)
			}
		}
		return out
	}
	item := int(first)
	pos := int(k.keyStart(first))
	end := int(k.endOf(last))
	for pos < end {
		j := indexAnchored(k.buf[pos:end], q, a)
		if j < 0 {
			break
		}
		start := pos + j
		for k.endOf(int32(item)) <= uint32(start) {
			item++
		}
		if start+len(q) <= int(k.endOf(int32(item))) {
			out = append(out, int32(item))
			pos = int(k.endOf(int32(item)))
			item++
			continue
		}
		pos = start + 1 // a hit across two keys
	}
	return out
}

// indexAnchored is bytes.Index(s, q), looking for q[a] first.
func indexAnchored(s, q []byte, a int) int {
	for off := 0; off+len(q) <= len(s); {
		j := bytes.IndexByte(s[off+a:len(s)-len(q)+a+1], q[a])
		if j < 0 {
			return -1
		}
		start := off + j
		if bytes.Equal(s[start:start+len(q)], q) {
			return start
		}
		off = start + 1
	}
	return -1
}

// fold lower-cases s without changing its length in bytes, so that byte
// offsets found in the folded text are valid in the original.
func fold(s string) string {
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// appendFold appends s folded as fold does; s is a string or the bytes
// of one (the texts a database search reads).
func appendFold[T ~string | ~[]byte](b []byte, s T) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		// At most UTFMax bytes are converted: no copy of a longer text.
		r, size := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
		if lr := unicode.ToLower(r); r != utf8.RuneError && utf8.RuneLen(lr) == size {
			b = utf8.AppendRune(b, lr)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return b
}
