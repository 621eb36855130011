package store

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
)

// LibraryOrder is the rows of the library's stories, newest first, as
// LibraryDocs lists them: what a reader needs to know of a library before
// it reads any story (how many, and which is where), read from an index
// alone. The rows are joined into one string inside SQLite: a row at a
// time through database/sql costs more than the query.
func (db *DB) LibraryOrder() ([]int64, error) {
	var joined *string
	err := db.sql.QueryRow(orderQuery).Scan(&joined)
	if err != nil {
		return nil, db.classify(err)
	}
	if joined == nil {
		return nil, nil
	}
	return parseRowList(*joined)
}

// LibraryOrderHead reads the library's order as LibraryOrder does, in
// two steps: head gets how many stories there are and the rows of the
// first n of them as soon as those are known (a reader draws its first
// screen with them: the whole order of 100,000 stories takes tens of
// milliseconds more), then, when head returns true, the whole order is
// read and returned; when it returns false, nothing is. head may wait
// (until the rest is wanted): both steps read one state of the
// database, in one read transaction, whatever other processes write
// meanwhile. head is not called when the first step fails.
func (db *DB) LibraryOrderHead(n int, head func(total int, first []int64) (more bool)) ([]int64, error) {
	ctx := context.Background()
	conn, err := db.sql.Conn(ctx)
	if err != nil {
		return nil, db.classify(err)
	}
	defer conn.Close()
	// A deferred transaction reads one snapshot from its first read
	// until it ends, and takes no lock a writer waits for.
	if _, err := conn.ExecContext(ctx, `BEGIN DEFERRED`); err != nil {
		return nil, db.classify(err)
	}
	defer conn.ExecContext(ctx, `ROLLBACK`) // it wrote nothing
	// count(*) of a whole table is SQLite's fast path; a count with a
	// condition reads every entry of an index (tens of µs against ms).
	var total int
	if err := conn.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM items) - (SELECT count(*) FROM items WHERE doc IS NULL)`).Scan(&total); err != nil {
		return nil, db.classify(err)
	}
	rows, err := conn.QueryContext(ctx, `SELECT doc FROM items WHERE doc IS NOT NULL ORDER BY date DESC, sid LIMIT ?`, n)
	if err != nil {
		return nil, db.classify(err)
	}
	first := make([]int64, 0, min(n, total))
	for rows.Next() {
		var d int64
		if err := rows.Scan(&d); err != nil {
			rows.Close()
			return nil, db.classify(err)
		}
		first = append(first, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, db.classify(err)
	}
	if !head(total, first) {
		return nil, nil
	}
	if total <= len(first) {
		return first, nil
	}
	var joined *string
	if err := conn.QueryRowContext(ctx, orderQuery).Scan(&joined); err != nil {
		return nil, db.classify(err)
	}
	if joined == nil {
		return nil, nil
	}
	return parseRowList(*joined)
}

// orderQuery joins the library's rows, newest first, into one string.
const orderQuery = `SELECT group_concat(doc) FROM (SELECT doc FROM items WHERE doc IS NOT NULL ORDER BY date DESC, sid)`

var errBadRowList = errors.New("store: a list of rows that is not numbers")

// parseRowList reads "12,7,9".
func parseRowList(s string) ([]int64, error) {
	out := make([]int64, 0, strings.Count(s, ",")+1)
	var v int64
	digits := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if digits == 0 {
				return nil, errBadRowList
			}
			out = append(out, v)
			v, digits = 0, 0
			continue
		}
		c := s[i]
		if c < '0' || c > '9' || digits >= 18 {
			return nil, errBadRowList
		}
		v = v*10 + int64(c-'0')
		digits++
	}
	return out, nil
}

// rowListJSON is rows as a JSON array, the one parameter json_each reads:
// a query over many rows without a placeholder each.
func rowListJSON(rows []int64) string {
	b := make([]byte, 0, 2+len(rows)*8)
	b = append(b, '[')
	for i, r := range rows {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, r, 10)
	}
	return string(append(b, ']'))
}

// LibraryDocsByID reads the library's stories of the given rows, as
// LibraryDocs does, and calls fn with each in the order of rows. A row no
// longer in the library (another process let its story go since the
// order was read) is skipped.
func (db *DB) LibraryDocsByID(version string, rows []int64, want Want, fn func(Doc) error) error {
	if len(rows) == 0 {
		return nil
	}
	r, err := db.readsQuery(`SELECT `+docColumns+`, i.sid
FROM items i JOIN docs d ON d.id = i.doc
LEFT JOIN attribution a ON a.doc = d.id AND a.version = ?1
WHERE i.doc IN (SELECT value FROM json_each(?4))`, version, want.Body, want.Statements, rowListJSON(rows))
	if err != nil {
		return db.classify(err)
	}
	defer r.Close()
	found := make(map[int64]Doc, len(rows))
	for r.Next() {
		var sid string
		d, err := scanDoc(multiScan{r, &sid}, want)
		if err != nil {
			return db.classify(err)
		}
		d.Briefing.ID = sid
		found[d.ID] = d
	}
	if err := r.Err(); err != nil {
		return db.classify(err)
	}
	r.Close()
	for _, row := range rows {
		if d, ok := found[row]; ok {
			if err := fn(d); err != nil {
				return err
			}
		}
	}
	return nil
}

// ItemDocs gives the rows of the stories stored in files (item files),
// newest first; a file no item has is left out.
func (db *DB) ItemDocs(files []string) ([]int64, error) {
	if len(files) == 0 {
		return nil, nil
	}
	list, err := json.Marshal(files)
	if err != nil {
		return nil, err
	}
	rows, err := db.sql.Query(`SELECT doc FROM items WHERE doc IS NOT NULL AND file IN (SELECT value FROM json_each(?))
ORDER BY date DESC, sid`, string(list))
	if err != nil {
		return nil, db.classify(err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var d int64
		if err := rows.Scan(&d); err != nil {
			return nil, db.classify(err)
		}
		out = append(out, d)
	}
	return out, db.classify(rows.Err())
}
