package tag

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"strings"
	"sync"
	"testing"
)

func TestEmbeddedModelRoundTrips(t *testing.T) {
	t.Parallel()
	b, err := Default().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, embeddedModel) {
		t.Fatalf("re-encoding the embedded model gives %d bytes, not the %d embedded", len(b), len(embeddedModel))
	}
}

func TestTrainedModelRoundTrips(t *testing.T) {
	t.Parallel()
	cfg := DefaultTrainConfig()
	cfg.DictMinCount = 3
	file, err := Train(tinyCorpus, cfg)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	again, err := tg.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(file, again) {
		t.Fatal("save(load(model)) differs from model")
	}
	reloaded, err := Load(again)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range tinyCorpus {
		a, b := tg.Tag(s.Words, nil), reloaded.Tag(s.Words, nil)
		if !slicesEqual(a, b) {
			t.Errorf("%q: %v before the round trip, %v after", s.Words, a, b)
		}
	}
}

func slicesEqual(a, b []Tag) bool {
	return string(tagBytes(a)) == string(tagBytes(b))
}

func tagBytes(ts []Tag) []byte {
	b := make([]byte, len(ts))
	for i, t := range ts {
		b[i] = byte(t)
	}
	return b
}

// withChecksum replaces a model file's checksum with the right one, so that
// the checks behind it are reached.
func withChecksum(file []byte) []byte {
	body := file[:len(file)-4]
	return binary.LittleEndian.AppendUint32(bytes.Clone(body), crc32.ChecksumIEEE(body))
}

func TestLoadRejectsDamagedModels(t *testing.T) {
	t.Parallel()
	cfg := DefaultTrainConfig()
	cfg.DictMinCount = 3
	file, err := Train(tinyCorpus, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(file); n++ {
		if _, err := Load(file[:n]); err == nil {
			t.Fatalf("truncated to %d of %d bytes: no error", n, len(file))
		}
		if _, err := Load(withChecksum(file[:n+4])); err == nil && n+4 < len(file) {
			t.Fatalf("cut to %d of %d bytes, checksum fixed: no error", n+4, len(file))
		}
	}
	flipped := bytes.Clone(file)
	flipped[len(flipped)/2] ^= 0x40
	if _, err := Load(flipped); err == nil || !strings.Contains(err.Error(), "checksum") {
		t.Errorf("a flipped bit: %v, want a checksum error", err)
	}
	otherSet := bytes.Clone(file)
	binary.LittleEndian.PutUint32(otherSet[len(modelMagic):], featureSet+1)
	if _, err := Load(withChecksum(otherSet)); err == nil || !strings.Contains(err.Error(), "retrain") {
		t.Errorf("another feature set: %v, want a retrain error", err)
	}
	if _, err := Load([]byte("not a model at all")); err == nil {
		t.Error("text: no error")
	}
}

func TestTagAllocatesNothing(t *testing.T) {
	tg := Default()
	words := strings.Fields("“ We will not retreat , ” said Jonas Vell , a retired general who met Kestria’s envoy in 2019 .")
	out := make([]Tag, 0, len(words))
	if allocs := testing.AllocsPerRun(100, func() { out = tg.Tag(words, out) }); allocs != 0 {
		t.Errorf("%.1f allocations per sentence, want none", allocs)
	}
}

func TestTagConcurrently(t *testing.T) {
	t.Parallel()
	tg := Default()
	var want [][]Tag
	for _, s := range benchSentences {
		want = append(want, tg.Tag(s, nil))
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out []Tag
			for range 50 {
				for i, s := range benchSentences {
					out = tg.Tag(s, out)
					if !slicesEqual(out, want[i]) {
						t.Errorf("%q: %v concurrently, %v alone", s, out, want[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestTagOddTokens(t *testing.T) {
	t.Parallel()
	long := "https://example.org/" + strings.Repeat("very-long-path/", 40) + "Ünïcödé"
	for _, words := range [][]string{
		nil,
		{},
		{""},
		{"", "", ""},
		{"\xff\xfe", "a\x00b", "🙂", "‼", long, strings.ToUpper(long)},
		{`"`, `"`, `"`, "'", "’", "‘", "“", "”", "—", "--", "…"},
		strings.Fields("ALL CAPS HEADLINE : KESTRIA REJECTS DEAL"),
	} {
		got := Default().Tag(words, nil)
		if len(got) != len(words) {
			t.Fatalf("%q: %d tags for %d words", words, len(got), len(words))
		}
		for i, tg := range got {
			if tg == None || tg >= numTags {
				t.Errorf("%q: word %d tagged %d", words, i, tg)
			}
		}
	}
}

// TestQuoteStylesAgree: curly and straight quotes and apostrophes, and "--"
// for a dash, are tagged alike.
func TestQuoteStylesAgree(t *testing.T) {
	t.Parallel()
	pairs := [][2]string{
		{"“ We are ready , ” Velk said — and left .", "\" We are ready , \" Velk said -- and left ."},
		{"Kestria ’s envoy said : “ It ’s over . ”", "Kestria 's envoy said : \" It 's over . \""},
		{"“ I don’t know , ” she said .", "\" I don't know , \" she said ."},
	}
	for _, p := range pairs {
		a := Default().Tag(strings.Fields(p[0]), nil)
		b := Default().Tag(strings.Fields(p[1]), nil)
		if !slicesEqual(a, b) {
			t.Errorf("%q: %v\n%q: %v", p[0], a, p[1], b)
		}
	}
	got := Default().Tag(strings.Fields("“ Go , ” he said ."), nil)
	if got[0] != OpenQuote || got[3] != CloseQuote {
		t.Errorf("curly quotes tagged %s and %s, want `` and ''", got[0], got[3])
	}
}

// TestContractions: split as the treebank does or whole, "n't" and "'s" are
// handled; a whole contraction takes the tag of its first part.
func TestContractions(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		sentence string
		want     []Tag
	}{
		{"They do n't agree .", []Tag{PRP, VBP, RB, VB, Period}},
		{"They don't agree .", []Tag{PRP, VBP, VB, Period}},
		{"They don’t agree .", []Tag{PRP, VBP, VB, Period}},
		{"Velk 's aide said it 's true .", []Tag{NNP, POS, NN, VBD, PRP, VBZ, JJ, Period}},
		{"She can't stay .", []Tag{PRP, MD, VB, Period}},
	} {
		got := Default().Tag(strings.Fields(c.sentence), nil)
		if !slicesEqual(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.sentence, got, c.want)
		}
	}
}

func TestZeroTaggerTagsNothing(t *testing.T) {
	t.Parallel()
	var zero Tagger
	got := zero.Tag([]string{"Velk", "said"}, nil)
	if len(got) != 2 || got[0] != None || got[1] != None {
		t.Errorf("zero Tagger: %v, want two None", got)
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range benchSentences {
		f.Add(strings.Join(s, " "))
	}
	f.Add("\" ' ’ “ -- … \xff")
	tg := Default()
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		got := tg.Tag(words, make([]Tag, 0, 3))
		if len(got) != len(words) {
			t.Fatalf("%d tags for %d words", len(got), len(words))
		}
		for _, x := range got {
			if x == None || x >= numTags {
				t.Fatalf("tag %d", x)
			}
		}
	})
}
