package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/brief-reader/brief/data"
)

// Item is one of the library's stored stories: a feed item kept as a file.
type Item struct {
	Key     string // the item's GUID, else its link
	SID     string // the story ID users see
	Feed    string // the subscription it came from
	File    string // where it is stored
	Fetched time.Time
	Date    time.Time
}

// ItemResult says what PutItem did.
type ItemResult int

const (
	ItemKept    ItemResult = iota // stored already; nothing changed
	ItemAdded                     // stored for the first time
	ItemUpdated                   // stored already, replaced
)

// LookupItem finds a stored item by key.
func (db *DB) LookupItem(key string) (Item, bool, error) {
	var it Item
	var fetched, date int64
	err := db.queryRow(`SELECT key, sid, feed, file, fetched, date FROM items WHERE key = ?`, key).
		Scan(&it.Key, &it.SID, &it.Feed, &it.File, &fetched, &date)
	if err == sql.ErrNoRows {
		return Item{}, false, nil
	}
	if err != nil {
		return Item{}, false, db.classify(err)
	}
	it.Fetched, it.Date = time.Unix(0, fetched).UTC(), unixOrZero(date)
	return it, true, nil
}

func unixOrZero(s int64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(s, 0).UTC()
}

// SIDTaken reports whether a story ID belongs to an item of another key.
func (db *DB) SIDTaken(sid, key string) (bool, error) {
	var n int
	err := db.queryRow(`SELECT count(*) FROM items WHERE sid = ? AND key != ?`, sid, key).Scan(&n)
	return n > 0, db.classify(err)
}

// The statements PutItem and ClaimItem run for an item, prepared once
// (see statements).
const (
	itemFeedQuery = `SELECT feed FROM items WHERE key = ?`
	putItemQuery  = `INSERT INTO items(key, sid, feed, file, fetched, date, doc) VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(key) DO UPDATE SET file = excluded.file, fetched = excluded.fetched, date = excluded.date, doc = excluded.doc`
	claimQuery = `UPDATE items SET feed = ?1 WHERE key = ?2 AND feed != ?1
	AND (SELECT pos FROM subscriptions WHERE url = ?1) < coalesce((SELECT pos FROM subscriptions WHERE url = items.feed), 1e18)`
)

var (
	claimQueries = []string{itemFeedQuery, claimQuery}
	itemQueries  = []string{itemFeedQuery, claimQuery, putItemQuery, docOfPathQuery, putDocQuery, putBodyQuery}
)

// PutItem records a stored item and its parsed briefing (b, read from the
// file whose bytes hash to hash), in one transaction. replace says the
// file holds a later version of an item stored before. An item stored
// meanwhile by another process is ItemKept, so that of two refreshes at
// once only one counts it. owner decides, when two feeds carry the same
// item, whether the one asking should own it (the earlier subscription).
func (db *DB) PutItem(it Item, hash string, b *data.Briefing, replace bool) (ItemResult, error) {
	result := ItemKept
	db.prepare(itemQueries...)
	err := db.tx(context.Background(), func(t *sql.Tx) error {
		tx := db.preparedIn(t)
		var feed string
		err := tx.QueryRow(itemFeedQuery, it.Key).Scan(&feed)
		switch {
		case err == sql.ErrNoRows:
			result = ItemAdded
		case err != nil:
			return err
		case replace:
			result = ItemUpdated
		default:
			// Stored already. Two feeds carry it: it is the earlier
			// subscription's, whichever stored it first.
			_, err := claim(tx, it.Key, it.Feed)
			return err
		}
		var date int64
		if !it.Date.IsZero() {
			date = it.Date.Unix()
		}
		doc, err := putDoc(tx, it.File, 0, hash, b)
		if err != nil {
			return err
		}
		_, err = tx.Exec(putItemQuery,
			it.Key, it.SID, it.Feed, it.File, it.Fetched.UnixNano(), date, doc)
		return err
	})
	return result, err
}

// ClaimItem gives a stored item to feed when feed is the earlier
// subscription of the two that carry it; found is false when no item has
// that key, moved true when it changed hands.
//
// Most items a refresh sees are stored already, and owned by the feed
// asking: a read says so without taking the write lock, which each of
// them took, one transaction an item and a feed of them every refresh.
func (db *DB) ClaimItem(key, feed string) (found, moved bool, err error) {
	db.prepare(claimQueries...)
	var owner string
	switch err := db.queryRow(itemFeedQuery, key).Scan(&owner); {
	case err == sql.ErrNoRows:
		return false, false, nil
	case err != nil:
		return false, false, db.classify(err)
	case owner == feed:
		return true, false, nil
	}
	err = db.tx(context.Background(), func(t *sql.Tx) error {
		tx := db.preparedIn(t)
		var owner string
		switch err := tx.QueryRow(itemFeedQuery, key).Scan(&owner); {
		case err == sql.ErrNoRows:
			return nil
		case err != nil:
			return err
		}
		found = true
		if owner == feed {
			return nil
		}
		n, err := claim(tx, key, feed)
		moved = n > 0
		return err
	})
	return found, moved, err
}

