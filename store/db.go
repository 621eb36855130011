// Package store is brief's database: an embedded SQLite file in the data
// folder that holds the stories (their parsed paragraphs and, per
// attribution-engine version, what attribution found), the read and
// starred marks, the subscriptions and a log of refreshes, with a
// full-text index over headlines, bodies and statements.
//
// The database is an index, never the only copy of anything: stories are
// kept as files (the library's items, the user's own files), and every
// change of state (read, starred, subscribed) is also appended to a
// journal beside the database. A damaged database is therefore moved
// aside, named, and rebuilt from those files without losing a story, a
// mark or a star.
//
// Every change is one transaction; the database runs in WAL mode, so any
// number of brief processes may read while one writes, and writers wait
// their turn rather than fail.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// FileName is the database's name in the data folder.
const FileName = "brief.db"

// DB is an open database. Its methods are safe for concurrent use, also
// with other processes using the same file.
type DB struct {
	sql        *sql.DB
	path       string
	journal    *journal
	stories    storyReads // one story's statements or groups at a time; see reads.go
	statements statements // a refresh's, prepared once (prepared.go)
	// Rebuilt says why the database was rebuilt when it was opened ("" when
	// it was not): a damaged file, moved aside to DamagedCopy.
	Rebuilt     string
	DamagedCopy string
}

// ErrDamaged is wrapped by the error of a database file that SQLite
// cannot read: not a database, or a page it cannot make sense of.
var ErrDamaged = errors.New("damaged database")

// ErrReadOnly is wrapped by the error of a data folder brief may not
// write to.
var ErrReadOnly = errors.New("read-only")

// Path is the database file.
func (db *DB) Path() string { return db.path }

// Dir is the data folder the database is in.
func (db *DB) Dir() string { return filepath.Dir(db.path) }

// SQL is the database for packages that keep tables of their own in it.
func (db *DB) SQL() *sql.DB { return db.sql }

