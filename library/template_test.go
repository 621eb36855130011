package library

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// The tests' libraries start as copies of one empty library, made once
// per test binary by the first open (issue #13). A library made from
// nothing builds its database schema, which under the race detector
// costs some twenty times as much as copying the files it leaves. Open
// still makes every copy a library, and the library made once, the
// migration tests (library_test.go) and the example make theirs from
// nothing.

// templateRoot holds the empty library's folders; it is named for this
// process, so TestMain can remove it without being told it was made.
func templateRoot() string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("brief-library-test-%d", os.Getpid()))
}

// emptyLibrary makes the empty library once and returns its data folder.
var emptyLibrary = sync.OnceValues(func() (string, error) {
	data, config := filepath.Join(templateRoot(), "data"), filepath.Join(templateRoot(), "config")
	l, err := Open(data, config, Options{})
	if err != nil {
		return "", err
	}
	return data, l.Close()
})

func TestMain(m *testing.M) {
	code := m.Run()
	os.RemoveAll(templateRoot())
	os.Exit(code)
}

// newDataDir is the data folder of a new empty library: a copy of
// emptyLibrary's.
func newDataDir(t *testing.T) string {
	t.Helper()
	src, err := emptyLibrary()
	if err != nil {
		t.Fatal(err)
	}
	return copyTree(t, src)
}

// copyTree copies the folder src, its files and folders, to a new
// temporary folder and returns its path.
func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(to, raw, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}
