package store

import (
	"context"

	"github.com/brief-reader/brief/data"
)

// textBatch is the stories whose statements one query of StatementTexts
// reads: between batches it looks whether it was cancelled.
const textBatch = 500

// StatementWords reads the texts of the statements that attribution
// version found in docs, with their speakers and roles, and calls each
// with a story's place in docs and its statements' words, in order
// (bytes of the record: valid during the call only).
// It is the quote view's text filter when the reader holds no texts: a
// few queries for every story, and nothing decoded but the texts, where
// reading the statements story by story took seconds for 20,000. A story
// with no statements of version stored is left out. It stops with ctx's
// error when ctx is done.
func (db *DB) StatementWords(ctx context.Context, version string, docs []int64, each func(k int, stmts []data.StatementWords)) error {
	at := make(map[int64]int, min(len(docs), textBatch))
	var words []data.StatementWords
	var table [][]byte
	for from := 0; from < len(docs); from += textBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		batch := docs[from:min(from+textBatch, len(docs))]
		clear(at)
		for k, d := range batch {
			at[d] = from + k
		}
		rows, err := db.sql.QueryContext(ctx, `SELECT doc, rec FROM statements
WHERE version = ? AND doc IN (SELECT value FROM json_each(?))`, version, rowListJSON(batch))
		if err != nil {
			return db.classify(err)
		}
		for rows.Next() {
			var doc int64
			var rec []byte
			if err := rows.Scan(&doc, &rec); err != nil {
				rows.Close()
				return db.classify(err)
			}
			words, table, err = statementWords(rec, words[:0], table[:0])
			if err != nil {
				rows.Close()
				return err
			}
			each(at[doc], words)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return db.classify(err)
		}
	}
	return nil
}

// statementWords is the words of a statements record (encodeStatements),
// appended to out, not copied; table is room for its table of strings.
func statementWords(rec []byte, out []data.StatementWords, table [][]byte) ([]data.StatementWords, [][]byte, error) {
	d := decoder{B: rec}
	if d.Uint() != 2 {
		return out, table, errCorruptRecord
	}
	for n := d.Count(); n > 0; n-- {
		table = append(table, d.Bytes())
	}
	str := func() []byte {
		i := d.Uint()
		if i >= uint64(len(table)) {
			d.Fail()
			return nil
		}
		return table[i]
	}
	for n := d.Count(); n > 0 && d.Err == nil; n-- {
		var w data.StatementWords
		w.Speaker, w.Role = str(), str()
		d.Uint()      // party: the reader knows it
		d.Uint()      // cue
		for range 4 { // paragraph, span, kind
			d.Uint()
		}
		w.Text = d.Bytes()
		out = append(out, w)
	}
	return out, table, d.Err
}
