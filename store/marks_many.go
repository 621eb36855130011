package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
)

// MarkReadMany records that the stories with these IDs were read, in one
// write to the journal and one transaction: "mark all read" on a list of
// thousands would otherwise flush the journal once a story.
func (db *DB) MarkReadMany(sids []string) error {
	if len(sids) == 0 {
		return nil
	}
	var lines strings.Builder
	for _, sid := range sids {
		lines.WriteString(opRead + " " + strconv.Quote(sid) + "\n")
	}
	if err := db.journal.appendLines(lines.String()); err != nil {
		return folderError(db.Dir(), err)
	}
	return db.tx(context.Background(), func(tx *sql.Tx) error {
		for _, sid := range sids {
			if err := applyMark(tx, sid, opRead); err != nil {
				return err
			}
		}
		return nil
	})
}

// appendLines writes whole journal lines in one write, and flushes them.
func (j *journal) appendLines(lines string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if _, err := j.f.WriteString(lines); err != nil {
		return err
	}
	return j.f.Sync()
}
