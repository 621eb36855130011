package tag

import (
	"strings"
	"testing"
)

// benchSentences is invented news prose, tokenised as the linguistic layer
// does (contractions whole, curly quotes, possessive split).
var benchSentences = func() [][]string {
	text := []string{
		"Tesmari Foreign Minister Ana Velk said on Monday that the talks had stalled .",
		"“ We will not retreat , ” said Jonas Vell , a retired general who advised the Orlavian delegation in 2019 .",
		"The minister ’s warning that sanctions could follow was rejected by Kestria ’s government , according to officials .",
		"Orlavia has said it won't accept any ceasefire that leaves troops inside the U.S.-brokered buffer zone .",
		"Speaking to reporters in Velmar , the spokesman told journalists the delegation would return next week .",
		"Prices rose 3.5 % in the third quarter , the central bank said in a statement on Thursday .",
	}
	var out [][]string
	for _, s := range text {
		out = append(out, strings.Fields(s))
	}
	return out
}()

func BenchmarkTag(b *testing.B) {
	t := Default()
	tokens, bytes := 0, 0
	for _, s := range benchSentences {
		tokens += len(s)
		for _, w := range s {
			bytes += len(w) + 1
		}
	}
	out := make([]Tag, 0, 64)
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range benchSentences {
			out = t.Tag(s, out)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLowerBaseline lower-cases the same tokens: a yardstick measured in
// the same run, so BENCHMARKS figures can be ratios on a noisy machine.
func BenchmarkLowerBaseline(b *testing.B) {
	n := 0
	for _, s := range benchSentences {
		for _, w := range s {
			n += len(w) + 1
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	sink := 0
	for i := 0; i < b.N; i++ {
		for _, s := range benchSentences {
			for _, w := range s {
				sink += len(strings.ToLower(w))
			}
		}
	}
	_ = sink
}

func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(embeddedModel)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(embeddedModel); err != nil {
			b.Fatal(err)
		}
	}
}
