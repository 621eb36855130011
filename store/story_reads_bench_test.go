package store

import (
	"fmt"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

// BenchmarkStoryReads reads, story after story, what a reader reads of a
// story it shows: its statements and their reports for the quote view,
// and its body when it is opened.
func BenchmarkStoryReads(b *testing.B) {
	db, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	attr, _ := data.NewAttributor("")
	var docs []int64
	for i := range 200 {
		raw := fmt.Sprintf("Tesmar and Orlavia Talk, Round %d\nHollin – Foreign Minister Ansel Varo said: “The talks will resume in May.”\n", i)
		br, err := data.Parse(fmt.Sprintf("/stories/talks-%d.txt", i), []byte(raw))
		if err != nil {
			b.Fatal(err)
		}
		attr.Attribute(br)
		ids, err := db.CacheFile(CachedFile{Path: br.Path, Size: 1, MTime: time.Unix(1, 0), Hash: "h"}, []*data.Briefing{br}, attr.Version())
		if err != nil || len(ids) != 1 {
			b.Fatal(ids, err)
		}
		docs = append(docs, ids[0])
	}
	for b.Loop() {
		for _, doc := range docs {
			var br data.Briefing
			if err := db.Statements(doc, attr.Version(), &br); err != nil || len(br.Statements) == 0 {
				b.Fatalf("doc %d: %d statements, %v", doc, len(br.Statements), err)
			}
			if _, err := db.Reports(doc, attr.Version()); err != nil {
				b.Fatal(err)
			}
			if err := db.Body(doc, &br); err != nil || len(br.Paragraphs) == 0 {
				b.Fatalf("doc %d: body %v", doc, err)
			}
		}
	}
}
