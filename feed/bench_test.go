package feed

import (
	"os"
	"testing"

	"github.com/brief-reader/brief/data"
)

// BenchmarkSharedFeeds parses the ../shared/feeds snapshots into
// briefings, and then attributes them too, one item after another on one
// goroutine, reporting items per second.
//
//	go test -run '^$' -bench SharedFeeds -benchtime 3s ./feed/
func BenchmarkSharedFeeds(b *testing.B) {
	var raws [][]byte
	var size int64
	for _, p := range sharedFeeds(b) {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
		size += int64(len(raw))
	}
	attr, _ := data.NewAttributor("")
	for _, bench := range []struct {
		name string
		attr *data.Attributor
	}{{"parse", nil}, {"parse+attribute", attr}} {
		b.Run(bench.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			items := 0
			for b.Loop() {
				for _, raw := range raws {
					bs, err := feedBriefings("feed.rss", raw)
					if err != nil {
						b.Fatal(err)
					}
					if bench.attr != nil {
						for _, br := range bs {
							bench.attr.Attribute(br)
						}
					}
					items += len(bs)
				}
			}
			b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
		})
	}
}
