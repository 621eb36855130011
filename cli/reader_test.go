package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/library"
	"github.com/brief-reader/brief/store"
)

// loadAll reads what the reader lists, as the TUI does: the library's
// stories (Stored), then what Reader.Load emits.
func loadAll(r *Reader) (ids []string, errs []error) {
	if s, err := r.Stored(); err != nil {
		errs = append(errs, err)
	} else if s != nil {
		bs, err := s.Read(0, s.Len())
		if err != nil {
			errs = append(errs, err)
		}
		for _, b := range bs {
			ids = append(ids, b.ID)
		}
	}
	r.Load(strings.NewReader(""), func(b *data.Briefing, err error) {
		if b != nil {
			ids = append(ids, b.ID)
		}
		if err != nil {
			errs = append(errs, err)
		}
	})
	return ids, errs
}

// TestReaderRefresh drives the reader's side of the library as the TUI
// does: load, refresh, refresh again after the feed changed, mark read.
func TestReaderRefresh(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	srv := newFeedServer(t)
	url := srv.set("/almora.rss", almoraFeed)
	w.mustRun(ExitOK, "subscribe", url)

	r := w.newReader()
	if !r.HasLibrary() {
		t.Fatal("no library")
	}
	ids, errs := loadAll(r)
	if len(errs) > 0 || len(ids) == 0 || ids[0] != "000_9ff3adb9c3e641cd" {
		t.Fatalf("first load: %q, %v", ids, errs)
	}

	var mu sync.Mutex
	var progress [][2]int
	report := func(done, total int) {
		mu.Lock()
		defer mu.Unlock()
		progress = append(progress, [2]int{done, total})
	}
	tests := []struct {
		name    string
		feed    string
		titles  []string // of the stories returned, in order
		summary string
	}{
		{"new feed", almoraFeed, []string{tradeItem.title, talksItem.title}, "2 new stories from 1 feed, 0 failed"},
		{"unchanged", almoraFeed, nil, "0 new stories from 1 feed, 0 failed"},
		{"one more item", rssFeed("Almora Ministry", talksItem, tradeItem, portItem), []string{portItem.title}, "1 new story from 1 feed, 0 failed"},
	}
	for _, tt := range tests {
		srv.set("/almora.rss", tt.feed)
		progress = nil
		stories, summary, err := r.Refresh(context.Background(), report)
		if err != nil || summary != tt.summary {
			t.Errorf("%s: summary %q, err %v; want %q", tt.name, summary, err, tt.summary)
		}
		var got []string
		for _, b := range stories {
			got = append(got, b.Title)
			if len(b.Statements) == 0 {
				t.Errorf("%s: %q came back unattributed", tt.name, b.Title)
			}
		}
		if !slices.Equal(got, tt.titles) {
			t.Errorf("%s: stories %q, want %q", tt.name, got, tt.titles)
		}
		if !slices.Equal(progress, [][2]int{{1, 1}}) {
			t.Errorf("%s: progress %v, want one feed of one done", tt.name, progress)
		}
	}

	// Read state goes through to the library and outlives the reader.
	r.MarkRead(talksItem.guid) // any ID will do
	r.MarkRead("000_9ff3adb9c3e641cd")
	again := w.newReader()
	if !again.IsRead("000_9ff3adb9c3e641cd") || !again.IsRead(talksItem.guid) || again.IsRead("never-opened") {
		t.Error("read state was not kept")
	}
	// A new reader starts with the library's stories, newest first,
	// and without the built-in examples: the library holds stories.
	ids, _ = loadAll(again)
	if len(ids) != 3 || !strings.HasPrefix(ids[0], "port-of-selm-reopens-") || slices.Contains(ids, "000_9ff3adb9c3e641cd") {
		t.Errorf("second reader loads %q", ids)
	}
}

// TestReaderRefreshProblems: what the status line says when a refresh
// cannot happen or a feed fails.
func TestReaderRefreshProblems(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	tests := []struct {
		name        string
		setup       func(w *world, srv *feedServer)
		summaryHas  string
		err         error
		wantStories int
	}{
		{"no subscriptions", func(*world, *feedServer) {}, "no subscriptions to refresh", nil, 0},
		{"offline", func(w *world, _ *feedServer) {
			w.mustRun(ExitOK, "subscribe", "--force", "http://127.0.0.1:1/feed.rss") // port 1: refused
		}, "no network; nothing changed", library.ErrOffline, 0},
		{"one feed fails", func(w *world, srv *feedServer) {
			w.mustRun(ExitOK, "subscribe", srv.set("/almora.rss", almoraFeed))
			w.mustRun(ExitOK, "subscribe", "--force", srv.URL+"/broken.rss")
		}, "2 new stories from 2 feeds, 1 failed (" + "http://127.0.0.1", nil, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := newWorld(t)
			srv := newFeedServer(t)
			tt.setup(w, srv)
			r := w.newReader()
			// The reader lists the library before a refresh can be asked
			// for; a story already in that list is not handed over again,
			// so the list is read first, as the reader does.
			if _, err := r.Stored(); err != nil {
				t.Fatal(err)
			}
			stories, summary, err := r.Refresh(context.Background(), nil)
			if !strings.Contains(summary, tt.summaryHas) || !errors.Is(err, tt.err) || len(stories) != tt.wantStories {
				t.Errorf("summary %q, err %v, %d stories; want %q, %v, %d", summary, err, len(stories), tt.summaryHas, tt.err, tt.wantStories)
			}
		})
	}
}

