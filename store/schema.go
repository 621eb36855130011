package store

// schema is what the migrations make of an empty database, taken from
// its sqlite_master, so that a new database is made in one transaction:
// running every migration in turn (tables made, copied, renamed and
// dropped again) costs three times as much, and every first start and
// every test that opens a fresh database paid it.
// TestNewSchemaIsWhatTheMigrationsMake holds it to the migrations; when
// a migration is added, that test prints the text to put here.
const schema = `
CREATE TABLE files (
	path  TEXT PRIMARY KEY,
	size  INTEGER NOT NULL,
	mtime INTEGER NOT NULL,      -- nanoseconds
	hash  TEXT NOT NULL,
	seen  INTEGER NOT NULL       -- Unix seconds of the last load that read it
) WITHOUT ROWID;
CREATE TABLE items (
	key     TEXT PRIMARY KEY,    -- the item's GUID, else its link
	sid     TEXT NOT NULL UNIQUE,-- the story ID users see
	feed    TEXT NOT NULL,       -- the subscription it came from
	file    TEXT NOT NULL,       -- where it is stored (DATA/items/*.json)
	fetched INTEGER NOT NULL,
	date    INTEGER NOT NULL     -- the item's date, for newest first
, doc INTEGER);
CREATE INDEX items_feed ON items(feed, date);
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
CREATE INDEX items_file ON items(file);
CREATE INDEX items_doc ON items(doc);
CREATE TABLE bodies (
	id    INTEGER PRIMARY KEY,   -- the docs row
	title TEXT NOT NULL,
	body  TEXT NOT NULL,         -- the paragraphs' texts
	stmts TEXT NOT NULL DEFAULT '' -- the statements' texts, for search
);
CREATE TABLE "docs" (
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
CREATE INDEX docs_unindexed ON docs(id) WHERE indexed = 0;
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
CREATE INDEX items_order ON items(date DESC, sid, doc);
CREATE TABLE statement_stars (
	key     TEXT PRIMARY KEY,
	starred INTEGER NOT NULL     -- Unix seconds
) WITHOUT ROWID;
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
`
