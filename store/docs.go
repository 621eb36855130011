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
	meta, attribution                       []byte // attribution nil: none to store
	statements                              int
}

func encodeDoc(b *data.Briefing, attributed bool) encodedDoc {
	e := encodedDoc{title: b.Title, dateline: b.Dateline, publisher: b.Publisher, body: bodyText(b),
		stmts: statementText(b), meta: encodeMeta(b), statements: len(b.Statements)}
	if !b.Date.IsZero() {
		e.date = b.Date.Unix()
	}
	if attributed {
		e.attribution = encodeAttribution(b)
	}
	return e
}

// putDoc stores the n-th briefing read from path (file contents hash), or
// replaces what was stored for it, and returns its row. The statements
// column is filled from b's attribution, when it has one.
func putDoc(tx *sql.Tx, path string, n int, hash string, b *data.Briefing) (int64, error) {
	return putEncoded(tx, path, n, hash, encodeDoc(b, false))
}

func putEncoded(tx *sql.Tx, path string, n int, hash string, e encodedDoc) (int64, error) {
	var id int64
	err := tx.QueryRow(`
INSERT INTO docs(path, n, hash, title, dateline, publisher, date, body, stmts, meta)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(path, n) DO UPDATE SET hash = excluded.hash, title = excluded.title,
	dateline = excluded.dateline, publisher = excluded.publisher, date = excluded.date,
	body = excluded.body, stmts = excluded.stmts, meta = excluded.meta
RETURNING id`,
		path, n, hash, e.title, e.dateline, e.publisher, e.date, e.body, e.stmts, e.meta).Scan(&id)
	return id, err
}

// putAttribution stores what attribution version found in doc, and
// makes its statements the ones searched.
func putAttribution(tx *sql.Tx, doc int64, version string, b *data.Briefing) error {
	return putEncodedAttribution(tx, doc, version, encodedDoc{stmts: statementText(b), statements: len(b.Statements), attribution: encodeAttribution(b)})
}

func putEncodedAttribution(tx *sql.Tx, doc int64, version string, e encodedDoc) error {
	if _, err := tx.Exec(`INSERT OR REPLACE INTO attribution(doc, version, statements, rec) VALUES (?, ?, ?, ?)`,
		doc, version, e.statements, e.attribution); err != nil {
		return err
	}
	_, err := tx.Exec(`UPDATE docs SET stmts = ?1 WHERE id = ?2 AND stmts != ?1`, e.stmts, doc)
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

// docColumns are read by scanDoc, in this order.
const docColumns = `d.id, d.path, d.title, d.dateline, d.publisher, d.date, d.meta`

// docQuery selects docs with their attribution of version ?1, bodies
// when ?2 is true.
const docQuery = `SELECT ` + docColumns + `, CASE WHEN ?2 THEN d.body ELSE '' END, a.rec
FROM docs d LEFT JOIN attribution a ON a.doc = d.id AND a.version = ?1`

type scanner interface{ Scan(...any) error }

func scanDoc(s scanner, withBody bool) (Doc, error) {
	var r row
	var id int64
	var path string
	var rec []byte
	if err := s.Scan(&id, &path, &r.Title, &r.Dateline, &r.Publisher, &r.Date, &r.Meta, &r.Body, &rec); err != nil {
		return Doc{}, err
	}
	b, err := decodeBriefing(r, path, withBody)
	if err != nil {
		return Doc{}, err
	}
	d := Doc{ID: id, Briefing: b}
	if rec != nil {
		if err := decodeAttribution(b, rec); err != nil {
			return Doc{}, err
		}
		d.Attributed = true
	}
	return d, nil
}

// Body reads a stored story's paragraphs into b, a compact briefing read
// from doc: a reader loads a body only when its story is opened.
func (db *DB) Body(doc int64, b *data.Briefing) error {
	var r row
	var path string
	err := db.sql.QueryRow(`SELECT path, title, dateline, publisher, date, meta, body FROM docs WHERE id = ?`, doc).
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
	return db.tx(context.Background(), func(tx *sql.Tx) error {
		for _, a := range as {
			if err := putAttribution(tx, a.Doc, version, a.Briefing); err != nil {
				return err
			}
		}
		return nil
	})
}
