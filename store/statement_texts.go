package store

import (
	"context"
)

// textBatch is the stories whose statements one query of StatementTexts
// reads: between batches it looks whether it was cancelled.
const textBatch = 500

// StatementTexts reads the texts of the statements that attribution
// version found in docs, and calls each with a story's place in docs and
// its texts, in order (bytes of the record: valid during the call only).
// It is the quote view's text filter when the reader holds no texts: a
// few queries for every story, and nothing decoded but the texts, where
// reading the statements story by story took seconds for 20,000. A story
// with no statements of version stored is left out. It stops with ctx's
// error when ctx is done.
func (db *DB) StatementTexts(ctx context.Context, version string, docs []int64, each func(k int, texts [][]byte)) error {
	at := make(map[int64]int, min(len(docs), textBatch))
	var texts [][]byte
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
			texts, err = statementTexts(rec, texts[:0])
			if err != nil {
				rows.Close()
				return err
			}
			each(at[doc], texts)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return db.classify(err)
		}
	}
	return nil
}

// statementTexts is the texts of a statements record (encodeStatements),
// appended to out, not copied.
func statementTexts(rec []byte, out [][]byte) ([][]byte, error) {
	d := decoder{B: rec}
	if d.Uint() != 2 {
		return out, errCorruptRecord
	}
	for n := d.Count(); n > 0; n-- { // the table of strings
		d.Bytes()
	}
	for n := d.Count(); n > 0 && d.Err == nil; n-- {
		for range 8 { // speaker, role, party, cue; paragraph, span, kind
			d.Uint()
		}
		out = append(out, d.Bytes())
	}
	return out, d.Err
}
