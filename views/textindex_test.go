package views

import (
	"bytes"
	"fmt"
	"slices"
	"testing"
)

// TestKeysFilterAgreesWithContains checks the fast search against the
// obvious one: on every item, on scattered items, on runs, on enough
// items to be split between CPUs, and for hits that would straddle keys.
func TestKeysFilterAgreesWithContains(t *testing.T) {
	t.Parallel()
	var k keys
	words := []string{"Ceasefire", "Port Selin", "río", "東京", "talks", "Kestria", "quota", "ab", "ba"}
	for i := 0; i < 3*parallelFrom; i++ {
		k.add(words[i%len(words)]+fmt.Sprint(i%97), words[(i*7)%len(words)])
	}
	all := make([]int32, len(k.end))
	for i := range all {
		all[i] = int32(i)
	}
	var scattered, run []int32
	for i := int32(0); i < int32(len(all)); i += 3 {
		scattered = append(scattered, i)
	}
	run = all[1000 : 1000+parallelFrom+5]
	queries := []string{"a", "ab", "ba", "bab", "ceasefire", "selin\nk", "9\nt", "東京", "río", "zzz", "s1", "quota13\n"}
	for _, q := range queries {
		for name, from := range map[string][]int32{"all": all, "scattered": scattered, "run": run, "few": all[:10]} {
			t.Run(fmt.Sprintf("%q/%s", q, name), func(t *testing.T) {
				qb := []byte(fold(q))
				var want []int32
				for _, i := range from {
					if bytes.Contains(k.key(i), qb) {
						want = append(want, i)
					}
				}
				got := k.filter(from, qb)
				if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
					t.Errorf("%d found, want %d", len(got), len(want))
				}
			})
		}
	}
}
