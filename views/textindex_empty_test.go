package views

import (
	"bytes"
	"fmt"
	"slices"
	"testing"
)

// Empty keys (statements whose texts are in the database) are kept as a
// count until a key follows them: each key reads as it was added, and a
// search over runs, scattered items and the empty tail finds what a look
// at each key finds, before and after keys follow the empty ones.
func TestKeysWithEmptyOnesAsAdded(t *testing.T) {
	t.Parallel()
	var k keys
	var want []string
	add := func(s string) {
		if s == "" {
			k.addEmpty()
		} else {
			k.add(s)
		}
		want = append(want, fold(s))
	}
	check := func(when string) {
		t.Helper()
		all := make([]int32, len(want))
		for i := range all {
			all[i] = int32(i)
			if got := string(k.key(int32(i))); got != want[i] {
				t.Errorf("%s: key %d is %q; want %q", when, i, got, want[i])
			}
		}
		var scattered []int32
		for i := 0; i < len(all); i += 3 {
			scattered = append(scattered, int32(i))
		}
		for _, q := range []string{"a", "tesmar", "s\no", "kestria said 1", "zzz"} {
			for name, from := range map[string][]int32{"all": all, "scattered": scattered, "tail": all[len(all)-4:]} {
				qb := []byte(fold(q))
				var wantIDs []int32
				for _, i := range from {
					if bytes.Contains([]byte(want[i]), qb) {
						wantIDs = append(wantIDs, i)
					}
				}
				if got := k.filter(from, qb); !slices.Equal(got, wantIDs) && len(got)+len(wantIDs) > 0 {
					t.Errorf("%s: %q in %s: %v; want %v", when, q, name, got, wantIDs)
				}
			}
		}
	}
	for i := range 12 {
		add(fmt.Sprintf("Tesmar said %d", i))
	}
	for range 9 {
		add("")
	}
	check("empty ones last")
	if len(k.end) != 12 {
		t.Errorf("%d ends kept for 12 keys and 9 empty ones after them", len(k.end))
	}
	add("Kestria said 1")
	add("Orlavia said")
	for range 5 {
		add("")
	}
	check("a key after empty ones, and empty ones again")
}
