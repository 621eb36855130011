package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/brief-reader/brief/store"
)

// newDatabase is a database as brief makes it in an empty data folder,
// made once by TestMain and copied into each test's data folder by
// isolate: making one is a tenth of a second under -race, and well over
// a hundred tests start from an empty folder. Set before any test runs,
// never changed after. Making a new database is store's to test
// (TestNewSchemaIsWhatTheMigrationsMake); here a damaged one is still
// made again from nothing (TestDamagedDatabaseIsNamed).
var newDatabase string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "brief-cli-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	db, err := store.Open(dir)
	if err == nil {
		err = db.Close()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	newDatabase = filepath.Join(dir, store.FileName)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// copyNewDatabase puts a new, empty database in dataDir.
func copyNewDatabase(t *testing.T, dataDir string) {
	t.Helper()
	src, err := os.Open(newDatabase)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(filepath.Join(dataDir, store.FileName), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}
