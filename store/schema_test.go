package store

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// A new database is made from schema in one step; it must be the very
// database the migrations make of an empty one, to the text of every
// table, index, trigger and full-text table SQLite keeps, or a database
// made new and one brought up from an old brief would differ.
func TestNewSchemaIsWhatTheMigrationsMake(t *testing.T) {
	t.Parallel()
	migrated, err := openSQL(filepath.Join(t.TempDir(), FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer migrated.Close()
	for v := 1; v <= len(migrations); v++ { // one by one: never the schema
		must(t, migrateTo(migrated, v))
	}
	fresh, err := openSQL(filepath.Join(t.TempDir(), FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	must(t, migrateTo(fresh, len(migrations)))

	for _, q := range []string{
		"PRAGMA user_version",
		"SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name",
		"SELECT * FROM docs_fts_config ORDER BY k",
	} {
		want, got := dumpQuery(t, migrated, q), dumpQuery(t, fresh, q)
		if got != want {
			t.Errorf("%s\nnew database:\n%s\nmigrated:\n%s", q, got, want)
		}
	}
	if t.Failed() {
		t.Logf("the schema the migrations make, for schema.go:\n%s", schemaOf(t, migrated))
	}
}

// dumpQuery is every row q finds, a line each.
func dumpQuery(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var b strings.Builder
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%q\n", vals)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// schemaOf is what made db's tables, indexes and triggers, in the order
// they were made, but the full-text index's own tables, which making it
// makes.
func schemaOf(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query(`SELECT sql FROM sqlite_master WHERE sql IS NOT NULL
		AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow') ORDER BY rowid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		b.WriteString(s + ";\n")
	}
	return b.String()
}
