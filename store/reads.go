package store

import (
	"database/sql"
	"errors"
	"sync"
)

// storyReads is the connections the library's rows (LibraryDocsByID),
// a story's statements and its groups (Statements, Reports) are read
// through, apart from the library's others and with a small page cache.
// A reader reads every row of a library in the background, and every
// story's statements when the quote view is first shown, each once:
// through the library's connections, with their caches of 16 MB, the
// rows' pages filled one or two of those caches (at 20,000 stories the
// list alone peaked at 127 to 130 MB, 101 to 104 MB without), and the
// statements' pages two or three more (30 MB more), for pages none of
// those reads asks for twice (BENCHMARKS.md, "The quote view's statements, a batch at a
// time"). A small cache keeps the tables' upper pages, which they do.
type storyReads struct {
	once sync.Once
	db   *sql.DB // nil: it could not be opened, and the library's are used
	// stmts are the reads' statements, each prepared once on the
	// connections reads gives: a reader asks them story after story as
	// the quote view scrolls, and parsed each again every time.
	stmts statements
}

// storyReadsCacheKiB is its page cache: the tables' upper pages.
const storyReadsCacheKiB = 1024

// reads is the connections for those reads, as many as the library's
// (openSQLCache), opened when first asked.
func (db *DB) reads() *sql.DB {
	r := &db.stories
	r.once.Do(func() {
		c, err := openSQLCache(db.path, storyReadsCacheKiB)
		if err != nil {
			return
		}
		r.db = c
	})
	if r.db == nil {
		return db.sql
	}
	return r.db
}

// readsQuery is db.reads().Query through a statement prepared once.
func (db *DB) readsQuery(query string, args ...any) (*sql.Rows, error) {
	return db.stories.stmts.query(db.reads(), query, args...)
}

func (r *storyReads) close() error {
	r.once.Do(func() {})   // none opened after Close
	err := r.stmts.close() // before the connections they were prepared on
	if r.db == nil {
		return err
	}
	return errors.Join(err, r.db.Close())
}
