package provenance

// chunked is a list grown in chunks of screenChunk: no slice of them all
// is copied as it grows, which for a library's statements would copy
// hundreds of megabytes at a time.
type chunked[T any] struct{ chunks [][]T }

const screenChunk = 4096

// add appends v and returns its place.
func (c *chunked[T]) add(v T) int32 {
	if len(c.chunks) == 0 || len(c.chunks[len(c.chunks)-1]) == screenChunk {
		c.chunks = append(c.chunks, make([]T, 0, screenChunk))
	}
	last := &c.chunks[len(c.chunks)-1]
	*last = append(*last, v)
	return int32((len(c.chunks)-1)*screenChunk + len(*last) - 1)
}

func (c *chunked[T]) at(r int32) *T { return &c.chunks[r/screenChunk][r%screenChunk] }

// len is how many were added.
func (c *chunked[T]) len() int {
	if len(c.chunks) == 0 {
		return 0
	}
	return (len(c.chunks)-1)*screenChunk + len(c.chunks[len(c.chunks)-1])
}

// A bit set over statement numbers, a bit a statement.
func setBit(bits []uint64, i int32)      { bits[i/64] |= 1 << (i % 64) }
func hasBit(bits []uint64, i int32) bool { return bits[i/64]&(1<<(i%64)) != 0 }
