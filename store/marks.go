package store

import (
	"context"
	"database/sql"
)

// Mark is what the user did with a story.
type Mark struct {
	Read, Starred bool
}

// MarkRead records that the story with this ID was opened.
func (db *DB) MarkRead(sid string) error { return db.setMark(sid, opRead) }

// SetStarred stars a story, or takes its star away.
func (db *DB) SetStarred(sid string, starred bool) error {
	if starred {
		return db.setMark(sid, opStar)
	}
	return db.setMark(sid, opUnstar)
}

// MarkUnread takes back a read mark.
func (db *DB) MarkUnread(sid string) error { return db.setMark(sid, opUnread) }

func (db *DB) setMark(sid, op string) error {
	if err := db.journal.append(op, sid); err != nil {
		return folderError(db.Dir(), err)
	}
	return db.tx(context.Background(), func(tx *sql.Tx) error { return applyMark(tx, sid, op) })
}

func applyMark(tx *sql.Tx, sid, op string) error {
	var q string
	switch op {
	case opRead:
		q = `INSERT INTO marks(sid, read) VALUES (?, 1) ON CONFLICT(sid) DO UPDATE SET read = 1`
	case opUnread:
		q = `INSERT INTO marks(sid, read) VALUES (?, 0) ON CONFLICT(sid) DO UPDATE SET read = 0`
	case opStar:
		q = `INSERT INTO marks(sid, starred) VALUES (?, 1) ON CONFLICT(sid) DO UPDATE SET starred = 1`
	case opUnstar:
		q = `INSERT INTO marks(sid, starred) VALUES (?, 0) ON CONFLICT(sid) DO UPDATE SET starred = 0`
	default:
		return nil
	}
	_, err := tx.Exec(q, sid)
	return err
}

// Marks reads every story's marks at once: the reader asks about each
// story it lists, and one query beats one per story.
func (db *DB) Marks() (map[string]Mark, error) {
	rows, err := db.sql.Query(`SELECT sid, read, starred FROM marks WHERE read OR starred`)
	if err != nil {
		return nil, db.classify(err)
	}
	defer rows.Close()
	out := map[string]Mark{}
	for rows.Next() {
		var sid string
		var m Mark
		if err := rows.Scan(&sid, &m.Read, &m.Starred); err != nil {
			return nil, db.classify(err)
		}
		out[sid] = m
	}
	return out, db.classify(rows.Err())
}

// MarkOf reads one story's marks.
func (db *DB) MarkOf(sid string) (Mark, error) {
	var m Mark
	err := db.sql.QueryRow(`SELECT read, starred FROM marks WHERE sid = ?`, sid).Scan(&m.Read, &m.Starred)
	if err == sql.ErrNoRows {
		return Mark{}, nil
	}
	return m, db.classify(err)
}
