package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync/atomic"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

// counting counts what Load asked of the cache.
type counting struct {
	*FileCache
	hits, contentHits, stores atomic.Int32
}

func (c *counting) Lookup(p string, size int64, mtime time.Time) ([]*data.Briefing, bool, bool) {
	bs, attributed, ok := c.FileCache.Lookup(p, size, mtime)
	if ok && attributed {
		c.hits.Add(1)
	}
	return bs, attributed, ok
}

func (c *counting) LookupContents(p string, size int64, mtime time.Time, raw []byte) ([]*data.Briefing, bool, bool) {
	bs, attributed, ok := c.FileCache.LookupContents(p, size, mtime, raw)
	if ok {
		c.contentHits.Add(1)
	}
	return bs, attributed, ok
}

func (c *counting) Store(p string, size int64, mtime time.Time, raw []byte, bs []*data.Briefing) {
	c.stores.Add(1)
	c.FileCache.Store(p, size, mtime, raw, bs)
}

var stories = map[string]string{
	"tesmar.txt":  "Tesmar Reopens the Border\nHollin – Foreign Minister Ansel Varo said on Monday that the border would reopen.\n",
	"orlavia.txt": "Orlavia Files a Complaint\nLysa – Orlavian envoy Mira Dalen said the duties broke the accord.\n",
	"kestria.md":  "# Kestria Joins the Talks\n\nKestrian Prime Minister Oren Talvi said: “We are ready.”\n",
}

func loadWith(t *testing.T, db *DB, attr *data.Attributor, dir string) ([]*data.Briefing, *counting) {
	t.Helper()
	c := &counting{FileCache: db.NewFileCache(attr.Version(), Want{Statements: true}, true)}
	bs, errs := data.Load([]string{dir}, nil, data.LoadOptions{Attributor: attr, Cache: c})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Forget([]string{dir}); err != nil {
		t.Fatal(err)
	}
	for _, b := range bs {
		if err := c.Body(b); err != nil {
			t.Fatal(err)
		}
	}
	return bs, c
}

// attributionOf is what a list shows of each story.
func attributionOf(bs []*data.Briefing) map[string][]data.Statement {
	out := map[string][]data.Statement{}
	for _, b := range bs {
		out[b.Title] = b.Statements
	}
	return out
}

