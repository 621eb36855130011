package store

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// Migration 8 adds the statement stars to a database of version 7 and
// keeps what it held: a story's read mark and star.
func TestStatementStarsMigration(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	raw, err := openSQL(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	must(t, migrateTo(raw, 7))
	_, err = raw.Exec(`INSERT INTO marks(sid, read, starred) VALUES ('orlavia-1', 1, 1)`)
	must(t, err)
	if _, err := raw.Exec(`SELECT count(*) FROM statement_stars`); err == nil {
		t.Fatal("version 7 already has statement_stars: the test proves nothing")
	}
	must(t, migrateTo(raw, 8))
	raw.Close()
	db := openTest(t, dir)
	marks, err := db.Marks()
	if err != nil || !reflect.DeepEqual(marks, map[string]Mark{"orlavia-1": {Read: true, Starred: true}}) {
		t.Errorf("marks after the migration: %v %v", marks, err)
	}
	stars, err := db.StarredStatements()
	if err != nil || len(stars) != 0 {
		t.Errorf("statement stars after the migration: %v %v", stars, err)
	}
}

// Statement stars are kept, taken away, and given back by the journal
// when the database is rebuilt.
func TestStatementStarsPersist(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := openTest(t, dir)
	must(t, db.SetStatementStarred("orlavia-1#a1", true))
	must(t, db.SetStatementStarred("orlavia-1#b2", true))
	must(t, db.SetStatementStarred("orlavia-1#b2", false))
	must(t, db.SetStatementStarred("kestria-4#c3", true))
	must(t, db.SetStatementStarred("kestria-4#c3", true)) // twice: still one star
	want := map[string]bool{"orlavia-1#a1": true, "kestria-4#c3": true}
	if got, err := db.StarredStatements(); err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("stars %v %v, want %v", got, err, want)
	}
	db.Close()
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte("not a database"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, FileName+"-wal"))
	os.Remove(filepath.Join(dir, FileName+"-shm"))
	db2, err := OpenOrRebuild(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if got, _ := db2.StarredStatements(); !reflect.DeepEqual(got, want) {
		t.Errorf("stars after the rebuild %v, want %v", got, want)
	}
}

// Many stories are marked read at once, and the journal has each.
func TestMarkReadMany(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := openTest(t, dir)
	must(t, db.MarkRead("tesmar-1"))
	must(t, db.MarkReadMany([]string{"tesmar-1", "tesmar-2", "orlavia-3"}))
	want := map[string]Mark{"tesmar-1": {Read: true}, "tesmar-2": {Read: true}, "orlavia-3": {Read: true}}
	if got, err := db.Marks(); err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("marks %v %v", got, err)
	}
	entries, err := readJournal(filepath.Join(dir, journalName))
	if err != nil || len(entries) != 4 || entries[3] != (journalEntry{opRead, "orlavia-3"}) {
		t.Errorf("journal %v %v", entries, err)
	}
}
