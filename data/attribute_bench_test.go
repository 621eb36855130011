package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func benchBriefings(b *testing.B, paths []string) ([]*Briefing, int64) {
	b.Helper()
	var bs []*Briefing
	var n int64
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		br, err := Parse(p, raw)
		if err != nil {
			continue
		}
		for _, para := range br.Paragraphs {
			n += int64(len(para.Text))
		}
		bs = append(bs, br)
	}
	if len(bs) == 0 {
		b.Skip("nothing to attribute")
	}
	return bs, n
}

func runAttribution(b *testing.B, bs []*Briefing, n int64) {
	a := attrTestAttributor(b)
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, br := range bs {
			a.Attribute(br)
		}
	}
}

// BenchmarkAttribution reports MB/s of prose attributed on one core (run
// with -cpu 1): the embedded seed and the project's own annotated cases,
// which are always there.
func BenchmarkAttribution(b *testing.B) {
	paths := []string{filepath.Join("articles", seedName)}
	own, _ := filepath.Glob(filepath.Join("testdata", "attribution", "*.md"))
	bs, n := benchBriefings(b, append(paths, own...))
	runAttribution(b, bs, n)
}

// BenchmarkAttributionCorpus does the same over the real releases in
// ../shared/corpus (skipped when absent): 4,300 files, 30 MB of prose.
func BenchmarkAttributionCorpus(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(dir); err != nil {
		b.Skip("no ../shared/corpus")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*", "*.md"))
	bs, n := benchBriefings(b, paths)
	runAttribution(b, bs, n)
}

// BenchmarkAttributionAdversarial: input that once cost quadratic time —
// lone quotation marks, long sentences of cues without punctuation — must
// run at prose speed.
func BenchmarkAttributionAdversarial(b *testing.B) {
	cases := []string{
		strings.Repeat("‘a b ", 20000),
		strings.Repeat("\"a b ", 20000),
		strings.Repeat("officials said the minister noted that ", 5000),
		strings.Repeat("Russia said, ", 10000),
		strings.Repeat("President Xandor Vell Marrow ", 5000),
		"“" + strings.Repeat("He said that. ", 10000),
	}
	var bs []*Briefing
	var n int64
	for _, c := range cases {
		bs = append(bs, &Briefing{Title: "T", Paragraphs: []Paragraph{{Text: c}}})
		n += int64(len(c))
	}
	runAttribution(b, bs, n)
}
