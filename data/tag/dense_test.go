package tag

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// sparseOnly is t with no dense vectors: every feature adds its weights
// one class at a time, as the model file lists them.
func sparseOnly(t *Tagger) *Tagger {
	c := *t
	c.slots = slices.Clone(t.slots)
	for j, s := range c.slots {
		if s != 0 {
			off, n := t.sparseOf(s)
			c.slots[j] = s>>32<<32 | uint64(off)<<7 | uint64(n)
		}
	}
	c.dense, c.denseSparse, c.tagPairs, c.words = nil, nil, nil, nil
	return &c
}

// withDense is t with a dense vector for every feature of at least
// minPairs weights, and the sums of tag pairs if pairs.
func withDense(t *Tagger, minPairs uint32, pairs bool) *Tagger {
	c := sparseOnly(t)
	c.makeDense(minPairs, pairs)
	return c
}

func TestDenseVectorsHoldTheWeights(t *testing.T) {
	t.Parallel()
	tg := withDense(Default(), 1, false)
	if len(tg.denseSparse) == 0 {
		t.Fatal("no dense vectors")
	}
	for idx, lo := range tg.denseSparse {
		var want [numTags]int32
		off, n := lo>>7, lo&maxPairsPerFeature
		for _, p := range tg.pairs[off : off+n] {
			want[tg.scoreTag[uint8(p)]] = int32(int16(p >> 16))
		}
		v := tg.dense[idx]
		for i := range denseLanes {
			got := int32(v[i/3]>>(laneBits*(i%3))&laneMask) - int32(tg.denseBias)
			if i >= len(tg.classes) {
				if got != 0 {
					t.Fatalf("vector %d, lane %d of no class: %d, not 0", idx, i, got)
				}
				continue
			}
			if c := tg.classes[i]; got != want[c] {
				t.Fatalf("vector %d, class %v: weight %d, the model has %d", idx, c, got, want[c])
			}
		}
	}
}

// TestDenseLanesNeverCarry: numFeatures weights, each the model's highest,
// fit a lane with its bias; the embedded model's weights fit (and so it
// has dense vectors at all).
func TestDenseLanesNeverCarry(t *testing.T) {
	t.Parallel()
	tg := Default()
	if len(tg.dense) == 0 || tg.tagPairs == nil {
		t.Fatal("the embedded model's weights do not fit the dense lanes")
	}
	hi := int64(0)
	for _, p := range tg.pairs {
		hi = max(hi, int64(int16(p>>16)))
	}
	if sum := numFeatures * (hi + int64(tg.denseBias)); sum > laneMask {
		t.Fatalf("%d features at the highest weight sum to %d, over a lane's %d", numFeatures, sum, laneMask)
	}
}

// TestDenseOffWhenWeightsDoNotFit: a model whose weights span too much for
// the lanes is scored sparse, with the same tags.
func TestDenseOffWhenWeightsDoNotFit(t *testing.T) {
	t.Parallel()
	wide := sparseOnly(Default())
	wide.pairs = slices.Clone(wide.pairs)
	// the lowest weight made -32768 widens the span past a lane's
	for i, p := range wide.pairs {
		if int16(p>>16) == -27349 {
			wide.pairs[i] = p&0xFFFF | uint32(0x8000)<<16
		}
	}
	if wide.denseFits() {
		t.Fatal("a span of 65,535 fits 34 to a 21-bit lane")
	}
	wide.makeDense(denseMinPairs, true)
	if len(wide.dense) != 0 || wide.tagPairs != nil {
		t.Fatal("dense vectors for weights that do not fit")
	}
	sparse := sparseOnly(wide)
	for _, s := range benchSentences {
		if got, want := wide.Tag(s, nil), sparse.Tag(s, nil); !slicesEqual(got, want) {
			t.Fatalf("%q tagged %v, sparse weights give %v", s, got, want)
		}
	}
}

// TestDenseTagsAsSparse: the dense sums are exact, so every tag, ties
// included, is the one the sparse sum gives, however many features are
// dense, and with or without the sums of tag pairs.
func TestDenseTagsAsSparse(t *testing.T) {
	t.Parallel()
	def := Default()
	if def.tagPairs == nil {
		t.Fatal("the default tagger has no sums of tag pairs")
	}
	taggers := map[string]*Tagger{
		"default":              def,
		"all dense, tag pairs": withDense(def, 1, true),
		"few dense":            withDense(def, 40, false),
		"no dense, tag pairs":  withDense(def, maxPairsPerFeature+1, true),
	}
	sparse := sparseOnly(def)
	sentences := shuffledNews(rand.New(rand.NewPCG(10, 5)), 3000, 40, `"`, "'", "--", "…", "1,200", "2019", "U.S.", "e-mail", "Ünïcödé", "(", ")", "$", "#", "x")
	for _, s := range sentences {
		want := sparse.Tag(s, nil)
		for name, tg := range taggers {
			if got := tg.Tag(s, nil); !slicesEqual(got, want) {
				t.Fatalf("%s: %q tagged %v, sparse weights give %v", name, s, got, want)
			}
		}
	}
}

// TestTagOnlyFeaturesReadOnlyTags: the features tagPairs sums are the
// same for every word after the same two tags.
func TestTagOnlyFeaturesReadOnlyTags(t *testing.T) {
	t.Parallel()
	tg := Default()
	empty := windowOf(make([]wordInfo, 5))
	for _, s := range benchSentences {
		var sw sentenceWindow
		win := sw.start(s, tg)
		for i := range s {
			if i > 0 {
				win = sw.advance(win)
			}
			for _, p := range [][2]Tag{{None, None}, {NNP, DT}, {VBD, Comma}, {XX, XX}} {
				var got, want [numFeatures]uint32
				contextFeatures(&got, &win, p[0], p[1])
				contextFeatures(&want, &empty, p[0], p[1])
				for _, k := range tagOnlyFeatures {
					if got[k] != want[k] {
						t.Fatalf("feature %d of %q differs from the empty window's after %v", k, s[i], p)
					}
				}
			}
		}
	}
}
