// Command dbbench builds and measures large synthetic libraries in brief's
// database: the figures of BENCHMARKS.md at 100,000 and 1,000,000
// stories, too heavy for tests.
//
//	go run ./tools/dbbench ingest -data DIR -n 100000      # a library of N synthetic stories
//	go run ./tools/dbbench search -data DIR -runs 50       # brief search's query, timed
//	go run ./tools/dbbench rekey -data DIR -binary BRIEF   # the stored attribution, as BRIEF's own
//
// The stories come from internal/synth (invented countries and people),
// parsed and attributed on all cores, and recorded as library items
// (without item files: the database alone is measured). Then run the
// brief binary itself on the folder (BRIEF_DATA_DIR=DIR) for whole-process
// figures: see BENCHMARKS.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/internal/synth"
	"github.com/brief-reader/brief/store"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: dbbench ingest|search|rekey [flags]")
		os.Exit(2)
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	dir := fs.String("data", "", "the data folder (BRIEF_DATA_DIR)")
	n := fs.Int("n", 100000, "stories to ingest")
	seed := fs.Int64("seed", 1, "synth seed")
	attribute := fs.Bool("attribute", true, "attribute the stories (false: text only, for a search benchmark)")
	runs := fs.Int("runs", 50, "searches to time")
	binary := fs.String("binary", "", "the brief binary whose attribution version rekey files the stored attribution under")
	fs.Parse(os.Args[2:])
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "dbbench: -data is required")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "ingest":
		err = ingest(*dir, *n, *seed, *attribute)
	case "search":
		err = search(*dir, *runs)
	case "rekey":
		err = rekey(*dir, *binary)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "dbbench:", err)
		os.Exit(1)
	}
}

func ingest(dir string, n int, seed int64, attribute bool) error {
	db, err := store.Open(dir)
	if err != nil {
		return err
	}
	defer db.Close()
	attr, _ := data.NewAttributor("")
	version := ""
	if attribute {
		version = attr.Version()
	}
	g := synth.New(seed)
	const batch = 2000
	start := time.Now()
	var bytes int64
	for from := 0; from < n; from += batch {
		to := min(from+batch, n)
		items := make([]store.BulkItem, to-from)
		var wg sync.WaitGroup
		next := make(chan int)
		var mu sync.Mutex
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					f := g.Briefing(i, synth.ShapeOf(i))
					b, err := data.Parse(f.Name, f.Data)
					if err != nil {
						panic(err)
					}
					if attribute {
						attr.Attribute(b)
					}
					b.ID = strings.TrimSuffix(f.Name, filepath.Ext(f.Name))
					// Dated one story an hour back from 2031, newest first.
					date := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC).Add(-time.Duration(i) * time.Hour)
					if b.Date.IsZero() {
						b.Date = date
					}
					items[i-from] = store.BulkItem{
						Item: store.Item{Key: "synth:" + f.Name, SID: b.ID, Feed: "https://synth.example/feed",
							File: filepath.Join(dir, "items", f.Name+".json"), Fetched: date, Date: b.Date},
						Hash: store.Hash(f.Data), Briefing: b,
					}
					mu.Lock()
					bytes += int64(len(f.Data))
					mu.Unlock()
				}
			}()
		}
		for i := from; i < to; i++ {
			next <- i
		}
		close(next)
		wg.Wait()
		if err := db.BulkItems(items, version); err != nil {
			return err
		}
		if to%50000 == 0 || to == n {
			fmt.Printf("%d stories, %.1f MB of text, %s\n", to, float64(bytes)/1e6, time.Since(start).Round(time.Millisecond))
		}
	}
	ingestTime := time.Since(start)
	t0 := time.Now()
	if err := db.IndexPending(context.Background()); err != nil {
		return err
	}
	indexTime := time.Since(t0)
	var reportsTime time.Duration
	if attribute {
		// Provenance ("also in"), worked out once for the library as the
		// reader would (store.DB.MakeReports).
		t0 = time.Now()
		if _, err := db.MakeReports(context.Background(), version); err != nil {
			return err
		}
		reportsTime = time.Since(t0)
	}
	if err := db.Checkpoint(); err != nil {
		return err
	}
	size := int64(0)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), store.FileName) {
			if fi, err := e.Info(); err == nil {
				size += fi.Size()
			}
		}
	}
	fmt.Printf("ingested %d stories (%.1f MB of text) in %s, full-text index %s, provenance %s; database %.1f MB on disk (%.2f x the text)\n",
		n, float64(bytes)/1e6, ingestTime.Round(time.Millisecond), indexTime.Round(time.Millisecond), reportsTime.Round(time.Millisecond), float64(size)/1e6, float64(size)/float64(bytes))
	return nil
}

// queries are words of the synthetic stories, common and rare, one and
// two at a time.
var queries = []string{"ceasefire", "talks", "minister said", "fisheries", "delegation", "agreement border",
	"spokesperson", "prisoner exchange", "tariff", "water", "grain corridor", "monitoring"}

func search(dir string, runs int) error {
	db, err := store.Open(dir)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.IndexPending(context.Background()); err != nil {
		return err
	}
	var times []time.Duration
	for i := range runs {
		q := queries[i%len(queries)]
		t0 := time.Now()
		hits, err := db.Search(q, store.ScopeLibrary, 20)
		if err != nil {
			return err
		}
		d := time.Since(t0)
		times = append(times, d)
		if i < len(queries) {
			fmt.Printf("%-20s %3d hits  %s\n", q, len(hits), d.Round(10*time.Microsecond))
		}
	}
	slices.Sort(times)
	fmt.Printf("%d searches: median %s, min %s, max %s\n", runs, times[len(times)/2].Round(10*time.Microsecond),
		times[0].Round(10*time.Microsecond), times[len(times)-1].Round(10*time.Microsecond))
	return nil
}
