package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

// A streamed array is byte for byte what encoding the slice whole gives:
// the scorers and scripts that read "quotes --json" see no change.
func TestJSONArrayMatchesWriteJSON(t *testing.T) {
	t.Parallel()
	role := "Foreign Minister"
	for _, n := range []int{0, 1, 3} {
		var qs []quoteJSON
		for i := range n {
			qs = append(qs, quoteJSON{Story: "tesmar-<1>", Paragraph: i + 1, Speaker: "Ansel Varo & co", Role: &role,
				Kind: "direct", Text: "“The line will hold,” he said <today>."})
		}
		var whole, streamed bytes.Buffer
		if qs == nil {
			qs = []quoteJSON{}
		}
		if err := writeJSON(jsonOut{&whole}, qs); err != nil {
			t.Fatal(err)
		}
		a := newJSONArray(jsonOut{&streamed})
		for _, q := range qs {
			a.add(q)
		}
		if err := a.close(); err != nil {
			t.Fatal(err)
		}
		if whole.String() != streamed.String() {
			t.Errorf("%d elements: streamed\n%s\nwant\n%s", n, streamed.String(), whole.String())
		}
		if !json.Valid(streamed.Bytes()) {
			t.Errorf("%d elements: not JSON", n)
		}
	}
}

// "brief search" finds a story by a word of its body, through the index,
// and names it by the ID "brief list" gives it.
func TestSearchCommand(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	// Empty folders, not newWorld's new database.
	getenv := (&world{vars: map[string]string{envDataDir: t.TempDir(), envConfigDir: t.TempDir()}}).getenv
	dir := t.TempDir()
	writeStory(t, dir, "tesmar.txt", "Tesmar Reopens the Border\nHollin – Foreign Minister Ansel Varo said the crossing at Ambra would reopen.\n")
	writeStory(t, dir, "orlavia.txt", "Orlavia Files a Complaint\nLysa – Envoy Mira Dalen said the duties broke the accord.\n")
	var out, errb bytes.Buffer
	code := runWith(getenv, []string{"search", "--json", "crossing", dir}, nil, &out, &errb)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var hits []searchJSON
	if err := json.Unmarshal(out.Bytes(), &hits); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if len(hits) != 1 || hits[0].ID != "tesmar" || hits[0].Snippet == "" {
		t.Errorf("hits %+v", hits)
	}
	out.Reset()
	if code := runWith(getenv, []string{"search"}, nil, &out, &errb); code != ExitUsage {
		t.Errorf("no words: exit %d", code)
	}
}

// A damaged database is named on stderr and rebuilt; brief goes on.
func TestDamagedDatabaseIsNamed(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	dataDir := w.dataDir
	if code, _, errs := w.run("", "subscribe", "--force", "https://mfa.tesmar.example/feed"); code != ExitOK {
		t.Fatal(errs)
	}
	db := filepath.Join(dataDir, "brief.db")
	if err := os.WriteFile(db, []byte("garbage, not a database"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(db + "-wal")
	code, out, errs := w.run("", "subscriptions")
	if code != ExitOK || !strings.Contains(errs, db) || !strings.Contains(errs, "damaged") || !strings.Contains(out, "mfa.tesmar.example") {
		t.Errorf("exit %d\nstdout %s\nstderr %s\nwant the database named and the subscription kept", code, out, errs)
	}
}

// A data folder brief cannot write to is named, and the built-in
// briefings still show.
func TestReadOnlyDataFolderIsNamed(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	ro := filepath.Join(t.TempDir(), "ro")
	if err := os.Mkdir(ro, 0o555); err != nil {
		t.Fatal(err)
	}
	if f, err := os.CreateTemp(ro, "probe"); err == nil { // root writes through permissions
		f.Close()
		os.Remove(f.Name())
		ro = "/sys/brief-test-data"
		if f, err := os.CreateTemp("/sys", "probe"); err == nil || os.Getenv("GOOS") == "windows" {
			f.Close()
			t.Skip("no folder this user cannot write to")
		}
	}
	w := newWorld(t)
	w.setenv(envDataDir, ro)
	code, out, errs := w.run("", "list")
	if code != ExitOK || !strings.Contains(errs, ro) || !strings.Contains(errs, "read-only") || !strings.Contains(out, "000_9ff3adb9c3e641cd") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", code, out, errs)
	}
}

// readTwoStories is a reader of a folder of two stories, Tesmar's and
// Orlavia's, isolated from the user's files, and the stories it loaded.
func readTwoStories(t *testing.T) (*Reader, []*data.Briefing) {
	t.Helper()
	w := newWorld(t)
	dir := t.TempDir()
	writeStory(t, dir, "tesmar.txt", "Tesmar Reopens the Border\nHollin – Foreign Minister Ansel Varo said the crossing at Ambra would reopen.\n")
	writeStory(t, dir, "orlavia.txt", "Orlavia Files a Complaint\nLysa – Envoy Mira Dalen said the duties broke the accord.\n")
	var errb bytes.Buffer
	r, code := w.parseReader([]string{dir}, nil, &errb)
	if r == nil {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	t.Cleanup(func() { r.Close() })
	var bs []*data.Briefing
	r.Load(nil, func(b *data.Briefing, err error) {
		if b != nil {
			bs = append(bs, b)
		}
	})
	return r, bs
}

// The reader's story-list filter finds a story by a word of its body
// through the index, once the index has caught up with the load.
func TestReaderSearchesBodies(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	r, bs := readTwoStories(t)
	for i := 0; !r.indexed.Load(); i++ {
		if i > 1000 {
			t.Fatal("the index never caught up")
		}
		time.Sleep(10 * time.Millisecond)
	}
	in := r.SearchBodies("crossi")
	if in == nil {
		t.Fatal("no body search")
	}
	for _, b := range bs {
		if got, want := in(b), b.ID == "tesmar"; got != want {
			t.Errorf("%s: found %v, want %v", b.ID, got, want)
		}
	}
}

// Close stops the background indexing and waits for it, so that no
// transaction is left on a closed library (a test's folder could not be
// removed under one), and a second Close does nothing.
func TestCloseWaitsForTheIndex(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	r, _ := readTwoStories(t)
	r.mu.Lock()
	done := r.indexDone
	r.mu.Unlock()
	if done == nil {
		t.Fatal("loading started no indexing")
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	default:
		t.Fatal("Close returned while the index was being written")
	}
	if err := r.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	r.indexInBackground()
	r.mu.Lock()
	again := r.indexDone
	r.mu.Unlock()
	if again != done {
		t.Error("indexing started again after Close")
	}
}
