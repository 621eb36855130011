package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"

	"github.com/brief-reader/brief/data"
)

// Hash is the content hash the database keys stories by.
func Hash(raw []byte) string {
	h := sha256.Sum256(raw)
	return hex.EncodeToString(h[:16])
}

// encodedDoc is a briefing as the database keeps it.
type encodedDoc struct {
	title, dateline, publisher, body, stmts string
	date                                    int64
	meta                                    []byte
	summary, statements                     []byte // nil: no attribution to store
}

func encodeDoc(b *data.Briefing, attributed bool) encodedDoc {
	e := encodedDoc{title: b.Title, dateline: b.Dateline, publisher: b.Publisher, body: bodyText(b),
		stmts: statementText(b), meta: encodeMeta(b)}
	if !b.Date.IsZero() {
		e.date = b.Date.Unix()
	}
	if attributed {
		e.summary, e.statements = encodeSummary(b), encodeStatements(b)
	}
	return e
}

// putDoc stores the n-th briefing read from path (file contents hash), or
// replaces what was stored for it, and returns its row. The statements
// column is filled from b's attribution, when it has one.
func putDoc(tx txExec, path string, n int, hash string, b *data.Briefing) (int64, error) {
	return putEncoded(tx, path, n, hash, encodeDoc(b, false))
}

// putEncoded's statements.
const (
	docOfPathQuery = `SELECT id, indexed FROM docs WHERE path = ? AND n = ?`
	putDocQuery    = `
INSERT INTO docs(path, n, hash, title, dateline, publisher, date, meta, indexed)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
ON CONFLICT(path, n) DO UPDATE SET hash = excluded.hash, title = excluded.title,
	dateline = excluded.dateline, publisher = excluded.publisher, date = excluded.date,
	meta = excluded.meta, indexed = 0
RETURNING id`
	putBodyQuery = `INSERT OR REPLACE INTO bodies(id, title, body, stmts) VALUES (?, ?, ?, ?)`
)

func putEncoded(tx txExec, path string, n int, hash string, e encodedDoc) (int64, error) {
	id, _, err := putEncodedNew(tx, path, n, hash, e)
	return id, err
}

// putEncodedNew is putEncoded that also says whether the story is new:
// no row was stored for its path and place before.
func putEncodedNew(tx txExec, path string, n int, hash string, e encodedDoc) (id int64, isNew bool, err error) {
	var indexed bool
	switch err := tx.QueryRow(docOfPathQuery, path, n).Scan(&id, &indexed); {
	case err == sql.ErrNoRows:
		isNew = true
	case err != nil:
		return 0, false, err
	case indexed:
		if err := unindex(tx, id); err != nil {
			return 0, false, err
		}
	}
	err = tx.QueryRow(putDocQuery,
		path, n, hash, e.title, e.dateline, e.publisher, e.date, e.meta).Scan(&id)
	if err != nil {
		return 0, false, err
	}
	_, err = tx.Exec(putBodyQuery, id, e.title, e.body, e.stmts)
	return id, isNew, err
}

// unindex takes a story out of the full-text index before its texts
// change (an external-content index must be told the old ones);
// IndexPending adds it again.
func unindex(tx txExec, id int64) error {
	if _, err := tx.Exec(`INSERT INTO docs_fts(docs_fts, rowid, title, body, stmts)
SELECT 'delete', id, title, body, stmts FROM bodies WHERE id = ?`, id); err != nil {
		return err
	}
	_, err := tx.Exec(`UPDATE docs SET indexed = 0 WHERE id = ?`, id)
	return err
}

// putAttribution stores what attribution version found in doc, and
// makes its statements the ones searched.
func putAttribution(tx txExec, doc int64, version string, b *data.Briefing) error {
	return putEncodedAttribution(tx, doc, version, encodedDoc{stmts: statementText(b), summary: encodeSummary(b), statements: encodeStatements(b)})
}

func putEncodedAttribution(tx txExec, doc int64, version string, e encodedDoc) error {
	if err := putAttributionRows(tx, doc, version, e, false); err != nil {
		return err
	}
	var same, indexed bool
	if err := tx.QueryRow(`SELECT b.stmts = ?, d.indexed FROM bodies b JOIN docs d ON d.id = b.id WHERE b.id = ?`, e.stmts, doc).
		Scan(&same, &indexed); err != nil || same {
		return err
	}
	if indexed {
		if err := unindex(tx, doc); err != nil {
			return err
		}
	}
	_, err := tx.Exec(`UPDATE bodies SET stmts = ? WHERE id = ?`, e.stmts, doc)
	return err
}

