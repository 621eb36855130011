package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

// A statement that cannot be prepared fails as it would unprepared, and
// the ones around it still run, each with its own arguments.
func TestPreparedTxErrorsAndArguments(t *testing.T) {
	t.Parallel()
	db := openTest(t, t.TempDir())
	err := db.tx(context.Background(), func(t *sql.Tx) error {
		tx := prepareEach(t)
		for _, url := range []string{"https://a.tesmar.example/rss", "https://b.orlavia.example/rss"} {
			if _, err := tx.Exec(`INSERT INTO subscriptions(url, pos) VALUES (?, (SELECT count(*) FROM subscriptions))`, url); err != nil {
				return err
			}
		}
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM no_such_table`).Scan(&n); err == nil || !strings.Contains(err.Error(), "no_such_table") {
			return fmt.Errorf("a query of a missing table: %v", err)
		}
		if _, err := tx.Exec(`DELETE FROM no_such_table`); err == nil || !strings.Contains(err.Error(), "no_such_table") {
			return fmt.Errorf("an exec on a missing table: %v", err)
		}
		for pos, want := range []string{"https://a.tesmar.example/rss", "https://b.orlavia.example/rss"} {
			var url string
			if err := tx.QueryRow(`SELECT url FROM subscriptions WHERE pos = ?`, pos).Scan(&url); err != nil || url != want {
				return fmt.Errorf("subscription %d: %q %v, want %q", pos, url, err, want)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// BenchmarkCacheManyFiles stores 200 small stories in one transaction,
// each statement prepared once (as CacheFiles does) and prepared again
// for each story (as it did before), in the same run.
func BenchmarkCacheManyFiles(b *testing.B) {
	var docs []encodedDoc
	for i := range 200 {
		raw := fmt.Sprintf("Tesmar and Orlavia Talk, Round %d\nHollin – Foreign Minister Ansel Varo said the talks would resume in May.\n", i)
		br, err := data.Parse(fmt.Sprintf("talks-%d.txt", i), []byte(raw))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, encodeDoc(br, false))
	}
	for _, mode := range []string{"prepared once", "prepared per story"} {
		b.Run(mode, func(b *testing.B) {
			db, err := Open(b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			for range b.N {
				err := db.tx(context.Background(), func(t *sql.Tx) error {
					var tx txExec = t
					if mode == "prepared once" {
						tx = prepareEach(t)
					}
					for i, d := range docs {
						f := CachedFile{Path: filepath.Join("/stories", fmt.Sprintf("talks-%d.txt", i)), Size: 1, MTime: time.Unix(1, 0), Hash: "h"}
						if _, err := cacheFile(tx, f, []encodedDoc{d}, ""); err != nil {
							return err
						}
					}
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLookupManyFiles asks a FileCache for 200 cached files, as a
// folder read again does, with the query prepared once for the load (as
// Lookup does) and prepared for each file (as it did before).
func BenchmarkLookupManyFiles(b *testing.B) {
	db, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var entries []CacheEntry
	for i := range 200 {
		raw := fmt.Sprintf("Tesmar and Orlavia Talk, Round %d\nHollin – Foreign Minister Ansel Varo said the talks would resume in May.\n", i)
		br, err := data.Parse(fmt.Sprintf("talks-%d.txt", i), []byte(raw))
		if err != nil {
			b.Fatal(err)
		}
		f := CachedFile{Path: filepath.Join("/stories", fmt.Sprintf("talks-%d.txt", i)), Size: 1, MTime: time.Unix(1, 0), Hash: "h"}
		entries = append(entries, CacheEntry{File: f, docs: []encodedDoc{encodeDoc(br, false)}})
	}
	if err := db.CacheFiles(entries, ""); err != nil {
		b.Fatal(err)
	}
	for _, mode := range []string{"prepared once", "prepared per file"} {
		b.Run(mode, func(b *testing.B) {
			for range b.N {
				c := db.NewFileCache("", Want{}, false)
				for _, e := range entries {
					var docs []Doc
					var err error
					if mode == "prepared once" {
						docs, err = c.docsOf(e.File.Path)
					} else {
						docs, err = db.docsOf(e.File.Path, "", Want{})
					}
					if err != nil || len(docs) != 1 {
						b.Fatalf("%s: %d docs, %v", e.File.Path, len(docs), err)
					}
				}
				c.Close()
			}
		})
	}
}
