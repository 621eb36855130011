package store

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"time"
)

// Subscription is a feed followed, and what its last refresh found.
type Subscription struct {
	URL         string
	Title       string
	Validators  string // the library's own encoding of the HTTP validators
	LastRefresh time.Time
	LastError   string
	Items       int // stories stored from it
}

// ErrExists and ErrMissing are what Subscribe and Unsubscribe return for
// a feed already followed, or not followed.
var (
	ErrExists  = errors.New("already there")
	ErrMissing = errors.New("not there")
)

// Subscriptions lists the feeds in the order they were added.
func (db *DB) Subscriptions() ([]Subscription, error) {
	rows, err := db.sql.Query(`
SELECT s.url, s.title, s.validators, s.last_refresh, s.last_error,
	(SELECT count(*) FROM items i WHERE i.feed = s.url)
FROM subscriptions s ORDER BY s.pos`)
	if err != nil {
		return nil, db.classify(err)
	}
	defer rows.Close()
	var out []Subscription
	for rows.Next() {
		var s Subscription
		var last int64
		if err := rows.Scan(&s.URL, &s.Title, &s.Validators, &last, &s.LastError, &s.Items); err != nil {
			return nil, db.classify(err)
		}
		if last != 0 {
			s.LastRefresh = time.Unix(0, last).UTC()
		}
		out = append(out, s)
	}
	return out, db.classify(rows.Err())
}

// Subscribe follows a feed; ErrExists when it is followed already.
func (db *DB) Subscribe(url string) error {
	if err := db.journal.append(opSubscribe, url); err != nil {
		return folderError(db.Dir(), err)
	}
	var added bool
	err := db.tx(context.Background(), func(tx *sql.Tx) error {
		var err error
		added, err = subscribe(tx, url)
		return err
	})
	if err == nil && !added {
		return ErrExists
	}
	return err
}

func subscribe(tx *sql.Tx, url string) (bool, error) {
	res, err := tx.Exec(`INSERT INTO subscriptions(url, pos) VALUES (?, (SELECT coalesce(max(pos), 0) + 1 FROM subscriptions))
ON CONFLICT(url) DO NOTHING`, url)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// Unsubscribe stops following a feed; its stories stay. ErrMissing when
// it was not followed.
func (db *DB) Unsubscribe(url string) error {
	if err := db.journal.append(opUnsubscribe, url); err != nil {
		return folderError(db.Dir(), err)
	}
	var n int64
	err := db.tx(context.Background(), func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM subscriptions WHERE url = ?`, url)
		if err == nil {
			n, err = res.RowsAffected()
		}
		return err
	})
	if err == nil && n == 0 {
		return ErrMissing
	}
	return err
}

// FeedState is what a refresh learnt about one feed.
type FeedState struct {
	URL, Title, Validators, LastError string
	// Checked says the feed was reached: LastRefresh, Validators and
	// LastError are set; else only the title is.
	Checked     bool
	LastRefresh time.Time
}

// SaveFeeds records what a refresh learnt, in one transaction. A feed
// unsubscribed meanwhile is left out.
func (db *DB) SaveFeeds(states []FeedState) error {
	return db.tx(context.Background(), func(tx *sql.Tx) error {
		for _, s := range states {
			if s.Title != "" {
				if _, err := tx.Exec(`UPDATE subscriptions SET title = ? WHERE url = ?`, s.Title, s.URL); err != nil {
					return err
				}
			}
			if !s.Checked {
				continue
			}
			if _, err := tx.Exec(`UPDATE subscriptions SET validators = ?, last_refresh = ?, last_error = ? WHERE url = ?`,
				s.Validators, s.LastRefresh.UnixNano(), s.LastError, s.URL); err != nil {
				return err
			}
		}
		return nil
	})
}

// RefreshLog is one line of the refresh log.
type RefreshLog struct {
	ID                                          int64
	Started, Finished                           time.Time // Finished is zero while running, or when killed
	PID                                         int
	Feeds, New, Updated, Failed, Capped, Pruned int
	Outcome                                     string
}

// BeginRefresh logs the start of a refresh and returns its line.
func (db *DB) BeginRefresh(feeds int) (int64, error) {
	var id int64
	err := db.tx(context.Background(), func(tx *sql.Tx) error {
		return tx.QueryRow(`INSERT INTO refresh_log(started, pid, feeds) VALUES (?, ?, ?) RETURNING id`,
			time.Now().UnixNano(), os.Getpid(), feeds).Scan(&id)
	})
	return id, err
}

// EndRefresh logs how a refresh ended.
func (db *DB) EndRefresh(r RefreshLog) error {
	return db.tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE refresh_log SET finished = ?, new = ?, updated = ?, failed = ?, capped = ?, pruned = ?, outcome = ? WHERE id = ?`,
			time.Now().UnixNano(), r.New, r.Updated, r.Failed, r.Capped, r.Pruned, r.Outcome, r.ID)
		return err
	})
}

// RefreshLogs lists the last n refreshes, newest first.
func (db *DB) RefreshLogs(n int) ([]RefreshLog, error) {
	rows, err := db.sql.Query(`SELECT id, started, coalesce(finished, 0), pid, feeds, new, updated, failed, capped, pruned, outcome
FROM refresh_log ORDER BY id DESC LIMIT ?`, n)
	if err != nil {
		return nil, db.classify(err)
	}
	defer rows.Close()
	var out []RefreshLog
	for rows.Next() {
		var r RefreshLog
		var started, finished int64
		if err := rows.Scan(&r.ID, &started, &finished, &r.PID, &r.Feeds, &r.New, &r.Updated, &r.Failed, &r.Capped, &r.Pruned, &r.Outcome); err != nil {
			return nil, db.classify(err)
		}
		r.Started = time.Unix(0, started).UTC()
		if finished != 0 {
			r.Finished = time.Unix(0, finished).UTC()
		}
		out = append(out, r)
	}
	return out, db.classify(rows.Err())
}

// UnfinishedRefresh reports whether a refresh was logged as started and
// never finished: killed, most likely, or running in another process.
// Either way the item files may hold stories the database does not.
func (db *DB) UnfinishedRefresh() (bool, error) {
	var n int
	err := db.sql.QueryRow(`SELECT count(*) FROM refresh_log WHERE finished IS NULL`).Scan(&n)
	return n > 0, db.classify(err)
}

// CloseUnfinishedRefreshes marks the refreshes that never finished as
// interrupted, once their stories have been taken in.
func (db *DB) CloseUnfinishedRefreshes(before int64) error {
	return db.tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE refresh_log SET finished = ?, outcome = 'interrupted' WHERE finished IS NULL AND id < ?`, time.Now().UnixNano(), before)
		return err
	})
}
