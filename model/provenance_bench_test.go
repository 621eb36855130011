package model

import (
	"sync"
	"testing"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
	"github.com/brief-reader/brief/views"
)

// copiedCorpus is the synthetic corpus with its second half replaced by
// saved copies of the first, a day later: 10,000 stories, 200,000
// statements, each reported twice, so the quote view shows 100,000.
var copiedCorpus = sync.OnceValue(func() []*data.Briefing {
	src := syntheticCorpus()
	out := make([]*data.Briefing, len(src))
	half := len(src) / 2
	copy(out, src[:half])
	for i := half; i < len(src); i++ {
		c := *src[i-half]
		c.ID = "copy-" + c.ID
		c.Date = c.Date.AddDate(0, 0, 1)
		out[i] = &c
	}
	return out
})

// BenchmarkProvenance is a key in the quote view where every statement is
// reported twice (copies), against the plain corpus in the same run: the
// grouping is made at load, and a key only keeps each group's earliest
// statement among those the filters keep.
func BenchmarkProvenance(b *testing.B) {
	for _, corpus := range []struct {
		name string
		bs   func() []*data.Briefing
	}{{"plain", syntheticCorpus}, {"copies", copiedCorpus}} {
		b.Run(corpus.name+"/cursor", func(b *testing.B) {
			m := press(b, newModel(b, 120, 40, corpus.bs()), "tab", "G", "k", "k", "k")
			down, up := keyMsgs("j")[0], keyMsgs("k")[0]
			b.ResetTimer()
			alternate(b, m, down, up)
		})
		b.Run(corpus.name+"/widen", func(b *testing.B) {
			m := press(b, newModel(b, 120, 40, corpus.bs()), "tab", "/")
			letter, back := keyMsgs("q")[0], keyMsgs("backspace")[0]
			b.ResetTimer()
			alternate(b, m, letter, back)
		})
	}
}

// BenchmarkProvenanceLoad is what grouping costs at load: the library
// taking in the copied corpus (grouping included), and the grouping of
// its 200,000 statements alone, the reader's (a Sieve) and one Index's,
// of the copied corpus and of the plain one (few statements repeated, as
// in a real library: the Sieve screens most and groups few).
func BenchmarkProvenanceLoad(b *testing.B) {
	b.Run("library", func(b *testing.B) {
		bs := copiedCorpus()
		for b.Loop() {
			views.NewLibrary(nil).Add(bs...)
		}
	})
	for _, corpus := range []struct {
		name string
		bs   func() []*data.Briefing
	}{{"copies", copiedCorpus}, {"plain", syntheticCorpus}} {
		var all []provenance.Statement
		for si, s := range corpus.bs() {
			for _, st := range s.Statements {
				all = append(all, provenance.Statement{Story: si, Date: s.Date, Speaker: st.Speaker, Party: st.Party, Text: st.Text})
			}
		}
		b.Run("sieve/"+corpus.name, func(b *testing.B) { // the reader's
			for b.Loop() {
				x := provenance.NewSieve(func(n int) provenance.Statement { return all[n] })
				for _, st := range all {
					x.Add(st)
				}
			}
		})
		b.Run("grouping/"+corpus.name, func(b *testing.B) { // one Index of every statement, as brief quotes without streaming
			for b.Loop() {
				x := provenance.New()
				for _, st := range all {
					x.Add(st)
				}
			}
		})
	}
}