// The cache answers for a file only while it is the file it read:
// edited, touched, deleted, or read by another attribution engine, the
// file is read again, and the result is what reading it fresh gives.
func TestFileCacheInvalidation(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, body := range stories {
		must(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	db := openTest(t, t.TempDir())
	attr := builtinAttributor()
	fresh := func() []*data.Briefing {
		bs, errs := data.Load([]string{dir}, nil, data.LoadOptions{Attributor: attr})
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		return bs
	}
	same := func(step string, got []*data.Briefing) {
		t.Helper()
		want := fresh()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: from the cache\n%+v\nwant\n%+v", step, got[0], want[0])
		}
	}

	bs, c := loadWith(t, db, attr, dir)
	if c.stores.Load() != 3 || c.hits.Load() != 0 {
		t.Errorf("first load: %d stored, %d hits", c.stores.Load(), c.hits.Load())
	}
	same("first load", bs)

	bs, c = loadWith(t, db, attr, dir)
	if c.hits.Load() != 3 || c.stores.Load() != 0 {
		t.Errorf("second load: %d hits, %d stored; want every file from the cache", c.hits.Load(), c.stores.Load())
	}
	same("second load", bs)

	// Edited: same size, new words, and a time the cache has not seen.
	p := filepath.Join(dir, "tesmar.txt")
	edited := "Tesmar Closes the Border\nHollin – Foreign Minister Ansel Varo said on Monday that the border would close.\n"
	must(t, os.WriteFile(p, []byte(edited), 0o644))
	must(t, os.Chtimes(p, time.Now(), time.Now().Add(time.Hour)))
	bs, c = loadWith(t, db, attr, dir)
	if c.hits.Load() != 2 || c.stores.Load() != 1 {
		t.Errorf("after an edit: %d hits, %d stored", c.hits.Load(), c.stores.Load())
	}
	same("after an edit", bs)

	// Touched: a new time, the same bytes; read, not parsed again.
	must(t, os.Chtimes(p, time.Now(), time.Now().Add(2*time.Hour)))
	bs, c = loadWith(t, db, attr, dir)
	if c.contentHits.Load() != 1 || c.stores.Load() != 0 {
		t.Errorf("after a touch: %d found by contents, %d stored", c.contentHits.Load(), c.stores.Load())
	}
	same("after a touch", bs)

	// Deleted: gone from the load and from the cache.
	must(t, os.Remove(filepath.Join(dir, "orlavia.txt")))
	bs, _ = loadWith(t, db, attr, dir)
	same("after a delete", bs)
	var n int
	db.sql.QueryRow(`SELECT count(*) FROM files`).Scan(&n)
	if n != 2 {
		t.Errorf("%d files cached after a delete, want 2", n)
	}

	// Another engine version (the user's gazetteer changed): attributed
	// again, never the stored result.
	cfg := t.TempDir()
	must(t, os.WriteFile(filepath.Join(cfg, "parties.yaml"), []byte("- {name: Kestria, demonyms: [Kestrian, Kestrians], capital: Varn, kind: state}\n"), 0o644))
	other, errs := data.NewAttributor(cfg)
	if len(errs) > 0 || other.Version() == attr.Version() {
		t.Fatalf("the user's file does not change the version: %v", errs)
	}
	bs, c = loadWith(t, db, other, dir)
	if c.hits.Load() != 0 || c.stores.Load() != 2 {
		t.Errorf("another version: %d hits, %d stored; want all attributed again", c.hits.Load(), c.stores.Load())
	}
	want, _ := data.Load([]string{dir}, nil, data.LoadOptions{Attributor: other})
	if !reflect.DeepEqual(attributionOf(bs), attributionOf(want)) {
		t.Errorf("another version: stale attribution")
	}
}

// A file the database held nothing of when the load began is not looked
// up by its contents: nothing can match it, and the lookup took a
// connection of its own (its schema read again) and waited for the
// write lock the cache's writer holds. A touched file still is (above).
func TestNewFilesAreNotLookedUpByContents(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := filepath.Join(dir, "tesmar.txt")
	must(t, os.WriteFile(p, []byte(stories["tesmar.txt"]), 0o644))
	db := openTest(t, t.TempDir())
	c := db.NewFileCache("v1", Want{Statements: true}, false)
	defer c.Close()
	fi, err := os.Stat(p)
	must(t, err)
	if _, _, ok := c.Lookup(p, fi.Size(), fi.ModTime()); ok {
		t.Fatal("a new file found in an empty cache")
	}
	// Hold every connection the database has open: asking it anything
	// now opens another.
	held := db.sql.Stats().OpenConnections
	conns := make([]*sql.Conn, held)
	for i := range conns {
		conns[i], err = db.sql.Conn(context.Background())
		must(t, err)
		defer conns[i].Close()
	}
	if _, _, ok := c.LookupContents(p, fi.Size(), fi.ModTime(), []byte(stories["tesmar.txt"])); ok {
		t.Error("a new file found by its contents")
	}
	if n := db.sql.Stats().OpenConnections; n != held {
		t.Errorf("the database was asked about a file it never held: %d connections open, want %d", n, held)
	}
}

// A load of a few files reads them through the database's connections;
// only a load of more than ownReadsAfter opens connections of its own
// (each reads the schema first), and still finds every file.
func TestOnlyALargeLoadOpensItsOwnReads(t *testing.T) {
	t.Parallel()
	attr := builtinAttributor()
	db := openTest(t, t.TempDir())
	for _, n := range []int{3, ownReadsAfter + 1} {
		dir := t.TempDir()
		for i := range n {
			body := fmt.Sprintf("Vesk Talks, Round %d\nThe envoys of Vesk met again.\n", i)
			must(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("round-%02d.txt", i)), []byte(body), 0o644))
		}
		loadWith(t, db, attr, dir)
		_, c := loadWith(t, db, attr, dir)
		if got := c.hits.Load(); got != int32(n) {
			t.Errorf("%d files: %d found in the cache, want all", n, got)
		}
		if own := c.reads.conns != nil; own != (n > ownReadsAfter) {
			t.Errorf("%d files: connections of its own %v, want %v", n, own, n > ownReadsAfter)
		}
	}
}
