package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// OpenOrRebuild opens the database in dataDir; a damaged one is moved
// aside (never deleted: it is named in DamagedCopy) and a new one is made
// in its place, with every mark, star and subscription of the journal.
// The caller then fills it again from the story files it keeps: see
// Rebuilt.
func OpenOrRebuild(dataDir string) (*DB, error) {
	db, err := Open(dataDir)
	if !errors.Is(err, ErrDamaged) {
		return db, err
	}
	why := err.Error()
	aside, merr := moveAside(filepath.Join(dataDir, FileName))
	if merr != nil {
		return nil, fmt.Errorf("%w; moving it aside failed: %w", err, merr)
	}
	db, err = Open(dataDir)
	if err != nil {
		return nil, err
	}
	if err := db.replayJournal(); err != nil {
		db.Close()
		return nil, err
	}
	db.Rebuilt, db.DamagedCopy = why, aside
	return db, nil
}

// moveAside renames a damaged database, and its WAL and shared-memory
// files, to NAME.damaged-TIME.
func moveAside(path string) (string, error) {
	aside := path + ".damaged-" + time.Now().UTC().Format("20060102T150405.000000000")
	if err := os.Rename(path, aside); err != nil {
		return "", err
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			os.Rename(path+suffix, aside+suffix)
		}
	}
	return aside, nil
}

// replayJournal applies every change the journal holds, in order.
func (db *DB) replayJournal() error {
	entries, err := readJournal(db.journal.path)
	if err != nil {
		return fmt.Errorf("%s: %w", db.journal.path, err)
	}
	return db.tx(context.Background(), func(tx *sql.Tx) error {
		for _, e := range entries {
			var err error
			switch e.op {
			case opSubscribe:
				_, err = subscribe(tx, e.arg)
			case opUnsubscribe:
				_, err = tx.Exec(`DELETE FROM subscriptions WHERE url = ?`, e.arg)
			case opStarStmt, opUnstarStmt:
				err = applyStatementStar(tx, e.arg, e.op == opStarStmt)
			default:
				err = applyMark(tx, e.arg, e.op)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// Migration is what brief kept in files before it had a database.
type Migration struct {
	Read          []string // story IDs opened
	Subscriptions []string // feed URLs, in order
	Feeds         []FeedState
}

// Import takes in what the old files held, in one transaction, and writes
// it to the journal too. Importing twice changes nothing.
func (db *DB) Import(m Migration) error {
	for _, sid := range m.Read {
		if err := db.journal.append(opRead, sid); err != nil {
			return folderError(db.Dir(), err)
		}
	}
	for _, u := range m.Subscriptions {
		if err := db.journal.append(opSubscribe, u); err != nil {
			return folderError(db.Dir(), err)
		}
	}
	return db.tx(context.Background(), func(tx *sql.Tx) error {
		for _, sid := range m.Read {
			if err := applyMark(tx, sid, opRead); err != nil {
				return err
			}
		}
		for _, u := range m.Subscriptions {
			if _, err := subscribe(tx, u); err != nil {
				return err
			}
		}
		for _, s := range m.Feeds {
			if _, err := tx.Exec(`UPDATE subscriptions SET title = ?, validators = ?, last_refresh = ?, last_error = ? WHERE url = ?`,
				s.Title, s.Validators, lastRefresh(s), s.LastError, s.URL); err != nil {
				return err
			}
		}
		return nil
	})
}

func lastRefresh(s FeedState) int64 {
	if s.LastRefresh.IsZero() {
		return 0
	}
	return s.LastRefresh.UnixNano()
}
