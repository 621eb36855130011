package store

import (
	"database/sql"
	"sync"
)

// readsCacheKiB is the page cache of a file cache's own connections:
// SQLite's default. A load reads each story once, from as many
// connections as it has workers, and with the library's 16 MB a
// connection their caches held 17 MB of the 70 MB that "brief quotes
// --json" on the corpus peaked at (issue #11: the bound is 65 MB).
const readsCacheKiB = 2000

// fileCacheReads is the connections a FileCache reads stories with,
// opened at its first lookup; the database's when they cannot be.
type fileCacheReads struct {
	once  sync.Once
	conns *sql.DB // nil: the database's
}

// readsVia is the connections c reads stories with.
func (c *FileCache) readsVia() *sql.DB {
	c.reads.once.Do(func() {
		if conns, err := openSQLCache(c.db.path, readsCacheKiB); err == nil {
			c.reads.conns = conns
		}
	})
	if c.reads.conns == nil {
		return c.db.sql
	}
	return c.reads.conns
}

// closeReads closes c's own connections.
func (c *FileCache) closeReads() error {
	c.reads.once.Do(func() {}) // none opened after this
	if c.reads.conns == nil {
		return nil
	}
	return c.reads.conns.Close()
}
