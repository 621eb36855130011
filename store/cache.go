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
func (db *DB) LookupFile(path string, size int64, mtime time.Time, version string, withBody bool) ([]Doc, bool, error) {
	var n int
	err := db.sql.QueryRow(`SELECT count(*) FROM files WHERE path = ? AND size = ? AND mtime = ?`, path, size, mtime.UnixNano()).Scan(&n)
	if err != nil || n == 0 {
		return nil, false, db.classify(err)
	}
	docs, err := db.docsOf(path, version, withBody)
	return docs, err == nil && len(docs) > 0, err
}

// LookupContents returns what was read from path when it had these
// contents (its modification time changed, not its bytes), and records
// its new size and time.
func (db *DB) LookupContents(f CachedFile, version string, withBody bool) ([]Doc, bool, error) {
	res, err := db.sql.Exec(`UPDATE files SET size = ?, mtime = ? WHERE path = ? AND hash = ?`, f.Size, f.MTime.UnixNano(), f.Path, f.Hash)
	if err != nil {
		return nil, false, db.classify(err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil, false, nil
	}
	docs, err := db.docsOf(f.Path, version, withBody)
	return docs, err == nil && len(docs) > 0, err
}

func (db *DB) docsOf(path, version string, withBody bool) ([]Doc, error) {
	rows, err := db.sql.Query(docQuery+` WHERE d.path = ?3 ORDER BY d.n`, version, withBody, path)
	if err != nil {
		return nil, db.classify(err)
	}
	defer rows.Close()
	var out []Doc
	for rows.Next() {
		d, err := scanDoc(rows, withBody)
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
	err := db.CacheFiles([]CacheEntry{e}, version)
	return e.IDs, err
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
	return db.tx(context.Background(), func(tx *sql.Tx) error {
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

func cacheFile(tx *sql.Tx, f CachedFile, bs []encodedDoc, version string) ([]int64, error) {
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
		id, err := putEncoded(tx, f.Path, i, f.Hash, b)
		if err != nil {
			return nil, err
		}
		ids[i] = id
		if version != "" && b.attribution != nil {
			if err := putEncodedAttribution(tx, id, version, b); err != nil {
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

// cachedFile is a file of the cache as one query reads them all: the
// rows are decoded only when the file is asked for.
type cachedFile struct {
	size, mtime int64
	docs        []rawDoc
}

type rawDoc struct {
	id   int64
	path string
	r    row
	rec  []byte
}

func (d rawDoc) decode(withBody bool) (Doc, error) {
	b, err := decodeBriefing(d.r, d.path, withBody)
	if err != nil {
		return Doc{}, err
	}
	out := Doc{ID: d.id, Briefing: b}
	if d.rec != nil {
		if err := decodeAttribution(b, d.rec); err != nil {
			return Doc{}, err
		}
		out.Attributed = true
	}
	return out, nil
}

// cachedFiles reads the whole cache of files in one query: a folder of
// thousands read again asks once, not twice per file.
func (db *DB) cachedFiles(version string, withBody bool) (map[string]*cachedFile, error) {
	rows, err := db.sql.Query(`SELECT f.path, f.size, f.mtime, d.id, d.title, d.dateline, d.publisher, d.date, d.meta,
	CASE WHEN ?2 THEN d.body ELSE '' END, a.rec
FROM files f JOIN docs d ON d.path = f.path
LEFT JOIN attribution a ON a.doc = d.id AND a.version = ?1
ORDER BY f.path, d.n`, version, withBody)
	if err != nil {
		return nil, db.classify(err)
	}
	defer rows.Close()
	out := map[string]*cachedFile{}
	for rows.Next() {
		var d rawDoc
		var size, mtime int64
		if err := rows.Scan(&d.path, &size, &mtime, &d.id, &d.r.Title, &d.r.Dateline, &d.r.Publisher, &d.r.Date, &d.r.Meta, &d.r.Body, &d.rec); err != nil {
			return nil, db.classify(err)
		}
		f := out[d.path]
		if f == nil {
			f = &cachedFile{size: size, mtime: mtime}
			out[d.path] = f
		}
		f.docs = append(f.docs, d)
	}
	return out, db.classify(rows.Err())
}
