package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

// openTest opens the database in dir, a copy of a new one (template_test.go)
// when dir has none.
func openTest(t *testing.T, dir string) *DB {
	t.Helper()
	copyNewDatabase(t, dir)
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Every migration applies in turn to an empty database, the version
// follows, and opening again changes nothing.
func TestMigrations(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	raw, err := openSQL(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	for v := 1; v <= len(migrations); v++ {
		if err := migrateTo(raw, v); err != nil {
			t.Fatalf("migration %d: %v", v, err)
		}
		var got int
		raw.QueryRow("PRAGMA user_version").Scan(&got)
		if got != v {
			t.Fatalf("after migration %d the version is %d", v, got)
		}
	}
	raw.Close()
	db := openTest(t, dir)
	var tables int
	db.sql.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('docs', 'bodies', 'attribution', 'statements', 'items', 'marks', 'subscriptions', 'refresh_log', 'files')`).Scan(&tables)
	if tables != 9 {
		t.Errorf("%d of 9 tables", tables)
	}
	// A database from a newer brief is refused, not damaged.
	db.sql.Exec("PRAGMA user_version = 999")
	db.Close()
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "newer") || errors.Is(err, ErrDamaged) {
		t.Errorf("a newer schema: %v", err)
	}
}

func sampleBriefing(t *testing.T) *data.Briefing {
	t.Helper()
	raw := []byte("---\ntitle: Tesmar and Orlavia Extend the Ceasefire\ndate: 2031-06-12\ndateline: Hollin\nparties:\n  - name: Tesmar\n    aliases: [Tesmari]\n---\n" +
		"Foreign Minister Ansel Varo said: “The line will hold.”\n\n```\ncode block\n\nwith a blank line\n```\n\n- a list item\n\nOrlavia's envoy, Mira Dalen, said the talks would resume in May.\n")
	b, err := data.Parse("ceasefire.md", raw)
	if err != nil {
		t.Fatal(err)
	}
	a := builtinAttributor()
	a.Attribute(b)
	if len(b.Statements) == 0 {
		t.Fatal("the sample has no statements")
	}
	return b
}

// A briefing read back from the database is the one stored: whole, or
// without its paragraphs (compact) until Body fills them.
func TestDocRoundTrip(t *testing.T) {
	t.Parallel()
	db := openTest(t, t.TempDir())
	b := sampleBriefing(t)
	b.Path = "/stories/ceasefire.md"
	res, err := db.CacheFile(CachedFile{Path: b.Path, Size: 10, MTime: time.Unix(5, 0), Hash: "h1"}, []*data.Briefing{b}, "v1")
	if err != nil {
		t.Fatal(err)
	}
	for _, whole := range []bool{true, false} {
		docs, ok, err := db.LookupFile(b.Path, 10, time.Unix(5, 0), "v1", Want{Body: whole, Statements: true})
		if err != nil || !ok || len(docs) != 1 || !docs[0].Attributed {
			t.Fatalf("lookup: %v %v %+v", err, ok, docs)
		}
		got := docs[0].Briefing
		if !whole {
			if got.Paragraphs != nil {
				t.Fatal("a compact briefing has paragraphs")
			}
			if err := db.Body(docs[0].ID, got); err != nil {
				t.Fatal(err)
			}
		}
		if !reflect.DeepEqual(got, b) {
			t.Errorf("whole %v: read back\n%+v\nwant\n%+v", whole, got, b)
		}
	}
	_ = res
	// Another engine version has no attribution stored.
	docs, ok, err := db.LookupFile(b.Path, 10, time.Unix(5, 0), "v2", Want{Body: true, Statements: true})
	if err != nil || !ok || docs[0].Attributed || docs[0].Briefing.Statements != nil {
		t.Errorf("another version: %v %v attributed %v", err, ok, docs[0].Attributed)
	}
}

// A file cached again with a newer engine keeps only that engine's
// attribution of its stories; a story cached for the first time, in a
// file or as an item, in the place of one deleted, has its attribution
// and no other version's. (A new story's ID can be a deleted one's.)
func TestOnlyTheNewestAttributionIsKept(t *testing.T) {
	t.Parallel()
	db := openTest(t, t.TempDir())
	b := sampleBriefing(t)
	b.Path = "/stories/ceasefire.md"
	f := CachedFile{Path: b.Path, Size: 10, MTime: time.Unix(5, 0), Hash: "h1"}
	versions := func(id int64) (got []string) {
		t.Helper()
		for _, table := range []string{"attribution", "statements"} {
			rows, err := db.sql.Query(`SELECT version FROM `+table+` WHERE doc = ? ORDER BY version`, id)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var v string
				rows.Scan(&v)
				got = append(got, table+" "+v)
			}
			rows.Close()
		}
		return got
	}
	want := func(id int64, vs ...string) {
		t.Helper()
		if got := versions(id); !slices.Equal(got, vs) {
			t.Errorf("story %d: %q, want %q", id, got, vs)
		}
	}
	ids, err := db.CacheFile(f, []*data.Briefing{b}, "v1")
	if err != nil {
		t.Fatal(err)
	}
	want(ids[0], "attribution v1", "statements v1")
	f.Hash = "h2"
	if ids, err = db.CacheFile(f, []*data.Briefing{b}, "v2"); err != nil {
		t.Fatal(err)
	}
	want(ids[0], "attribution v2", "statements v2")
	// Deleted, then a new story in its place takes its ID.
	if _, err := db.sql.Exec(`DELETE FROM docs WHERE id = ?`, ids[0]); err != nil {
		t.Fatal(err)
	}
	g := CachedFile{Path: "/stories/other.md", Size: 10, MTime: time.Unix(5, 0), Hash: "h3"}
	again, err := db.CacheFile(g, []*data.Briefing{b}, "v3")
	if err != nil {
		t.Fatal(err)
	}
	if again[0] != ids[0] {
		t.Logf("the new story has ID %d, not the deleted %d", again[0], ids[0])
	}
	want(again[0], "attribution v3", "statements v3")
	// As items, the same.
	it := BulkItem{Item: Item{Key: "k", SID: "s", Feed: "f", File: "/items/k.json"}, Hash: "h", Briefing: b}
	if err := db.BulkItems([]BulkItem{it}, "v1"); err != nil {
		t.Fatal(err)
	}
	it.Hash = "h2"
	if err := db.BulkItems([]BulkItem{it}, "v2"); err != nil {
		t.Fatal(err)
	}
	var doc int64
	if err := db.sql.QueryRow(`SELECT id FROM docs WHERE path = ?`, it.Item.File).Scan(&doc); err != nil {
		t.Fatal(err)
	}
	want(doc, "attribution v2", "statements v2")
}

// A damaged record is an error, never a crash or a huge allocation.
func TestDecodeDamagedRecords(t *testing.T) {
	t.Parallel()
	b := sampleBriefing(t)
	meta, summary, stmts := encodeMeta(b), encodeSummary(b), encodeStatements(b)
	for i := range len(meta) {
		decodeBriefing(row{Meta: meta[:i], Body: bodyText(b)}, "", true)
	}
	for _, rec := range []struct {
		raw    []byte
		decode func(*data.Briefing, []byte) error
	}{{summary, decodeSummary}, {stmts, decodeStatements}} {
		for i := range len(rec.raw) {
			var c data.Briefing
			if err := rec.decode(&c, rec.raw[:i]); err == nil && i < len(rec.raw)-1 {
				t.Fatalf("a record cut at %d of %d bytes read without error", i, len(rec.raw))
			}
		}
		bad := append([]byte{rec.raw[0], 0xff, 0xff, 0xff, 0xff, 0x0f}, rec.raw[1:]...)
		var c data.Briefing
		if err := rec.decode(&c, bad); err == nil {
			t.Error("a huge count read without error")
		}
	}
}

// A compact briefing read for a list has the summary of attribution and
// no statements; Statements reads them.
func TestSummaryWithoutStatements(t *testing.T) {
	t.Parallel()
	db := openTest(t, t.TempDir())
	b := sampleBriefing(t)
	b.Path = "/stories/ceasefire.md"
	must(t, func() error {
		_, err := db.CacheFile(CachedFile{Path: b.Path, Size: 1, MTime: time.Unix(1, 0), Hash: "h"}, []*data.Briefing{b}, "v1")
		return err
	}())
	docs, ok, err := db.LookupFile(b.Path, 1, time.Unix(1, 0), "v1", Want{})
	if err != nil || !ok {
		t.Fatal(err)
	}
	got := docs[0].Briefing
	if got.Statements != nil || got.NumStatements() != len(b.Statements) || !reflect.DeepEqual(got.Speakers, b.Speakers) || !reflect.DeepEqual(got.Parties, b.Parties) {
		t.Errorf("summary: %d statements held, %d counted; speakers %v", len(got.Statements), got.NumStatements(), got.Speakers)
	}
	must(t, db.Statements(docs[0].ID, "v1", got))
	if !reflect.DeepEqual(got.Statements, b.Statements) || got.StatementCount != 0 {
		t.Errorf("statements read back differ")
	}
}

func TestMarksAndJournal(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := openTest(t, dir)
	must(t, db.MarkRead("tesmar-1"))
	must(t, db.SetStarred("tesmar-2", true))
	must(t, db.SetStarred("tesmar-3", true))
	must(t, db.SetStarred("tesmar-3", false))
	must(t, db.Subscribe("https://mfa.tesmar.example/feed"))
	must(t, db.Subscribe("https://news.orlavia.example/rss"))
	must(t, db.Unsubscribe("https://mfa.tesmar.example/feed"))
	want := map[string]Mark{"tesmar-1": {Read: true}, "tesmar-2": {Starred: true}}
	got, err := db.Marks()
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("marks %v %v, want %v", got, err, want)
	}
	// The database is lost: the journal gives every mark back.
	db.Close()
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte("this is not a database, it is a shopping list"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, FileName+"-wal"))
	os.Remove(filepath.Join(dir, FileName+"-shm"))
	db2, err := OpenOrRebuild(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if db2.Rebuilt == "" || !strings.Contains(db2.Rebuilt, filepath.Join(dir, FileName)) {
		t.Errorf("rebuilt %q: want the damaged file named", db2.Rebuilt)
	}
	if raw, err := os.ReadFile(db2.DamagedCopy); err != nil || !strings.Contains(string(raw), "shopping list") {
		t.Errorf("the damaged file was not kept: %v", err)
	}
	got, _ = db2.Marks()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("marks after the rebuild %v, want %v", got, want)
	}
	subs, _ := db2.Subscriptions()
	if len(subs) != 1 || subs[0].URL != "https://news.orlavia.example/rss" {
		t.Errorf("subscriptions after the rebuild %+v", subs)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// Garbage and a database cut short are named as damaged; Open does not
// touch them.
func TestDamageIsDetected(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name  string
		spoil func(path string) error
	}{
		{"garbage", func(p string) error { return os.WriteFile(p, []byte(strings.Repeat("garbage ", 2000)), 0o644) }},
		{"truncated", func(p string) error {
			fi, err := os.Stat(p)
			if err != nil {
				return err
			}
			return os.Truncate(p, fi.Size()/2)
		}},
		{"header overwritten", func(p string) error {
			f, err := os.OpenFile(p, os.O_WRONLY, 0)
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = f.WriteAt([]byte("SQLite format 2\x00"), 0)
			return err
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			db := openTest(t, dir)
			b := sampleBriefing(t)
			var files []CacheEntry
			for i := range 40 { // enough pages that half of them is missed
				path := filepath.Join(dir, "story", string(rune('a'+i%26))+strings.Repeat("x", i))
				files = append(files, CacheEntry{File: CachedFile{Path: path, Size: 1, Hash: "h"}, docs: []encodedDoc{encodeDoc(b, true)}})
			}
			must(t, db.CacheFiles(files, "v1")) // one transaction: forty took a third of the store tests' time
			must(t, db.Checkpoint())
			db.Close()
			path := filepath.Join(dir, FileName)
			must(t, tt.spoil(path))
			_, err := Open(dir)
			if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %v: want ErrDamaged naming %s", err, path)
			}
		})
	}
}

// A data folder brief may not write to is named in the error.
func TestReadOnlyFolder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro")
	must(t, os.Mkdir(ro, 0o755))
	must(t, os.Chmod(ro, 0o555))
	t.Cleanup(func() { os.Chmod(ro, 0o755) })
	if writable(ro) {
		// root writes through permissions: a read-only file system
		// still refuses it.
		ro = "/sys/brief-test-data"
		if _, err := os.Stat("/sys"); err != nil || writable("/sys") {
			t.Skip("no folder this user cannot write to")
		}
	}
	_, err := Open(ro)
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), ro) {
		t.Errorf("error %v: want ErrReadOnly naming %s", err, ro)
	}
}

// Migrations 3 and 5 rebuild docs (its columns in a new order, its texts
// in a table of their own): the stories and the full-text index survive
// them; attribution, a cache, is made again.
func TestMigrationKeepsStories(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	raw, err := openSQL(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	must(t, migrateTo(raw, 2))
	_, err = raw.Exec(`INSERT INTO docs(id, path, n, hash, title, dateline, publisher, date, body, stmts, meta, indexed)
		VALUES (7, '/s/a.txt', 0, 'h', 'Tesmar Reopens the Border', 'Hollin', '', 0, 'The crossing at Ambra reopens.', '', x'00', 1)`)
	must(t, err)
	_, err = raw.Exec(`INSERT INTO docs_fts(rowid, title, body, stmts) VALUES (7, 'Tesmar Reopens the Border', 'The crossing at Ambra reopens.', '')`)
	must(t, err)
	_, err = raw.Exec(`INSERT INTO attribution(doc, version, statements, rec) VALUES (7, 'v1', 0, x'01')`)
	must(t, err)
	_, err = raw.Exec(`INSERT INTO files(path, size, mtime, hash, seen) VALUES ('/s/a.txt', 1, 1, 'h', 1)`)
	must(t, err)
	must(t, migrateTo(raw, len(migrations)))
	raw.Close()
	db := openTest(t, dir)
	hits, err := db.Search("crossing", ScopeFiles, 10)
	if err != nil || len(hits) != 1 || hits[0].Doc != 7 || hits[0].Title != "Tesmar Reopens the Border" {
		t.Errorf("after the migration: %+v %v", hits, err)
	}
	var n int
	db.sql.QueryRow(`SELECT count(*) FROM attribution`).Scan(&n)
	if n != 0 {
		t.Errorf("%d attribution rows of the old format kept", n)
	}
	// The triggers came back: deleting the story takes it out of the index.
	_, err = db.sql.Exec(`DELETE FROM docs WHERE id = 7`)
	must(t, err)
	if hits, _ := db.Search("crossing", ScopeFiles, 10); len(hits) != 0 {
		t.Errorf("a deleted story is still found")
	}
}
