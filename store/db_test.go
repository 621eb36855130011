package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// Every connection is set up alike, whether Open made the database, found
// it in WAL mode already (and left journal_mode alone), or found one in
// another mode and put it in WAL mode; so are the connections of their
// own that reads open (openSQLCache) once Open has put it in WAL mode.
func TestEveryConnectionIsSetUp(t *testing.T) {
	t.Parallel()
	rollback := t.TempDir() // a database in rollback-journal mode, as an old SQLite leaves it
	raw, err := sql.Open("sqlite", "file:"+filepath.Join(rollback, FileName))
	must(t, err)
	_, err = raw.Exec(`CREATE TABLE x (y); PRAGMA journal_mode = DELETE`)
	must(t, err)
	must(t, raw.Close())
	if wal, err := checkHeader(filepath.Join(rollback, FileName)); err != nil || wal {
		t.Fatalf("a rollback-journal database: wal %v, %v", wal, err)
	}
	made := t.TempDir()
	for _, tt := range []struct {
		name, dir string
	}{
		{"made", made},
		{"reopened in WAL mode", made},
		{"in rollback-journal mode", rollback},
	} {
		db, err := Open(tt.dir)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if wal, err := checkHeader(db.Path()); err != nil || !wal {
			t.Errorf("%s: the header says wal %v, %v", tt.name, wal, err)
		}
		checkConnections(t, tt.name, db.sql, -libraryCacheKiB)
		if tt.dir == rollback { // the reads' own pools leave journal_mode to Open
			reads, err := openSQLCache(db.Path(), 1000)
			must(t, err)
			checkConnections(t, tt.name+", own reads", reads, -1000)
			must(t, reads.Close())
		}
		must(t, db.Close())
	}
}

// checkConnections opens all four of conns' connections at once and asks
// each how it is set up.
func checkConnections(t *testing.T, name string, conns *sql.DB, cacheSize int) {
	t.Helper()
	ctx := context.Background()
	var held []*sql.Conn
	defer func() {
		for _, c := range held {
			c.Close()
		}
	}()
	for i := range 4 {
		c, err := conns.Conn(ctx)
		if err != nil {
			t.Fatalf("%s: connection %d: %v", name, i, err)
		}
		held = append(held, c)
		var mode string
		var fk, busy, sync, cache int
		for _, p := range []struct {
			pragma string
			into   any
		}{{"journal_mode", &mode}, {"foreign_keys", &fk}, {"busy_timeout", &busy}, {"synchronous", &sync}, {"cache_size", &cache}} {
			if err := c.QueryRowContext(ctx, "PRAGMA "+p.pragma).Scan(p.into); err != nil {
				t.Fatalf("%s: connection %d: %s: %v", name, i, p.pragma, err)
			}
		}
		if mode != "wal" || fk != 1 || busy != 20000 || sync != 1 || cache != cacheSize {
			t.Errorf("%s: connection %d: journal_mode %s, foreign_keys %d, busy_timeout %d, synchronous %d, cache_size %d; want wal, 1, 20000, 1 (normal), %d",
				name, i, mode, fk, busy, sync, cache, cacheSize)
		}
	}
}
