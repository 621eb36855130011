package synth

import "github.com/brief-reader/brief/internal/splitmix"

// rng is splitmix64, so that a seed names the same corpus on every Go
// release: benchmark caches and fuzz seeds keyed by seed stay valid.
type rng struct{ src splitmix.Source }

func newRNG(seed int64, stream uint64) *rng {
	r := &rng{src: splitmix.Source{State: uint64(seed) ^ (stream * 0xd1b54a32d192ed03)}}
	r.next() // decorrelate neighbouring seeds before the first draw
	return r
}

func (r *rng) next() uint64 { return r.src.Next() }

// intn returns a value in [0, n). The modulo bias is irrelevant for prose.
func (r *rng) intn(n int) int {
	if n <= 1 {
		return 0
	}
	return int(r.next() % uint64(n))
}

// between returns a value in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

// chance is true with probability num/den.
func (r *rng) chance(num, den int) bool { return r.intn(den) < num }

func pick[T any](r *rng, xs []T) T { return xs[r.intn(len(xs))] }
