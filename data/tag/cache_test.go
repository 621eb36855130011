package tag

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// cacheSentences are sentences of the news cases' words in random order
// and case, with the tokens whose form depends on more than the word
// (straight quotes, numbers, the first word of a sentence).
func cacheSentences() [][]string {
	return shuffledNews(rand.New(rand.NewPCG(7, 11)), 2000, 30, `"`, `"`, "'", "--", "…", "1,200", "2019", "U.S.", "e-mail", "Ünïcödé", "(", ")", "$", "#", "x", "don’t")
}

// shuffledNews is the bench sentences and n more of up to maxLen words
// each, drawn by rng from the news cases' words in three cases and from
// extra.
func shuffledNews(rng *rand.Rand, n, maxLen int, extra ...string) [][]string {
	var vocab []string
	for _, c := range newsCases {
		for _, wt := range strings.Fields(c) {
			w := wt[:strings.LastIndexByte(wt, '/')]
			vocab = append(vocab, w, strings.ToUpper(w), strings.ToLower(w))
		}
	}
	vocab = append(vocab, extra...)
	sentences := slices.Clone(benchSentences)
	for range n {
		s := make([]string, 1+rng.IntN(maxLen))
		for i := range s {
			s[i] = vocab[rng.IntN(len(vocab))]
		}
		sentences = append(sentences, s)
	}
	return sentences
}

// freshTagger is the embedded model with a cache of its own, of slots
// slots.
func freshTagger(t *testing.T, slots int) *Tagger {
	tg, err := Load(embeddedModel)
	if err != nil {
		t.Fatal(err)
	}
	tg.words = &wordCache{slots: make([]cachedWord, slots)}
	return tg
}

// TestCachedTagsAsUncached: a word read from the cache is tagged as it
// is with no cache, the first time and every time after, with a cache
// that holds every word and with one that holds two.
func TestCachedTagsAsUncached(t *testing.T) {
	t.Parallel()
	uncached := sparseOnly(Default())
	sentences := cacheSentences()
	// The tags with no cache, worked out once: they were worked out again
	// for each cache and pass, half of the test's time (issue #13).
	wants := make([][]Tag, len(sentences))
	for i, s := range sentences {
		wants[i] = uncached.Tag(s, nil)
	}
	for _, slots := range []int{wordCacheSlots, 2} {
		tg := freshTagger(t, slots)
		for pass := range 2 {
			for i, s := range sentences {
				if got, want := tg.Tag(s, nil), wants[i]; !slicesEqual(got, want) {
					t.Fatalf("%d slots, pass %d: %q tagged %v, with no cache %v", slots, pass, s, got, want)
				}
			}
		}
		ready := 0
		for i := range tg.words.slots {
			if tg.words.slots[i].state.Load() == slotReady {
				ready++
			}
		}
		if ready == 0 {
			t.Fatalf("%d slots: no word cached", slots)
		}
	}
}

// TestCachedWordIsItsOwn: the cache keeps a copy of the word, not the
// text it was cut from, which it would keep alive.
func TestCachedWordIsItsOwn(t *testing.T) {
	t.Parallel()
	tg := freshTagger(t, wordCacheSlots)
	text := strings.Repeat("minister ", 1000)
	tg.Tag(strings.Fields(text)[:3], nil)
	from := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	cached := 0
	for i := range tg.words.slots {
		e := &tg.words.slots[i]
		if e.state.Load() != slotReady {
			continue
		}
		cached++
		if p := uintptr(unsafe.Pointer(unsafe.StringData(e.word))); p >= from && p < from+uintptr(len(text)) {
			t.Fatalf("the cache's %q points into the sentence's text", e.word)
		}
	}
	if cached == 0 {
		t.Fatal("nothing cached")
	}
}

// TestCacheConcurrent: goroutines that fill the cache together tag as
// one alone (and the race detector finds nothing).
func TestCacheConcurrent(t *testing.T) {
	t.Parallel()
	uncached := sparseOnly(Default())
	sentences := cacheSentences()[:600]
	tg := freshTagger(t, 256)
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range sentences {
				s := sentences[(k+g*150)%len(sentences)]
				if got, want := tg.Tag(s, nil), uncached.Tag(s, nil); !slicesEqual(got, want) {
					errs <- strings.Join(s, " ")
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for s := range errs {
		t.Errorf("%q tagged otherwise with goroutines filling the cache", s)
	}
}

// TestCurFeaturesReadOnlyTheWord: the features at curFeatures are those
// of the word alone, whatever is around it and before it, and the three
// parts of contextFeatures write every feature once, each at its own
// positions.
func TestCurFeaturesReadOnlyTheWord(t *testing.T) {
	t.Parallel()
	tg := Default()
	var curMask, tagMask uint64
	for _, k := range curFeatures {
		curMask |= 1 << k
	}
	for _, k := range tagOnlyFeatures {
		tagMask |= 1 << k
	}
	if curMask&tagMask != 0 || curMask|tagMask != (1<<numFeatures-1)&^(1<<numContextFeatures-1) {
		t.Fatalf("curFeatures and tagOnlyFeatures are not the positions after the context's: %b, %b", curMask, tagMask)
	}
	for _, s := range benchSentences {
		var sw sentenceWindow
		win := sw.start(s, tg)
		for i := range s {
			if i > 0 {
				win = sw.advance(win)
			}
			var all, alone [numFeatures]uint32
			contextFeatures(&all, &win, NNP, DT)
			w := windowOf(make([]wordInfo, 5))
			w[2] = win[2]
			contextFeatures(&alone, &w, None, None)
			for _, k := range curFeatures {
				if all[k] != alone[k] {
					t.Fatalf("feature %d of %q reads more than the word", k, s[i])
				}
			}
			var word, tags, others [numFeatures]uint32
			wordFeatures(&word, win[2])
			tagFeatures(&tags, NNP, DT)
			contextOnlyFeatures(&others, &win, NNP)
			var joined [numFeatures]uint32
			for k := range joined {
				part, name := &others, "contextOnlyFeatures"
				switch {
				case curMask>>k&1 != 0:
					part, name = &word, "wordFeatures"
				case tagMask>>k&1 != 0:
					part, name = &tags, "tagFeatures"
				}
				for _, p := range []*[numFeatures]uint32{&word, &tags, &others} {
					if p != part && p[k] != 0 {
						t.Fatalf("%q: feature %d is %s's, and another part writes it", s[i], k, name)
					}
				}
				joined[k] = part[k]
			}
			if joined != all {
				t.Fatalf("%q: the parts give %v, contextFeatures %v", s[i], joined, all)
			}
		}
	}
}
