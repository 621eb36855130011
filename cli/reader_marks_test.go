package cli

import (
	"slices"
	"testing"
)

// The built-in examples are for a reader with nothing else to show: a
// path given on the command line, or a library holding stories (see
// TestReaderStoredAndRefresh), leaves them out.
func TestExamplesAreHiddenWhenAPathIsGiven(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	calm := writeStory(t, t.TempDir(), "calm.txt", calmStory)
	ids, errs := loadAll(w.newReader(calm))
	if len(errs) > 0 || !slices.Equal(ids, []string{"calm"}) {
		t.Errorf("reader of %s lists %q (%v)", calm, ids, errs)
	}
	ids, _ = loadAll(w.newReader()) // an empty library: the examples
	if !slices.Contains(ids, "000_9ff3adb9c3e641cd") {
		t.Errorf("a new user's reader lists %q, without the examples", ids)
	}
}

// The reader's marks go through to the library: a read mark taken back,
// many marked at once, a statement's star.
func TestReaderReadingMarks(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	r := w.newReader()
	defer r.Close()
	r.MarkRead("tesmar-1")
	r.MarkUnread("tesmar-1")
	r.MarkAllRead([]string{"orlavia-2", "kestria-3"})
	r.SetStatementStarred("orlavia-2#5a", true)
	again := w.newReader()
	defer again.Close()
	if again.IsRead("tesmar-1") || !again.IsRead("orlavia-2") || !again.IsRead("kestria-3") {
		t.Error("read marks were not kept")
	}
	if !again.IsStatementStarred("orlavia-2#5a") || again.IsStatementStarred("orlavia-2#5b") {
		t.Error("the statement star was not kept")
	}
}
