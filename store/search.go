package store

import (
	"context"
	"database/sql"
	"strings"
	"time"
	"unicode"
)

// Hit is one story a search found.
type Hit struct {
	Doc     int64
	Path    string // the file it is stored in
	N       int    // its place among the file's stories
	SID     string // the library's story ID; "" for a file given on the command line
	Title   string
	Date    time.Time
	Snippet string  // the best passage, the words found between SnippetOpen and SnippetClose
	Rank    float64 // lower is better (FTS5's bm25)
}

// Markers around the words found in a snippet.
const (
	SnippetOpen  = "«"
	SnippetClose = "»"
)

// maxCandidates bounds the stories a search ranks: see search.
const maxCandidates = 2000

// Scope says which stories a search looks at.
type Scope int

const (
	ScopeLibrary Scope = iota // the library's stored items
	ScopeFiles                // files cached from the command line
	ScopeAll
)

// MatchQuery turns what a user typed into an FTS5 query: each word a
// quoted term (so that no word is read as an operator), all of them
// required, the last one a prefix when prefix is set (as-you-type).
// It returns "" when there is no word to search for.
func MatchQuery(words string, prefix bool) string {
	fields := strings.FieldsFunc(words, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '*' })
	var terms []string
	for i, f := range fields {
		star := strings.HasSuffix(f, "*") || (prefix && i == len(fields)-1)
		f = strings.Trim(f, "*")
		if f == "" {
			continue
		}
		t := `"` + f + `"`
		if star {
			t += "*"
		}
		terms = append(terms, t)
	}
	return strings.Join(terms, " ")
}

// Search finds the stories whose headline, body or statements hold every
// word of query (MatchQuery), best first (headlines weigh most), at most
// limit of them.
func (db *DB) Search(query string, scope Scope, limit int) ([]Hit, error) {
	match := MatchQuery(query, false)
	return db.search(match, scope, limit, true)
}

// SearchPrefix is Search as the user types: the last word is a prefix,
// and no snippets are made.
func (db *DB) SearchPrefix(query string, scope Scope, limit int) ([]Hit, error) {
	return db.search(MatchQuery(query, true), scope, limit, false)
}

func (db *DB) search(match string, scope Scope, limit int, snippets bool) ([]Hit, error) {
	if match == "" {
		return nil, nil
	}
	if err := db.IndexPending(context.Background()); err != nil {
		return nil, err
	}
	snippet := `''`
	if snippets {
		snippet = `snippet(docs_fts, -1, '` + SnippetOpen + `', '` + SnippetClose + `', '…', 16)`
	}
	join := `LEFT JOIN items i ON i.doc = d.id`
	switch scope {
	case ScopeLibrary:
		join = `JOIN items i ON i.doc = d.id`
	case ScopeFiles:
		join = `JOIN files f ON f.path = d.path LEFT JOIN items i ON 0`
	}
	// Ranking scores every story that matches, which for a common word in
	// a million stories takes seconds. So the candidates are the newest
	// maxCandidates that match (FTS5 walks its lists in row order and
	// stops there: rows are added as stories arrive), ranked among
	// themselves: a news reader's best match is rarely an old one.
	var floor int64
	err := db.sql.QueryRow(`SELECT rowid FROM docs_fts WHERE docs_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`,
		match, maxCandidates-1).Scan(&floor)
	if err != nil && err != sql.ErrNoRows {
		return nil, db.classify(err)
	}
	rows, err := db.sql.Query(`
SELECT d.id, d.path, d.n, coalesce(i.sid, ''), d.title, d.date, `+snippet+`, bm25(docs_fts, 8.0, 1.0, 2.0) AS rank
FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid `+join+`
WHERE docs_fts MATCH ? AND docs_fts.rowid >= ? ORDER BY rank LIMIT ?`, match, floor, limit)
	if err != nil {
		return nil, db.classify(err)
	}
	defer rows.Close()
	var out []Hit
	for rows.Next() {
		var h Hit
		var date int64
		if err := rows.Scan(&h.Doc, &h.Path, &h.N, &h.SID, &h.Title, &date, &h.Snippet, &h.Rank); err != nil {
			return nil, db.classify(err)
		}
		h.Date = unixOrZero(date)
		out = append(out, h)
	}
	return out, db.classify(rows.Err())
}

// IndexPending adds to the full-text index the stories stored since it
// was last brought up to date, a few thousand per transaction. Stories
// are stored without waiting for the index, which a first load of a big
// folder would: the first search after pays for it instead. When ctx is
// done it stops between transactions (or rolls the current one back) and
// returns ctx's error; what was indexed stays, and the next call goes on.
func (db *DB) IndexPending(ctx context.Context) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var n int64
		err := db.tx(ctx, func(tx *sql.Tx) error {
			res, err := tx.Exec(`INSERT INTO docs_fts(rowid, title, body, stmts)
SELECT b.id, b.title, b.body, b.stmts FROM docs d JOIN bodies b ON b.id = d.id WHERE d.indexed = 0 ORDER BY d.id LIMIT 2000`)
			if err != nil {
				return err
			}
			if n, err = res.RowsAffected(); err != nil || n == 0 {
				return err
			}
			_, err = tx.Exec(`UPDATE docs SET indexed = 1 WHERE id IN (SELECT id FROM docs WHERE indexed = 0 ORDER BY id LIMIT 2000)`)
			return err
		})
		if err != nil || n == 0 {
			return err
		}
	}
}
