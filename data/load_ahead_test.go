package data

import (
	"fmt"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// answeringCache answers every lookup at once, as brief's database does
// for files it has read before, and counts the lookups.
type answeringCache struct{ lookups atomic.Int64 }

func (c *answeringCache) Lookup(path string, _ int64, _ time.Time) ([]*Briefing, bool, bool) {
	c.lookups.Add(1)
	return []*Briefing{{ID: filepath.Base(path), Title: "Tesmar and Orlavia Talk Again"}}, true, true
}

func (c *answeringCache) LookupContents(string, int64, time.Time, []byte) ([]*Briefing, bool, bool) {
	return nil, false, false
}

func (c *answeringCache) Store(string, int64, time.Time, []byte, []*Briefing) {}

// Stories that come faster than the caller takes them do not pile up:
// the workers stay a few files ahead of it, not the whole folder.
func TestLoadEachStaysAFewFilesAhead(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	const files = 200
	for i := range files {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("story-%03d.txt", i)), "Talks in Velhaven\nVelhaven – Nothing was said.\n")
	}
	c := &answeringCache{}
	bound := int64(2 * (runtime.GOMAXPROCS(0) + 2))
	var emitted, most int64
	LoadEach([]string{dir}, nil, LoadOptions{Cache: c}, func(b *Briefing, err error) {
		if err != nil {
			t.Fatal(err)
		}
		emitted++
		time.Sleep(200 * time.Microsecond) // a caller slower than the cache
		most = max(most, c.lookups.Load()-emitted)
	})
	if emitted != files {
		t.Fatalf("%d stories, want %d", emitted, files)
	}
	if most > bound {
		t.Errorf("the workers ran %d files ahead of the caller, want at most %d", most, bound)
	}
}
