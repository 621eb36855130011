package data

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// A folder of 3,000 files loads whole, in path order, with no error: no
// file-descriptor exhaustion, no lost or duplicated file. 3,000 is past
// the usual 1,024 open files a process may hold and hundreds of times
// the files Load's workers read ahead; 10,000 cost about three times as
// much under -race and crossed no more limits (issue #13).
func TestLoadFolderOfThousandsOfFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 3,000 files")
	}
	t.Parallel() // mostly file system work: overlap it with the corpus runs
	const n = 3000
	// Every file is a hard link of one: the loader opens, reads and
	// parses each path as it would any file, but the file system makes
	// no new inode for it. On a file system that skips recently deleted
	// inodes one by one when it makes one (ext4 without a journal), the
	// 3,000 inodes each run made after the last run's were two thirds of
	// this test's CPU, in the kernel (issue #13). Prose with no one
	// speaking in it: what is asserted here is the loading, and
	// attributing a statement in each of 10,000 files was a third of the
	// test's time under -race.
	story := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(story, []byte("Vesk Talks, Day 1\nRound 1 went well.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%02d", i%100))
		if i < 100 {
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.Link(story, filepath.Join(sub, fmt.Sprintf("story-%05d.txt", i))); err != nil {
			t.Fatal(err)
		}
	}
	bs, errs := Load([]string{dir}, nil, LoadOptions{})
	if len(errs) != 0 {
		t.Fatalf("%d errors, first: %v", len(errs), errs[0])
	}
	if len(bs) != n {
		t.Fatalf("loaded %d briefings, want %d", len(bs), n)
	}
	ids := make(map[string]bool, n)
	for i, b := range bs {
		if ids[b.ID] {
			t.Fatalf("ID %q twice", b.ID)
		}
		ids[b.ID] = true
		if i > 0 && bs[i-1].Path >= b.Path {
			t.Fatalf("not in path order: %s before %s", bs[i-1].Path, b.Path)
		}
	}
}
