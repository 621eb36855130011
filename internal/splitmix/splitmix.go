// Package splitmix is the SplitMix64 generator, written out rather than
// taken from math/rand so that a seed gives the same numbers on every Go
// release: the synthetic corpora that benchmark caches and fuzz seeds are
// keyed by, and the tagger's training shuffles (and so its model), must
// not change with the toolchain.
package splitmix

// Source is a SplitMix64 state; its zero value is a valid seed.
type Source struct{ State uint64 }

// Next advances the state and returns the next number.
func (s *Source) Next() uint64 {
	s.State += 0x9e3779b97f4a7c15
	z := s.State
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}
