package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are the schema's versions, in order: migrations[i] takes a
// database from version i to i+1 (PRAGMA user_version). Never edit one
// that has shipped; add the next.
var migrations = []string{
	// 1: stories, attribution, marks, subscriptions, the refresh log and
	// the file cache.
	`
CREATE TABLE docs (
	id        INTEGER PRIMARY KEY,
	path      TEXT NOT NULL,     -- the file it was read from
	n         INTEGER NOT NULL,  -- its place among the file's stories (a feed holds many)
	hash      TEXT NOT NULL,     -- of the file's bytes
	title     TEXT NOT NULL,
	dateline  TEXT NOT NULL,
	publisher TEXT NOT NULL,
	date      INTEGER NOT NULL,  -- Unix seconds; 0 when unknown
	body      TEXT NOT NULL,     -- the paragraphs' texts
	stmts     TEXT NOT NULL DEFAULT '', -- the statements' texts, for search
	meta      BLOB NOT NULL,     -- the rest of what parsing found (codec.go)
	indexed   INTEGER NOT NULL DEFAULT 0, -- the full-text index holds this row
	UNIQUE (path, n)
);
CREATE TABLE attribution (
	doc        INTEGER NOT NULL REFERENCES docs(id) ON DELETE CASCADE,
	version    TEXT NOT NULL,    -- data.Attributor.Version()
	statements INTEGER NOT NULL,
	rec        BLOB NOT NULL,
	PRIMARY KEY (doc, version)
) WITHOUT ROWID;
-- Files given on the command line: what was read of them, when they had
-- this size and modification time.
CREATE TABLE files (
	path  TEXT PRIMARY KEY,
	size  INTEGER NOT NULL,
	mtime INTEGER NOT NULL,      -- nanoseconds
	hash  TEXT NOT NULL,
	seen  INTEGER NOT NULL       -- Unix seconds of the last load that read it
) WITHOUT ROWID;
-- The library's stories, one per feed item.
CREATE TABLE items (
	key     TEXT PRIMARY KEY,    -- the item's GUID, else its link
	sid     TEXT NOT NULL UNIQUE,-- the story ID users see
	feed    TEXT NOT NULL,       -- the subscription it came from
	file    TEXT NOT NULL,       -- where it is stored (DATA/items/*.json)
	fetched INTEGER NOT NULL,
	date    INTEGER NOT NULL     -- the item's date, for newest first
);
CREATE INDEX items_feed ON items(feed, date);
CREATE INDEX items_date ON items(date DESC, sid);
CREATE TABLE marks (
	sid     TEXT PRIMARY KEY,
	read    INTEGER NOT NULL DEFAULT 0,
	starred INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE subscriptions (
	url          TEXT PRIMARY KEY,
	pos          INTEGER NOT NULL,   -- the order they were added
	title        TEXT NOT NULL DEFAULT '',
	validators   TEXT NOT NULL DEFAULT '', -- JSON: ETag and Last-Modified
	last_refresh INTEGER NOT NULL DEFAULT 0,
	last_error   TEXT NOT NULL DEFAULT ''
);
CREATE TABLE refresh_log (
	id       INTEGER PRIMARY KEY,
	started  INTEGER NOT NULL,
	finished INTEGER,            -- NULL while running, or when killed
	pid      INTEGER NOT NULL,
	feeds    INTEGER NOT NULL DEFAULT 0,
	new      INTEGER NOT NULL DEFAULT 0,
	updated  INTEGER NOT NULL DEFAULT 0,
	failed   INTEGER NOT NULL DEFAULT 0,
	capped   INTEGER NOT NULL DEFAULT 0,
	pruned   INTEGER NOT NULL DEFAULT 0,
	outcome  TEXT NOT NULL DEFAULT ''
);
CREATE VIRTUAL TABLE docs_fts USING fts5(
	title, body, stmts,
	content='docs', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
-- The full-text index is brought up to date lazily (IndexPending), not on
-- every insert: a first load of thousands of files should not wait for
-- it. indexed says what the index holds of a row, for the triggers.
CREATE INDEX docs_unindexed ON docs(id) WHERE indexed = 0;
CREATE TRIGGER docs_ad AFTER DELETE ON docs WHEN old.indexed BEGIN
	INSERT INTO docs_fts(docs_fts, rowid, title, body, stmts) VALUES ('delete', old.id, old.title, old.body, old.stmts);
END;
CREATE TRIGGER docs_au AFTER UPDATE OF title, body, stmts ON docs WHEN old.indexed BEGIN
	INSERT INTO docs_fts(docs_fts, rowid, title, body, stmts) VALUES ('delete', old.id, old.title, old.body, old.stmts);
	UPDATE docs SET indexed = 0 WHERE id = new.id;
END;
`,
	// 2: stories are joined to their items by file (search, pruning):
	// without an index each join scanned every item.
	`CREATE INDEX items_file ON items(file);`,
	// 3: a list reads only the small columns. SQLite reads a row's columns
	// in order, following a long text's overflow pages to reach the
	// columns after it: docs had meta after the body, so listing 100,000
	// stories read every body. And attribution keeps a summary (parties,
	// speakers, how many statements) apart from the statements, which a
	// list does not need. Attribution is a cache: it is dropped here and
	// made again as stories are read.
	`
CREATE TABLE docs_new (
	id        INTEGER PRIMARY KEY,
	path      TEXT NOT NULL,
	n         INTEGER NOT NULL,
	hash      TEXT NOT NULL,
	title     TEXT NOT NULL,
	dateline  TEXT NOT NULL,
	publisher TEXT NOT NULL,
	date      INTEGER NOT NULL,
	meta      BLOB NOT NULL,
	indexed   INTEGER NOT NULL DEFAULT 0,
	body      TEXT NOT NULL,
	stmts     TEXT NOT NULL DEFAULT '',
	UNIQUE (path, n)
);
INSERT INTO docs_new(id, path, n, hash, title, dateline, publisher, date, meta, indexed, body, stmts)
	SELECT id, path, n, hash, title, dateline, publisher, date, meta, indexed, body, stmts FROM docs;
DROP TABLE attribution;
DROP TABLE docs;
ALTER TABLE docs_new RENAME TO docs;
CREATE INDEX docs_unindexed ON docs(id) WHERE indexed = 0;
CREATE TRIGGER docs_ad AFTER DELETE ON docs WHEN old.indexed BEGIN
	INSERT INTO docs_fts(docs_fts, rowid, title, body, stmts) VALUES ('delete', old.id, old.title, old.body, old.stmts);
END;
CREATE TRIGGER docs_au AFTER UPDATE OF title, body, stmts ON docs WHEN old.indexed BEGIN
	INSERT INTO docs_fts(docs_fts, rowid, title, body, stmts) VALUES ('delete', old.id, old.title, old.body, old.stmts);
	UPDATE docs SET indexed = 0 WHERE id = new.id;
END;
CREATE TABLE attribution (
	doc        INTEGER NOT NULL REFERENCES docs(id) ON DELETE CASCADE,
	version    TEXT NOT NULL,
	summary    BLOB NOT NULL,    -- parties, speakers, the number of statements
	rec        BLOB NOT NULL,    -- the statements
	PRIMARY KEY (doc, version)
) WITHOUT ROWID;
`,
	// 4: an item names its story's row, so that listing the library joins
	// by row number rather than by a long path (one index search per
	// story, many pages each, at 100,000 stories).
	`
ALTER TABLE items ADD COLUMN doc INTEGER;
UPDATE items SET doc = (SELECT id FROM docs WHERE docs.path = items.file AND docs.n = 0);
CREATE INDEX items_doc ON items(doc);
`,
	// 5: the texts move to a table of their own, so that a row of docs
	// is a few hundred bytes, many to a page: listing 100,000 stories
	// read a page per story, 400 MB, for half a kilobyte of each. The
	// full-text index reads its content from the new table; it is made
	// again lazily (IndexPending), story by story.
	`
CREATE TABLE bodies (
	id    INTEGER PRIMARY KEY,   -- the docs row
	title TEXT NOT NULL,
	body  TEXT NOT NULL,         -- the paragraphs' texts
	stmts TEXT NOT NULL DEFAULT '' -- the statements' texts, for search
);
INSERT INTO bodies(id, title, body, stmts) SELECT id, title, body, stmts FROM docs;
CREATE TABLE docs_new (
	id        INTEGER PRIMARY KEY,
	path      TEXT NOT NULL,
	n         INTEGER NOT NULL,
	hash      TEXT NOT NULL,
	title     TEXT NOT NULL,
	dateline  TEXT NOT NULL,
	publisher TEXT NOT NULL,
	date      INTEGER NOT NULL,
	meta      BLOB NOT NULL,
	indexed   INTEGER NOT NULL DEFAULT 0,
	UNIQUE (path, n)
);
INSERT INTO docs_new(id, path, n, hash, title, dateline, publisher, date, meta, indexed)
	SELECT id, path, n, hash, title, dateline, publisher, date, meta, 0 FROM docs;
DROP TABLE docs;
ALTER TABLE docs_new RENAME TO docs;
CREATE INDEX docs_unindexed ON docs(id) WHERE indexed = 0;
DROP TABLE docs_fts;
CREATE VIRTUAL TABLE docs_fts USING fts5(
	title, body, stmts,
	content='bodies', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER docs_ad AFTER DELETE ON docs BEGIN
	INSERT INTO docs_fts(docs_fts, rowid, title, body, stmts)
		SELECT 'delete', id, title, body, stmts FROM bodies WHERE id = old.id AND old.indexed;
	DELETE FROM bodies WHERE id = old.id;
END;
`,
	// 6: the statements leave the attribution table for one of their own,
	// for the same reason: a row holding a story's statements fills a
	// page, and a list reads only the summary beside them. Attribution is
	// a cache: made again as stories are read.
	`
DROP TABLE attribution;
CREATE TABLE attribution (
	doc     INTEGER NOT NULL REFERENCES docs(id) ON DELETE CASCADE,
	version TEXT NOT NULL,       -- data.Attributor.Version()
	summary BLOB NOT NULL,       -- parties, speakers, the number of statements
	PRIMARY KEY (doc, version)
) WITHOUT ROWID;
CREATE TABLE statements (
	doc     INTEGER NOT NULL REFERENCES docs(id) ON DELETE CASCADE,
	version TEXT NOT NULL,
	rec     BLOB NOT NULL,       -- the statements (codec.go)
	PRIMARY KEY (doc, version)
) WITHOUT ROWID;
`,
	// 7: the reader reads the library's order (its stories' rows, newest
	// first) before anything else, and then only the rows on screen: an
	// index that holds the row beside the order answers that from the
	// index alone (100,000 stories: 10 to 30 ms, against 160 to 200 ms
	// looking up each item). It replaces the index on (date, sid).
	`
CREATE INDEX items_order ON items(date DESC, sid, doc);
DROP INDEX items_date;
`,
	// 8: statements the user starred (issue #12), by data.StatementKey:
	// the story's ID and a hash of who said what, so that a star
	// outlives a new attributor numbering statements differently. A
	// row is a star; taking it away deletes the row.
	`
CREATE TABLE statement_stars (
	key     TEXT PRIMARY KEY,
	starred INTEGER NOT NULL     -- Unix seconds
) WITHOUT ROWID;
`,
	// 9: provenance ("also in": one statement reported in several
	// stories), worked out once for the library by MakeReports and read
	// with each story's statements, instead of the reader grouping every
	// statement it holds. A row is a statement another story reports too.
	// reports_made says for which attribution version the table is the
	// grouping of the library as it was at epoch; storing or deleting a
	// story or its statements moves the epoch on, so the grouping is made
	// again (a story added later may be "also in" for an older one).
	`
CREATE TABLE reports (
	version TEXT NOT NULL,
	doc     INTEGER NOT NULL REFERENCES docs(id) ON DELETE CASCADE,
	n       INTEGER NOT NULL,    -- the statement's place in its story
	grp     INTEGER NOT NULL,    -- its group, the same for every report of it
	rank    INTEGER NOT NULL,    -- its place in the group, the earliest report 0
	PRIMARY KEY (version, doc, n)
) WITHOUT ROWID;
CREATE TABLE reports_epoch (epoch INTEGER NOT NULL);
INSERT INTO reports_epoch VALUES (0);
CREATE TABLE reports_made (
	version TEXT PRIMARY KEY,
	epoch   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER reports_items_ai AFTER INSERT ON items BEGIN UPDATE reports_epoch SET epoch = epoch + 1; END;
CREATE TRIGGER reports_items_ad AFTER DELETE ON items BEGIN UPDATE reports_epoch SET epoch = epoch + 1; END;
CREATE TRIGGER reports_items_au AFTER UPDATE OF date, sid, doc ON items BEGIN UPDATE reports_epoch SET epoch = epoch + 1; END;
CREATE TRIGGER reports_statements_ai AFTER INSERT ON statements BEGIN UPDATE reports_epoch SET epoch = epoch + 1; END;
CREATE TRIGGER reports_statements_ad AFTER DELETE ON statements BEGIN UPDATE reports_epoch SET epoch = epoch + 1; END;
CREATE TRIGGER reports_statements_au AFTER UPDATE ON statements BEGIN UPDATE reports_epoch SET epoch = epoch + 1; END;
`,
}

// SchemaVersion is the version Open brings a database to.
func SchemaVersion() int { return len(migrations) }

// migrate brings db to the latest schema, one migration per transaction.
// Two processes may start at once: each migration re-reads the version
// inside its transaction, which holds the write lock, so it runs once.
func migrate(db *sql.DB) error {
	return migrateTo(db, len(migrations))
}

func migrateTo(db *sql.DB, target int) error {
	ctx := context.Background()
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this brief knows (%d): update brief", v, len(migrations))
	}
	for v < target {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
			tx.Rollback()
			return err
		}
		if v >= target {
			tx.Rollback()
			break
		}
		step, next := migrations[v], v+1
		if v == 0 && target == len(migrations) {
			step, next = schema, target // a new database: the latest schema at once (schema.go)
		}
		if _, err := tx.ExecContext(ctx, step); err != nil {
			tx.Rollback()
			return fmt.Errorf("schema migration %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", next)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
		v = next
	}
	return nil
}