// claim gives an item to feed if feed comes before its owner among the
// subscriptions.
func claim(tx txExec, key, feed string) (int64, error) {
	res, err := tx.Exec(claimQuery,
		feed, key)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// ItemFiles lists the files of every stored item.
func (db *DB) ItemFiles() (map[string]bool, error) {
	rows, err := db.sql.Query(`SELECT file FROM items`)
	if err != nil {
		return nil, db.classify(err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var f string
		if err := rows.Scan(&f); err != nil {
			return nil, db.classify(err)
		}
		out[f] = true
	}
	return out, db.classify(rows.Err())
}

// ItemCount is the number of stored items.
func (db *DB) ItemCount() (int, error) {
	var n int
	err := db.sql.QueryRow(`SELECT count(*) FROM items`).Scan(&n)
	return n, db.classify(err)
}

// PruneCandidates lists, oldest first, the items of a feed beyond the
// newest keep that may go: read and not starred. Unread and starred
// stories are never pruned, so a feed may stay over its cap.
func (db *DB) PruneCandidates(feed string, keep int) ([]Item, error) {
	rows, err := db.sql.Query(`
SELECT i.key, i.sid, i.file FROM items i
LEFT JOIN marks m ON m.sid = i.sid
WHERE i.feed = ?1 AND i.key NOT IN (SELECT key FROM items WHERE feed = ?1 ORDER BY date DESC, fetched DESC LIMIT ?2)
	AND coalesce(m.read, 0) = 1 AND coalesce(m.starred, 0) = 0
ORDER BY i.date, i.fetched`, feed, keep)
	if err != nil {
		return nil, db.classify(err)
	}
	defer rows.Close()
	var out []Item
	for rows.Next() {
		var it Item
		if err := rows.Scan(&it.Key, &it.SID, &it.File); err != nil {
			return nil, db.classify(err)
		}
		it.Feed = feed
		out = append(out, it)
	}
	return out, db.classify(rows.Err())
}

// DeleteItems forgets stored items (their files are the caller's).
func (db *DB) DeleteItems(items []Item) error {
	return db.tx(context.Background(), func(tx *sql.Tx) error {
		for _, it := range items {
			if _, err := tx.Exec(`DELETE FROM items WHERE key = ?`, it.Key); err != nil {
				return err
			}
			if _, err := tx.Exec(`DELETE FROM docs WHERE path = ?`, it.File); err != nil {
				return err
			}
		}
		return nil
	})
}

// LibraryDocs calls fn with every stored item's story, newest first,
// with its attribution of version when one is stored, and as much of it
// as want says. The Briefing's ID is the item's story ID.
func (db *DB) LibraryDocs(version string, want Want, fn func(Doc) error) error {
	rows, err := db.sql.Query(`SELECT `+docColumns+`, i.sid
FROM items i JOIN docs d ON d.id = i.doc
LEFT JOIN attribution a ON a.doc = d.id AND a.version = ?1
ORDER BY i.date DESC, i.sid`, version, want.Body, want.Statements)
	if err != nil {
		return db.classify(err)
	}
	defer rows.Close()
	for rows.Next() {
		var sid string
		d, err := scanDoc(multiScan{rows, &sid}, want)
		if err != nil {
			return db.classify(err)
		}
		d.Briefing.ID = sid
		if err := fn(d); err != nil {
			return err
		}
	}
	return db.classify(rows.Err())
}

// multiScan appends destinations to a row's Scan.
type multiScan struct {
	s    scanner
	more *string
}

func (m multiScan) Scan(dest ...any) error { return m.s.Scan(append(dest, m.more)...) }

// Empty reports whether the database holds nothing of the library's yet.
func (db *DB) Empty() (bool, error) {
	var n int
	err := db.sql.QueryRow(`SELECT (SELECT count(*) FROM items) + (SELECT count(*) FROM subscriptions) + (SELECT count(*) FROM marks)`).Scan(&n)
	return n == 0, db.classify(err)
}

// BulkItem is one item for BulkItems.
type BulkItem struct {
	Item     Item
	Hash     string
	Briefing *data.Briefing // attributed when version is not ""
}

// BulkItems records many items at once, in one transaction, with their
// attribution under version: for tools that build a library (benchmarks),
// not for refreshes, which record each item as it is stored.
func (db *DB) BulkItems(items []BulkItem, version string) error {
	encoded := make([]encodedDoc, len(items))
	for i, it := range items {
		encoded[i] = encodeDoc(it.Briefing, version != "")
	}
	return db.tx(context.Background(), func(t *sql.Tx) error {
		tx := prepareEach(t)
		for i, it := range items {
			var date int64
			if !it.Item.Date.IsZero() {
				date = it.Item.Date.Unix()
			}
			id, isNew, err := putEncodedNew(tx, it.Item.File, 0, it.Hash, encoded[i])
			if err != nil {
				return err
			}
			if _, err := tx.Exec(`INSERT OR REPLACE INTO items(key, sid, feed, file, fetched, date, doc) VALUES (?, ?, ?, ?, ?, ?, ?)`,
				it.Item.Key, it.Item.SID, it.Item.Feed, it.Item.File, it.Item.Fetched.UnixNano(), date, id); err != nil {
				return err
			}
			if version != "" {
				// The body holds the statements' texts already (putEncodedNew).
				if err := putAttributionRows(tx, id, version, encoded[i], isNew); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
