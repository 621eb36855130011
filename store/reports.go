package store

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
)

// reportsBatch is the stories whose statements MakeReports reads in one
// query.
const reportsBatch = 500

// reportsCache is the stories whose statements MakeReports keeps decoded
// for the grouping's second look at an earlier statement: the one a new
// statement may repeat is a few days older, so a few stories back in the
// library's order.
const reportsCache = 64

// ReportsMade reports whether the reports table holds the grouping of
// the library as it is now, under attribution version: nothing was
// stored or deleted since MakeReports made it.
func (db *DB) ReportsMade(version string) (bool, error) {
	var n int
	err := db.sql.QueryRow(`SELECT count(*) FROM reports_made m JOIN reports_epoch e ON e.epoch = m.epoch WHERE m.version = ?`, version).Scan(&n)
	return n > 0, db.classify(err)
}

// MakeReports works out which statements of the library, under
// attribution version, are one statement reported in several stories
// (provenance, the quote view's "also in"), and stores it: the reader
// then reads each story's groups with its statements instead of holding
// the grouping of every statement. It groups the statements exactly as a
// reader given the library's stories in its order (newest first) would
// (provenance.Sieve), and does nothing when the table is current. A
// story stored or deleted while it works makes its result stale: it is
// not stored, and made says so.
func (db *DB) MakeReports(ctx context.Context, version string) (made bool, err error) {
	if ok, err := db.ReportsMade(version); err != nil || ok {
		return ok, err
	}
	conn, err := db.sql.Conn(ctx)
	if err != nil {
		return false, db.classify(err)
	}
	defer conn.Close()
	// One snapshot: the epoch and the statements it is the grouping of.
	if _, err := conn.ExecContext(ctx, `BEGIN DEFERRED`); err != nil {
		return false, db.classify(err)
	}
	g, err := groupLibrary(ctx, conn, version)
	conn.ExecContext(context.Background(), `ROLLBACK`)
	if err != nil {
		return false, err
	}
	err = db.tx(ctx, func(tx *sql.Tx) error {
		var now int64
		if err := tx.QueryRow(`SELECT epoch FROM reports_epoch`).Scan(&now); err != nil {
			return err
		}
		if now != g.epoch {
			return nil // stale: a story came or went meanwhile
		}
		if _, err := tx.Exec(`DELETE FROM reports WHERE version = ?`, version); err != nil {
			return err
		}
		// The groupings of versions whose statements are gone (an older
		// brief's) are let go with them.
		for _, table := range []string{"reports", "reports_made"} {
			if _, err := tx.Exec(`DELETE FROM ` + table + ` WHERE version NOT IN (SELECT DISTINCT version FROM statements)`); err != nil {
				return err
			}
		}
		ins, err := tx.Prepare(`INSERT OR IGNORE INTO reports(version, doc, n, grp, rank) VALUES (?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer ins.Close()
		for _, r := range g.rows {
			if _, err := ins.Exec(version, r.doc, r.Statement, r.Group, r.Rank); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(`INSERT OR REPLACE INTO reports_made(version, epoch) VALUES (?, ?)`, version, now); err != nil {
			return err
		}
		made = true
		return nil
	})
	return made, db.classify(err)
}

// Reports reads the groups of the statements of doc under version that
// other stories report too, by statement; none for the others. It
// answers from the table as MakeReports left it.
func (db *DB) Reports(doc int64, version string) ([]provenance.Stored, error) {
	rows, err := db.readsQuery(`SELECT n, grp, rank FROM reports WHERE version = ? AND doc = ? ORDER BY n`, version, doc)
	if err != nil {
		return nil, db.classify(err)
	}
	defer rows.Close()
	var out []provenance.Stored
	for rows.Next() {
		var r provenance.Stored
		if err := rows.Scan(&r.Statement, &r.Group, &r.Rank); err != nil {
			return nil, db.classify(err)
		}
		out = append(out, r)
	}
	return out, db.classify(rows.Err())
}

// reportRow is a row of the reports table.
type reportRow struct {
	doc int64
	provenance.Stored
}

// grouping is MakeReports' result before it is stored.
type grouping struct {
	epoch int64
	rows  []reportRow
}

// libraryStory is a story of the library in its order, as grouping needs it.
type libraryStory struct {
	doc  int64
	date time.Time
	from int32 // its first statement's number in the grouping
}

func groupLibrary(ctx context.Context, conn *sql.Conn, version string) (grouping, error) {
	var g grouping
	if err := conn.QueryRowContext(ctx, `SELECT epoch FROM reports_epoch`).Scan(&g.epoch); err != nil {
		return g, err
	}
	stories, err := libraryOrder(ctx, conn)
	if err != nil {
		return g, err
	}
	cache := map[int64][]data.Statement{}
	var order []int64 // cache's docs, oldest first
	keep := func(doc int64, stmts []data.Statement) {
		if len(order) >= reportsCache {
			delete(cache, order[0])
			order = order[1:]
		}
		cache[doc] = stmts
		order = append(order, doc)
	}
	statementsOf := func(doc int64) ([]data.Statement, error) {
		if s, ok := cache[doc]; ok {
			return s, nil
		}
		var rec []byte
		err := conn.QueryRowContext(ctx, `SELECT rec FROM statements WHERE doc = ? AND version = ?`, doc, version).Scan(&rec)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		var b data.Briefing
		if err := decodeStatements(&b, rec); err != nil {
			return nil, err
		}
		keep(doc, b.Statements)
		return b.Statements, nil
	}
	var textErr error
	read := 0 // stories[:read] have their statements' numbers
	sieve := provenance.NewSieve(func(n int) provenance.Statement {
		si, _ := slices.BinarySearchFunc(stories[:read], int32(n), func(s libraryStory, n int32) int {
			if s.from > n {
				return 1
			}
			return -1
		})
		si-- // the last story starting at or before n
		st := stories[si]
		stmts, err := statementsOf(st.doc)
		k := n - int(st.from)
		if err != nil || k >= len(stmts) {
			if textErr == nil {
				textErr = errors.Join(err, errCorruptRecord)
			}
			return provenance.Statement{Story: si}
		}
		s := stmts[k]
		return provenance.Statement{Story: si, Date: st.date, Speaker: s.Speaker, Party: s.Party, Text: s.Text}
	})
	for from := 0; from < len(stories); from += reportsBatch {
		if err := ctx.Err(); err != nil {
			return g, err
		}
		batch := stories[from:min(from+reportsBatch, len(stories))]
		recs, err := statementRecs(ctx, conn, version, batch)
		if err != nil {
			return g, err
		}
		for k := range batch {
			si := from + k
			stories[si].from = int32(sieve.Len())
			read = si + 1
			if recs[k] == nil {
				continue // not attributed under version: the reader has no statements of it either
			}
			var b data.Briefing
			if err := decodeStatements(&b, recs[k]); err != nil {
				return g, err
			}
			keep(stories[si].doc, b.Statements)
			for _, s := range b.Statements {
				sieve.Add(provenance.Statement{Story: si, Date: stories[si].date, Speaker: s.Speaker, Party: s.Party, Text: s.Text})
			}
		}
	}
	if textErr != nil {
		return g, textErr
	}
	g.rows = reportRows(sieve, stories)
	return g, nil
}

// libraryOrder is the library's stories, newest first, as the reader
// lists them (store/order.go).
func libraryOrder(ctx context.Context, conn *sql.Conn) ([]libraryStory, error) {
	rows, err := conn.QueryContext(ctx, `SELECT i.doc, d.date FROM items i JOIN docs d ON d.id = i.doc
WHERE i.doc IS NOT NULL ORDER BY i.date DESC, i.sid`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []libraryStory
	for rows.Next() {
		var s libraryStory
		var date int64
		if err := rows.Scan(&s.doc, &date); err != nil {
			return nil, err
		}
		if date != 0 { // as decodeBriefing
			s.date = time.Unix(date, 0).UTC()
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// statementRecs reads the statements records of stories, nil for one
// with none under version.
func statementRecs(ctx context.Context, conn *sql.Conn, version string, stories []libraryStory) ([][]byte, error) {
	docs := make([]int64, len(stories))
	at := make(map[int64][]int, len(stories)) // a doc may be two items' story
	for k, s := range stories {
		docs[k] = s.doc
		at[s.doc] = append(at[s.doc], k)
	}
	rows, err := conn.QueryContext(ctx, `SELECT doc, rec FROM statements
WHERE version = ? AND doc IN (SELECT value FROM json_each(?))`, version, rowListJSON(docs))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([][]byte, len(stories))
	for rows.Next() {
		var doc int64
		var rec []byte
		if err := rows.Scan(&doc, &rec); err != nil {
			return nil, err
		}
		for _, k := range at[doc] {
			out[k] = rec
		}
	}
	return out, rows.Err()
}

// reportRows is the rows of the statements that other stories report
// too: each group's members, earliest report first.
func reportRows(sieve *provenance.Sieve, stories []libraryStory) []reportRow {
	var rows []reportRow
	si := 0
	for n := range sieve.Len() {
		for si+1 < len(stories) && int(stories[si+1].from) <= n {
			si++
		}
		if sieve.Single(n) {
			continue
		}
		others := sieve.Others(n)
		rank := 0
		for _, o := range others {
			if sieve.Earlier(int(o), n) {
				rank++
			}
		}
		rows = append(rows, reportRow{doc: stories[si].doc, Stored: provenance.Stored{
			Statement: int32(n - int(stories[si].from)), Group: int64(sieve.Group(n)), Rank: int32(rank)}})
	}
	return rows
}