// Close closes the database. It first moves what the write-ahead log
// holds into the database file, when no other process reads: SQLite
// checkpoints as it goes, but not past a read that lasts (a list of the
// whole library while its attribution is stored), and a log of a
// gigabyte makes every later read search it.
func (db *DB) Close() error {
	_, _ = db.sql.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`) // busy: the next one does it
	var err error
	if db.journal != nil {
		err = db.journal.close()
	}
	return errors.Join(err, db.statements.close(), db.stories.close(), db.sql.Close())
}

// Open opens, creating it as needed, the database in dataDir, and brings
// its schema up to date. A database that cannot be read is detected here:
// Open reports it wrapping ErrDamaged, naming the file. OpenOrRebuild
// rebuilds it.
func Open(dataDir string) (*DB, error) {
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return nil, folderError(dataDir, err)
	}
	path := filepath.Join(dataDir, FileName)
	wal, err := checkHeader(path)
	if err != nil {
		return nil, err
	}
	// Not pinged: migrate's first query opens the first connection, and
	// fails as a ping would, with the same error.
	db, err := openPool(path, libraryCacheKiB, wal)
	if err != nil {
		return nil, classify(path, err)
	}
	if err := migrate(db); err != nil {
		db.Close()
		return nil, classify(path, err)
	}
	j, err := openJournal(filepath.Join(dataDir, journalName))
	if err != nil {
		db.Close()
		return nil, folderError(dataDir, err)
	}
	return &DB{sql: db, path: path, journal: j}, nil
}

// libraryCacheKiB is the page cache of each of the database's own
// connections.
const libraryCacheKiB = 16384

// openSQL opens the database's connections, asking the file's header
// whether it is in WAL mode already.
func openSQL(path string) (*sql.DB, error) {
	wal, err := checkHeader(path)
	if err != nil {
		return nil, err
	}
	return pinged(openPool(path, libraryCacheKiB, wal))
}

// openSQLCache opens connections of their own, with a page cache of
// cacheKiB a connection, to a database Open has opened: in WAL mode.
func openSQLCache(path string, cacheKiB int) (*sql.DB, error) {
	return pinged(openPool(path, cacheKiB, true))
}

func pinged(db *sql.DB, err error) (*sql.DB, error) {
	if err != nil {
		return nil, err
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// openPool opens a pool of up to four connections, each set up as it is
// opened. wal says the file is in WAL mode already: the mode is kept in
// the file, and setting it again for every connection cost each one a
// statement (and a lock another process may hold).
func openPool(path string, cacheKiB int, wal bool) (*sql.DB, error) {
	// busy_timeout first: setting WAL mode takes a lock another process
	// may hold. (A memory map of the file was tried for reads: no faster
	// for a list of 100,000 stories, and its pages count in the resident
	// set.) Immediate transactions take the write lock when they
	// start, so two writers queue instead of one failing on upgrade.
	q := url.Values{}
	pragmas := []string{"busy_timeout(20000)", "synchronous(NORMAL)", "foreign_keys(1)", fmt.Sprintf("cache_size(-%d)", cacheKiB)}
	if !wal {
		pragmas = append(pragmas, "journal_mode(WAL)")
	}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	db.SetConnMaxIdleTime(time.Minute)
	return db, nil
}

// sqliteHeader starts every SQLite database file.
const sqliteHeader = "SQLite format 3\x00"

// checkHeader catches the two damages SQLite itself may not notice until
// a query touches the missing part: a file that is not a database at
// all, and a database cut short (its header says how many pages it has).
// wal says the header is a WAL-mode database's.
func checkHeader(path string) (wal bool, err error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	if fi.Size() == 0 {
		return false, nil // a new database, or one created and never written
	}
	var h [100]byte
	if _, err := io.ReadFull(f, h[:]); err != nil || string(h[:16]) != sqliteHeader {
		return false, damaged(path, "not an SQLite database")
	}
	pageSize := int64(h[16])<<8 | int64(h[17])
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(h[28])<<24 | int64(h[29])<<16 | int64(h[30])<<8 | int64(h[31])
	// The page count is valid only when the change counter matches the
	// "version valid for" number (SQLite 3.7.0 and later write both).
	valid := string(h[24:28]) == string(h[92:96])
	if valid && pages > 0 && fi.Size() < pages*pageSize {
		return false, damaged(path, fmt.Sprintf("cut short: %d of %d bytes", fi.Size(), pages*pageSize))
	}
	// The file format's write and read versions are 2 in WAL mode.
	return h[18] == 2 && h[19] == 2, nil
}

func damaged(path, why string) error {
	return fmt.Errorf("%s: %w: %s", path, ErrDamaged, why)
}

// classify names the file in an error from SQLite and tells damage and a
// read-only folder apart from other failures.
func classify(path string, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return damaged(path, se.Error())
		case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM:
			if !writable(filepath.Dir(path)) {
				return fmt.Errorf("%s: %w: the data folder %s cannot be written to", path, ErrReadOnly, filepath.Dir(path))
			}
		}
	}
	return fmt.Errorf("%s: %w", path, err)
}

func folderError(dir string, err error) error {
	if errors.Is(err, os.ErrPermission) || !writable(dir) {
		return fmt.Errorf("%s: %w: the data folder cannot be written to", dir, ErrReadOnly)
	}
	return fmt.Errorf("%s: %w", dir, err)
}

// writable tries to create a file in dir: permissions alone do not say
// (root ignores them, a read-only mount does not).
func writable(dir string) bool {
	f, err := os.CreateTemp(dir, ".brief-write-test-*")
	if err != nil {
		return false
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return true
}

// tx runs fn in one transaction: all of it is kept, or none.
func (db *DB) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	t, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return db.classify(err)
	}
	if err := fn(t); err != nil {
		t.Rollback()
		return db.classify(err)
	}
	return db.classify(t.Commit())
}

func (db *DB) classify(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, ErrDamaged) || errors.Is(err, ErrReadOnly) || strings.HasPrefix(err.Error(), db.path) {
		return err
	}
	return classify(db.path, err)
}
