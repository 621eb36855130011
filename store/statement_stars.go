package store

import (
	"context"
	"database/sql"
	"time"
)

// SetStatementStarred stars a statement, named by its
// data.StatementKey, or takes its star away. Like a story's star it goes
// to the journal first, so that a rebuilt database keeps it.
func (db *DB) SetStatementStarred(key string, starred bool) error {
	op := opUnstarStmt
	if starred {
		op = opStarStmt
	}
	if err := db.journal.append(op, key); err != nil {
		return folderError(db.Dir(), err)
	}
	return db.tx(context.Background(), func(tx *sql.Tx) error { return applyStatementStar(tx, key, starred) })
}

func applyStatementStar(tx *sql.Tx, key string, starred bool) error {
	if !starred {
		_, err := tx.Exec(`DELETE FROM statement_stars WHERE key = ?`, key)
		return err
	}
	_, err := tx.Exec(`INSERT INTO statement_stars(key, starred) VALUES (?, ?) ON CONFLICT(key) DO NOTHING`, key, time.Now().Unix())
	return err
}

// StarredStatements is the keys of every starred statement, read at
// once: the reader asks about each statement it shows.
func (db *DB) StarredStatements() (map[string]bool, error) {
	rows, err := db.sql.Query(`SELECT key FROM statement_stars`)
	if err != nil {
		return nil, db.classify(err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var key string
		if err := rows.Scan(&key); err != nil {
			return nil, db.classify(err)
		}
		out[key] = true
	}
	return out, db.classify(rows.Err())
}
