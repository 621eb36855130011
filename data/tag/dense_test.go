package tag

import (
	"math/rand/v2"
	"slices"
	"strings"
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
	c.dense, c.denseSparse, c.tagPairs = nil, nil, nil
	return &c
}

// withDense is t with a dense vector for every feature of at least
// minPairs weights, and the sums of tag pairs if pairs.
func withDense(t *Tagger, minPairs uint32, pairs bool) *Tagger {
	c := sparseOnly(t)
	c.densify(minPairs)
	if pairs {
		c.sumTagPairs()
	}
	return c
}

func TestDenseVectorsHoldTheWeights(t *testing.T) {
	tg := withDense(Default(), 1, false)
	if len(tg.denseSparse) == 0 {
		t.Fatal("no dense vectors")
	}
	for idx, lo := range tg.denseSparse {
		var want [numTags]int32
		off, n := lo>>7, lo&maxPairsPerFeature
		for _, p := range tg.pairs[off : off+n] {
			want[uint8(p)] = int32(int16(p >> 16))
		}
		v := tg.dense[idx*denseLanes : (idx+1)*denseLanes]
		for c := range numTags {
			lane := uint32(v[c/2] >> (32 * (c % 2)))
			if got := int32(lane) - denseBias; got != want[c] {
				t.Fatalf("vector %d, class %v: weight %d, the model has %d", idx, c, got, want[c])
			}
		}
	}
}

// TestDenseTagsAsSparse: the dense sums are exact, so every tag, ties
// included, is the one the sparse sum gives, however many features are
// dense, and with or without the sums of tag pairs.
func TestDenseTagsAsSparse(t *testing.T) {
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
	var vocab []string
	for _, c := range newsCases {
		for _, wt := range strings.Fields(c) {
			w := wt[:strings.LastIndexByte(wt, '/')]
			vocab = append(vocab, w, strings.ToUpper(w), strings.ToLower(w))
		}
	}
	vocab = append(vocab, `"`, "'", "--", "…", "1,200", "2019", "U.S.", "e-mail", "Ünïcödé", "(", ")", "$", "#", "x")
	rng := rand.New(rand.NewPCG(10, 5))
	sentences := slices.Clone(benchSentences)
	for range 3000 {
		s := make([]string, 1+rng.IntN(40))
		for i := range s {
			s[i] = vocab[rng.IntN(len(vocab))]
		}
		sentences = append(sentences, s)
	}
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
	tg := Default()
	var empty window
	for _, s := range benchSentences {
		var sw sentenceWindow
		sw.start(s, tg.lex)
		for i := range s {
			if i > 0 {
				sw.advance()
			}
			for _, p := range [][2]Tag{{None, None}, {NNP, DT}, {VBD, Comma}, {XX, XX}} {
				var got, want [numFeatures]uint32
				contextFeatures(&got, &sw.w, p[0], p[1])
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
