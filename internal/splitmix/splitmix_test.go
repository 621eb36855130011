package splitmix

import "testing"

// The first outputs for seed 0 from the reference implementation
// (Vigna, splitmix64.c): a change here would change every synthetic
// corpus and the tagger's model.
func TestNextMatchesTheReference(t *testing.T) {
	s := Source{}
	for i, want := range []uint64{0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, 0x06c45d188009454f} {
		if got := s.Next(); got != want {
			t.Errorf("output %d: %#x, want %#x", i, got, want)
		}
	}
}