// TestReaderWithoutLibrary: a library that cannot be opened is named
// among the problems when its stories are missed, and its functions are
// harmless.
func TestReaderWithoutLibrary(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	tests := []struct {
		name    string
		args    []string
		warning bool
	}{
		{"no paths", nil, true},
		{"paths", []string{"-"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := newWorld(t)
			file := filepath.Join(t.TempDir(), "file")
			if err := os.WriteFile(file, nil, 0o644); err != nil {
				t.Fatal(err)
			}
			w.setenv(envDataDir, file)
			r := w.newReader(tt.args...)
			warned := false
			for _, err := range r.Problems {
				warned = warned || strings.Contains(err.Error(), "library in "+file)
			}
			if r.HasLibrary() || warned != tt.warning {
				t.Errorf("HasLibrary %v, warned %v (want %v): %v", r.HasLibrary(), warned, tt.warning, r.Problems)
			}
			r.MarkRead("x")
			if r.IsRead("x") {
				t.Error("read without a library")
			}
			stories, summary, err := r.Refresh(context.Background(), nil)
			if stories != nil || !errors.Is(err, errNoLibrary) || !strings.Contains(summary, file) {
				t.Errorf("Refresh: %v, %q, %v", stories, summary, err)
			}
		})
	}
}

// The library's stories are listed from its order, read as they come on
// screen: a refresh gives the reader only stories that are not among
// them, whether their rows have been read yet or not.
func TestReaderStoredAndRefresh(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	srv := newFeedServer(t)
	url := srv.set("/almora.rss", almoraFeed)
	w.mustRun(ExitOK, "subscribe", url)
	w.mustRun(ExitOK, "refresh")

	r := w.newReader()
	s, err := r.Stored()
	if err != nil || s == nil || s.Len() != 2 {
		t.Fatalf("stored %v, %v", s, err)
	}
	// One row read (on screen), the other not yet.
	first, err := s.Read(0, 1)
	if err != nil || len(first) != 1 || first[0].Title != tradeItem.title || first[0].Paragraphs != nil || first[0].NumStatements() == 0 {
		t.Fatalf("first row %v, %v", first, err)
	}
	if err := r.Body(first[0]); err != nil || len(first[0].Paragraphs) == 0 {
		t.Errorf("its body: %v", err)
	}
	if _, err := s.Read(1, 3); err == nil {
		t.Error("rows past the end were read")
	}
	srv.set("/almora.rss", rssFeed("Almora Ministry", talksItem, tradeItem, portItem))
	stories, summary, err := r.Refresh(context.Background(), nil)
	if err != nil || len(stories) != 1 || stories[0].Title != portItem.title {
		var titles []string
		for _, b := range stories {
			titles = append(titles, b.Title)
		}
		t.Errorf("refresh gave %q (%s, %v), want only %q", titles, summary, err, portItem.title)
	}
	// The built-in briefings are left out once the library holds
	// stories (TestReaderRefresh: they are shown while it holds none).
	ids, errs := loadAll(w.newReader())
	if len(errs) > 0 || len(ids) != 3 || !strings.HasPrefix(ids[0], "port-of-selm-reopens-") || slices.Contains(ids, "000_9ff3adb9c3e641cd") {
		t.Errorf("a new reader lists %q (%v)", ids, errs)
	}
}

// A library longer than the head the reader waits for: rows past it
// wait for the rest of the order, which comes of the same moment; a read
// after the reader is closed fails rather than crashing the exit.
func TestReaderStoredPastTheHead(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	dataDir := w.dataDir
	db, err := store.Open(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	n := storedHead + 50
	var items []store.BulkItem
	for i := range n {
		date := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
		b := &data.Briefing{Title: fmt.Sprintf("Orlavia and Tesmar, round %d", i), Date: date,
			Paragraphs: []data.Paragraph{{Text: "The envoys met."}}}
		items = append(items, store.BulkItem{Item: store.Item{Key: fmt.Sprint(i), SID: fmt.Sprintf("round-%d", i), Feed: "f",
			File: filepath.Join(dataDir, "items", fmt.Sprintf("%d.json", i)), Fetched: date, Date: date}, Hash: fmt.Sprint(i), Briefing: b})
	}
	if err := db.BulkItems(items, ""); err != nil {
		t.Fatal(err)
	}
	db.Close()

	r := w.newReader()
	t.Cleanup(func() { r.Close() })
	s, err := r.Stored()
	if err != nil || s == nil || s.Len() != n {
		t.Fatalf("stored %v, %v", s, err)
	}
	last, err := s.Read(n-2, n)
	if err != nil || last[1].Title != "Orlavia and Tesmar, round 0" || last[0].Title != "Orlavia and Tesmar, round 1" {
		t.Fatalf("the last rows: %v, %v", last, err)
	}
	first, err := s.Read(0, 1)
	if err != nil || first[0].Title != fmt.Sprintf("Orlavia and Tesmar, round %d", n-1) {
		t.Fatalf("the first row: %v, %v", first, err)
	}

	closed := w.newReader()
	cs, _ := closed.Stored()
	if err := closed.Close(); err != nil {
		t.Fatal(err)
	}
	if rows, err := cs.Read(n-1, n); err == nil {
		t.Errorf("read after Close: %v", rows)
	}
}
