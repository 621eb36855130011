package store

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"github.com/brief-reader/brief/data"
)

// The file cache: what was read from a file given on the command line,
// kept while the file keeps its size and modification time, or its
// contents. The file is always the truth: a file changed is read again,
// and a file gone is forgotten (ForgetUnder).

// CachedFile is a file as it was read.
type CachedFile struct {
	Path  string
	Size  int64
	MTime time.Time
	Hash  string
}

// LookupFile returns what was read from path when it had this size and
// modification time; ok is false when it has not been read so, or has
// changed since. A Doc without attribution of version needs attributing.
func (db *DB) LookupFile(path string, size int64, mtime time.Time, version string, want Want) ([]Doc, bool, error) {
	var n int
	err := db.sql.QueryRow(`SELECT count(*) FROM files WHERE path = ? AND size = ? AND mtime = ?`, path, size, mtime.UnixNano()).Scan(&n)
	if err != nil || n == 0 {
		return nil, false, db.classify(err)
	}
	docs, err := db.docsOf(path, version, want)
	return docs, err == nil && len(docs) > 0, err
}

// LookupContents returns what was read from path when it had these
// contents (its modification time changed, not its bytes), and records
// its new size and time.
func (db *DB) LookupContents(f CachedFile, version string, want Want) ([]Doc, bool, error) {
	res, err := db.sql.Exec(`UPDATE files SET size = ?, mtime = ? WHERE path = ? AND hash = ?`, f.Size, f.MTime.UnixNano(), f.Path, f.Hash)
	if err != nil {
		return nil, false, db.classify(err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil, false, nil
	}
	docs, err := db.docsOf(f.Path, version, want)
	return docs, err == nil && len(docs) > 0, err
}

// docsOfQuery selects the docs of file ?4, with docQuery's ?1 to ?3.
const docsOfQuery = docQuery + ` WHERE d.path = ?4 ORDER BY d.n`

func (db *DB) docsOf(path, version string, want Want) ([]Doc, error) {
	return db.docsOfVia(db.sql, path, version, want)
}

// docsOfVia is docsOf read through conns: the database's, or a file
// cache's own (see FileCache.readsVia).
func (db *DB) docsOfVia(conns *sql.DB, path, version string, want Want) ([]Doc, error) {
	rows, err := conns.Query(docsOfQuery, version, want.Body, want.Statements, path)
	return db.scanDocs(rows, err, want)
}

// scanDocs reads the rows of a docQuery.
func (db *DB) scanDocs(rows *sql.Rows, err error, want Want) ([]Doc, error) {
	if err != nil {
		return nil, db.classify(err)
	}
	defer rows.Close()
	var out []Doc
	for rows.Next() {
		d, err := scanDoc(rows, want)
		if err != nil {
			return nil, db.classify(err)
		}
		out = append(out, d)
	}
	return out, db.classify(rows.Err())
}

// CacheFile records what was read from a file: its briefings, and their
// attribution under version when it is not "". It returns their rows.
func (db *DB) CacheFile(f CachedFile, bs []*data.Briefing, version string) ([]int64, error) {
	e := CacheEntry{File: f}
	for _, b := range bs {
		e.docs = append(e.docs, encodeDoc(b, version != ""))
	}
	entries := []CacheEntry{e} // CacheFiles fills in the IDs of this copy
	err := db.CacheFiles(entries, version)
	return entries[0].IDs, err
}

// CacheEntry is one file to record with CacheFiles.
type CacheEntry struct {
	File      CachedFile
	docs      []encodedDoc
	briefings []*data.Briefing // what docs were encoded from, when known
	IDs       []int64          // filled by CacheFiles
}

// CacheFiles records many files in one transaction: a folder of
// thousands costs a few commits, not thousands.
func (db *DB) CacheFiles(entries []CacheEntry, version string) error {
	return db.tx(context.Background(), func(t *sql.Tx) error {
		tx := prepareEach(t)
		for i := range entries {
			ids, err := cacheFile(tx, entries[i].File, entries[i].docs, version)
			if err != nil {
				return err
			}
			entries[i].IDs = ids
		}
		return nil
	})
}

func cacheFile(tx txExec, f CachedFile, bs []encodedDoc, version string) ([]int64, error) {
	if _, err := tx.Exec(`INSERT INTO files(path, size, mtime, hash, seen) VALUES (?, ?, ?, ?, ?)
ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, hash = excluded.hash, seen = excluded.seen`,
		f.Path, f.Size, f.MTime.UnixNano(), f.Hash, time.Now().Unix()); err != nil {
		return nil, err
	}
	if _, err := tx.Exec(`DELETE FROM docs WHERE path = ? AND n >= ?`, f.Path, len(bs)); err != nil {
		return nil, err
	}
	ids := make([]int64, len(bs))
	for i, b := range bs {
		id, isNew, err := putEncodedNew(tx, f.Path, i, f.Hash, b)
		if err != nil {
			return nil, err
		}
		ids[i] = id
		// The body putEncodedNew stored holds b's statements' texts
		// already: only the attribution's rows are left to store.
		if version != "" && b.summary != nil {
			if err := putAttributionRows(tx, id, version, b, isNew); err != nil {
				return nil, err
			}
		}
	}
	return ids, nil
}

// ForgetUnder forgets the files cached under folder (recursively) that
// are not in seen: a folder read again without them no longer has them.
func (db *DB) ForgetUnder(folder string, seen map[string]bool) error {
	prefix := strings.TrimSuffix(folder, "/") + "/"
	rows, err := db.sql.Query(`SELECT path FROM files WHERE substr(path, 1, ?) = ?`, len(prefix), prefix)
	if err != nil {
		return db.classify(err)
	}
	var gone []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			rows.Close()
			return db.classify(err)
		}
		if !seen[p] {
			gone = append(gone, p)
		}
	}
	rows.Close()
	if len(gone) == 0 {
		return nil
	}
	return db.tx(context.Background(), func(tx *sql.Tx) error {
		for _, p := range gone {
			if _, err := tx.Exec(`DELETE FROM files WHERE path = ?`, p); err != nil {
				return err
			}
			if _, err := tx.Exec(`DELETE FROM docs WHERE path = ?`, p); err != nil {
				return err
			}
		}
		return nil
	})
}

// Checkpoint writes the WAL into the database file.
func (db *DB) Checkpoint() error {
	_, err := db.sql.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	return db.classify(err)
}

// fileStat is what the cache recorded of a file's size and time.
type fileStat struct{ size, mtime int64 }

// cachedFileStats reads the size and time of every cached file in one
// query: a folder of thousands read again asks once which are unchanged,
// then reads only those, one query each.
func (db *DB) cachedFileStats() (map[string]fileStat, error) {
	rows, err := db.sql.Query(`SELECT path, size, mtime FROM files`)
	if err != nil {
		return nil, db.classify(err)
	}
	defer rows.Close()
	out := map[string]fileStat{}
	for rows.Next() {
		var p string
		var f fileStat
		if err := rows.Scan(&p, &f.size, &f.mtime); err != nil {
			return nil, db.classify(err)
		}
		out[p] = f
	}
	return out, db.classify(rows.Err())
}