// putAttributionRows stores what attribution version found in doc, and
// drops what other versions found: a database must not grow by a copy of
// every statement with each new brief. A story putEncodedNew has just
// added (isNew) has none to drop: a story deleted before it with its ID
// took its rows along (ON DELETE CASCADE, foreign_keys on every
// connection). So a file or feed cached for the first time runs two
// statements a story here, not four, and its body already holds the
// statements' texts (putEncodedNew), which putEncodedAttribution reads
// again.
func putAttributionRows(tx txExec, doc int64, version string, e encodedDoc, isNew bool) error {
	if !isNew {
		for _, q := range []string{`DELETE FROM attribution WHERE doc = ? AND version != ?`, `DELETE FROM statements WHERE doc = ? AND version != ?`} {
			if _, err := tx.Exec(q, doc, version); err != nil {
				return err
			}
		}
	}
	if _, err := tx.Exec(`INSERT OR REPLACE INTO attribution(doc, version, summary) VALUES (?, ?, ?)`, doc, version, e.summary); err != nil {
		return err
	}
	_, err := tx.Exec(`INSERT OR REPLACE INTO statements(doc, version, rec) VALUES (?, ?, ?)`, doc, version, e.statements)
	return err
}

// Doc is a stored story: where it is, and its briefing, whole or compact.
type Doc struct {
	ID       int64
	Briefing *data.Briefing
	// Attributed is false when no attribution of the version asked for is
	// stored: the briefing has none, and the caller attributes it.
	Attributed bool
}

// Want says how much of a stored story to read: a list needs neither
// the body nor the statements, the quote view the statements, a story
// shown everything.
type Want struct {
	Body, Statements bool
}

// docColumns are read by scanDoc, in this order, with ?1 the attribution
// version, ?2 Want.Body and ?3 Want.Statements.
const docColumns = `d.id, d.path, d.title, d.dateline, d.publisher, d.date, d.meta,
	CASE WHEN ?2 THEN (SELECT body FROM bodies b WHERE b.id = d.id) ELSE '' END, a.summary,
	CASE WHEN ?3 THEN (SELECT rec FROM statements s WHERE s.doc = d.id AND s.version = ?1) END`

// docQuery selects docs with their attribution of version ?1.
const docQuery = `SELECT ` + docColumns + `
FROM docs d LEFT JOIN attribution a ON a.doc = d.id AND a.version = ?1`

type scanner interface{ Scan(...any) error }

func scanDoc(s scanner, want Want) (Doc, error) {
	var r row
	var id int64
	var path string
	var summary, rec []byte
	if err := s.Scan(&id, &path, &r.Title, &r.Dateline, &r.Publisher, &r.Date, &r.Meta, &r.Body, &summary, &rec); err != nil {
		return Doc{}, err
	}
	return decodeDoc(id, path, r, summary, rec, want)
}

func decodeDoc(id int64, path string, r row, summary, rec []byte, want Want) (Doc, error) {
	b, err := decodeBriefing(r, path, want.Body)
	if err != nil {
		return Doc{}, err
	}
	d := Doc{ID: id, Briefing: b}
	if summary != nil {
		if err := decodeSummary(b, summary); err != nil {
			return Doc{}, err
		}
		if want.Statements {
			if err := decodeStatements(b, rec); err != nil {
				return Doc{}, err
			}
		}
		d.Attributed = true
	}
	return d, nil
}

// Statements reads a compact briefing's statements (see Want).
func (db *DB) Statements(doc int64, version string, b *data.Briefing) error {
	// The record is read in place (RawBytes), and made a string once:
	// every statement of a library is read when the quote view is first
	// shown, and a copy of each record and one of each text were most of
	// what that allocated.
	rows, err := db.readsQuery(`SELECT rec FROM statements WHERE doc = ? AND version = ?`, doc, version)
	if err != nil {
		return db.classify(err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return db.classify(err)
		}
		return db.classify(sql.ErrNoRows)
	}
	var rec sql.RawBytes
	if err := rows.Scan(&rec); err != nil {
		return db.classify(err)
	}
	return decodeStatementsOf(b, rec, string(rec))
}

// Body reads a stored story's paragraphs into b, a compact briefing read
// from doc: a reader loads a body only when its story is opened.
func (db *DB) Body(doc int64, b *data.Briefing) error {
	var r row
	var path string
	err := db.queryRow(`SELECT d.path, d.title, d.dateline, d.publisher, d.date, d.meta, b.body
FROM docs d JOIN bodies b ON b.id = d.id WHERE d.id = ?`, doc).
		Scan(&path, &r.Title, &r.Dateline, &r.Publisher, &r.Date, &r.Meta, &r.Body)
	if err != nil {
		return db.classify(err)
	}
	full, err := decodeBriefing(r, path, true)
	if err != nil {
		return err
	}
	b.Paragraphs = full.Paragraphs
	return nil
}

// StoreAttribution records what attribution version found in a stored
// story, for a caller that attributed a Doc that came without.
func (db *DB) StoreAttribution(doc int64, version string, b *data.Briefing) error {
	return db.tx(context.Background(), func(tx *sql.Tx) error { return putAttribution(tx, doc, version, b) })
}

// Attributed is one story's attribution, to store.
type Attributed struct {
	Doc      int64
	Briefing *data.Briefing
}

// StoreAttributions stores many stories' attribution in one transaction.
func (db *DB) StoreAttributions(version string, as []Attributed) error {
	return db.tx(context.Background(), func(t *sql.Tx) error {
		tx := prepareEach(t)
		for _, a := range as {
			if err := putAttribution(tx, a.Doc, version, a.Briefing); err != nil {
				return err
			}
		}
		return nil
	})
}
