package library

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// tempPrefix starts the names of files being written. The leading dot
// keeps them out of every listing (data.Load skips dot-files too), so a
// write cut short by a crash is never read as an item.
const tempPrefix = ".tmp-"

// writeFileAtomic replaces path with data so that a reader, or the next
// run after a crash or a kill, sees either the old file or the new one,
// never a part: the data goes to a temporary file in the same folder,
// is flushed to disk, and is renamed over path.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tempPrefix+filepath.Base(path)+"-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	ok = true
	// The rename itself is durable only once the folder is synced; not
	// every system allows that, and the file is whole either way.
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// removeStaleTemps deletes temporary files left by a run that was killed
// mid-write. Only old ones go: a young one may belong to another brief
// refreshing right now.
func removeStaleTemps(dir string, olderThan time.Duration) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), tempPrefix) {
			continue
		}
		if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > olderThan {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
