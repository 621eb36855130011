package store

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/brief-reader/brief/data"
)

// The tests' databases start as copies of one new database, made once
// per test binary by the first openTest (issue #13): a database made from
// nothing runs the schema's thirty statements, each of which rewrites and
// reads again sqlite_master, and that was half of these tests' time under
// the race detector. Open still opens and checks every copy; the new
// database is made by Open from nothing, and the migration and schema
// tests (and that of a read-only folder) make theirs from nothing too.

// templateDir holds the new database; it is named for this process, so
// TestMain can remove it without being told it was made.
func templateDir() string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("brief-store-test-%d", os.Getpid()))
}

// newDatabase makes the new database once and returns its file.
var newDatabase = sync.OnceValues(func() (string, error) {
	db, err := Open(templateDir())
	if err != nil {
		return "", err
	}
	if err := db.Close(); err != nil {
		return "", err
	}
	// Closed by its last connection, the database has no WAL left.
	path := filepath.Join(templateDir(), FileName)
	if _, err := os.Stat(path + "-wal"); !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("%s-wal is left: %v", path, err)
	}
	return path, nil
})

// builtinAttributor is one attributor of the built-in lists for every
// test that attributes stories without a user's files: it is safe for
// concurrent use, and building one is most of what a small test costs.
var builtinAttributor = sync.OnceValue(func() *data.Attributor {
	a, _ := data.NewAttributor("")
	return a
})

func TestMain(m *testing.M) {
	code := m.Run()
	os.RemoveAll(templateDir())
	os.Exit(code)
}

// copyNewDatabase puts a copy of the new database in dir, unless dir
// holds a database already.
func copyNewDatabase(t *testing.T, dir string) {
	t.Helper()
	dst := filepath.Join(dir, FileName)
	if _, err := os.Stat(dst); err == nil {
		return
	}
	src, err := newDatabase()
	if err != nil {
		t.Fatal(err)
	}
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	must(t, os.MkdirAll(dir, 0o755))
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		t.Fatal(err)
	}
	must(t, out.Close())
}
