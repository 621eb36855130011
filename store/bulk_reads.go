package store

import (
	"database/sql"
	"sync"
)

// bulkReads is the connections the reader's background reads of every
// story's statements and groups go through (Statements, Reports,
// StatementWords, MakeReports), opened at the first, with SQLite's
// default page cache: each record is read once, and with the library's
// 16 MB a connection their caches held 27 MB of the quote view's peak at
// 20,000 stories (BENCHMARKS.md, "also in" kept in the database).
type bulkReads struct {
	once  sync.Once
	conns *sql.DB // nil: the database's
}

// bulk is the connections bulk reads go through.
func (db *DB) bulk() *sql.DB {
	db.bulkReads.once.Do(func() {
		if conns, err := openSQLCache(db.path, readsCacheKiB); err == nil {
			db.bulkReads.conns = conns
		}
	})
	if db.bulkReads.conns == nil {
		return db.sql
	}
	return db.bulkReads.conns
}

// closeBulk closes the bulk reads' connections; none are opened after.
func (db *DB) closeBulk() error {
	db.bulkReads.once.Do(func() {})
	if db.bulkReads.conns == nil {
		return nil
	}
	return db.bulkReads.conns.Close()
}
