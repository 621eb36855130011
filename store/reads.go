package store

import (
	"database/sql"
	"sync"
)

// storyReads is the connection a story's statements and groups are read
// through (Statements, Reports), apart from the library's others and
// with a small page cache. A reader reads every story's, one story at a
// time, when the quote view is first shown: through the library's
// connections, each of whose 16 MB caches the list had left partly
// empty, the statements' pages filled two or three of them, 30 MB more
// resident by the end (BENCHMARKS.md, "The quote view's statements, a
// batch at a time"). A story's lookup reads few pages, and none of them
// twice in that walk, so a small cache costs it nothing.
type storyReads struct {
	once sync.Once
	db   *sql.DB // nil: it could not be opened, and the library's are used
}

// storyReadsCacheKiB is its page cache: the tables' upper pages.
const storyReadsCacheKiB = 1024

// reads is the connection for one story's reads: opened when first
// asked, as the list never asks.
func (db *DB) reads() *sql.DB {
	r := &db.stories
	r.once.Do(func() {
		c, err := openSQLCache(db.path, storyReadsCacheKiB)
		if err != nil {
			return
		}
		// Two at once: the background read of every story's, and the
		// stories on screen asked by the reader meanwhile.
		c.SetMaxOpenConns(2)
		c.SetMaxIdleConns(2)
		r.db = c
	})
	if r.db == nil {
		return db.sql
	}
	return r.db
}

func (r *storyReads) close() error {
	r.once.Do(func() {}) // none opened after Close
	if r.db == nil {
		return nil
	}
	return r.db.Close()
}
