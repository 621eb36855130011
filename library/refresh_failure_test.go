package library

// Refresh under failure: feeds that fail or go offline, a refresh cut off
// part way, leftovers of a crash, and damaged stored files.

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/feed"
)

// A feed that fails is reported by name with the reason; the others
// still refresh.
func TestRefreshFailuresAreReportedByFeed(t *testing.T) {
	srv := newFeedServer(t)
	good := srv.set("/good.rss", rss("Almora", marrow,
		item{guid: "untitled", body: "The consulate in Darsk will reopen on Monday.", date: day(10)},
		item{guid: "empty", title: "Statement on the Hask Accord", date: day(9)},
	))
	tests := []struct {
		path    string
		handler http.HandlerFunc
		reason  string
	}{
		{"/missing.rss", http.NotFound, "HTTP 404 Not Found"},
		{"/malformed.rss", func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Unclosed`))
		}, "malformed feed"},
		{"/page.html", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(`<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/good.rss"></head><body><p>Not a feed.</p></body></html>`))
		}, "not an RSS, Atom or JSON feed: it is a web page; its feed is " + good},
		{"/slow.rss", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		}, "timed out after 300ms"},
		{"/loop.rss", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/loop.rss", http.StatusFound)
		}, "more than 3 redirects"},
		{"/huge.rss", func(w http.ResponseWriter, r *http.Request) {
			chunk := []byte(strings.Repeat("<!-- padding -->", 4096))
			for sent := 0; sent < 50<<20; sent += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		}, "response too large: over 1 MiB"},
	}
	l := open(t, func(o *Options) {
		o.Client = feed.NewClient(feed.Options{Timeout: 300 * time.Millisecond, MaxBytes: 1 << 20, MaxRedirects: 3})
	})
	subscribe(t, l, good)
	for _, tt := range tests {
		subscribe(t, l, srv.handle(tt.path, tt.handler))
	}
	rep, err := l.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Feeds[0].Err != nil || rep.Feeds[0].New != 3 {
		t.Errorf("the good feed: %d new, error %v; want 3 new", rep.Feeds[0].New, rep.Feeds[0].Err)
	}
	subs, err := l.Subscriptions()
	if err != nil {
		t.Fatal(err)
	}
	for i, tt := range tests {
		res := rep.Feeds[i+1]
		if res.Err == nil || !strings.Contains(res.Err.Error(), tt.reason) || res.Name() != srv.URL+tt.path {
			t.Errorf("%s: %s: %v; want a reason containing %q", tt.path, res.Name(), res.Err, tt.reason)
		}
		if !strings.Contains(subs[i+1].LastError, tt.reason) || subs[i+1].LastRefresh.IsZero() {
			t.Errorf("%s: subscription says last error %q at %v", tt.path, subs[i+1].LastError, subs[i+1].LastRefresh)
		}
	}
	// Items with no title or no body are stored all the same.
	got := titles(briefings(t, l))
	want := []string{"Marrow Welcomes Darsk Talks", "The consulate in Darsk will reopen on Monday.", "Statement on the Hask Accord"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("stories %q, want %q", got, want)
	}
}

// With no network the library still reads from disk, and a refresh says
// so and changes nothing.
func TestRefreshOffline(t *testing.T) {
	srv := newFeedServer(t)
	url := srv.set("/almora.rss", rss("Almora", marrow, exchange))
	l := open(t)
	subscribe(t, l, url)
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	srv.Close() // the network goes away: connections are refused
	before := snapshot(t, l.dataDir)
	subsBefore, _ := l.Subscriptions()
	rep, err := l.Refresh(context.Background(), nil)
	if subsAfter, _ := l.Subscriptions(); fmt.Sprint(subsAfter) != fmt.Sprint(subsBefore) {
		t.Errorf("an offline refresh changed the subscriptions: %+v, was %+v", subsAfter, subsBefore)
	}
	if !errors.Is(err, ErrOffline) {
		t.Fatalf("error %v, want ErrOffline", err)
	}
	if !strings.Contains(err.Error(), "no network") || rep.Feeds[0].Err == nil {
		t.Errorf("error %q; feed error %v", err, rep.Feeds[0].Err)
	}
	// The database logs the attempt; the stories and what is known of
	// the feeds stay as they were.
	if after := snapshot(t, l.dataDir); after != before {
		t.Errorf("an offline refresh changed the data folder:\nbefore %s\nafter  %s", before, after)
	}
	if got := len(briefings(t, l)); got != 2 {
		t.Errorf("%d stories offline, want 2", got)
	}
}

// snapshot describes every file under dir with its contents.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), "brief.db") {
			return err
		}
		raw, err := os.ReadFile(path)
		fmt.Fprintf(&b, "%s=%x ", strings.TrimPrefix(path, dir), raw)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// A refresh killed part-way (its context cancelled between two writes)
// leaves a library that loads, with every item it stored whole, and the
// next refresh fetches the rest.
func TestRefreshCancelledPartWay(t *testing.T) {
	t.Parallel()
	var items []item
	for i := 1; i <= 6; i++ {
		items = append(items, item{guid: fmt.Sprintf("almora-%d", i), title: fmt.Sprintf("Almora Release %d", i), date: day(i),
			body: fmt.Sprintf("Spokesperson Tobin Achterberg said release %d was final.", i)})
	}
	srv := newFeedServer(t)
	url := srv.set("/almora.rss", rss("Almora", items...))
	l := open(t)
	subscribe(t, l, url)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err := l.Refresh(ctx, func(p Progress) {
		if p.New == 2 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	bs := briefings(t, l) // fails on any file that is not whole
	if len(bs) != 2 {
		t.Fatalf("%d stories stored before the cancel, want 2", len(bs))
	}
	for _, b := range bs {
		if len(b.Paragraphs) != 1 || !strings.HasSuffix(b.Paragraphs[0].Text, "was final.") {
			t.Errorf("%q: text %q", b.Title, texts(b))
		}
	}
	entries, _ := os.ReadDir(l.itemsDir())
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}

	// The interrupted feed kept no validators, so the next refresh asks
	// for the whole feed again instead of accepting a 304.
	rep, err := l.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.New() != 4 {
		t.Errorf("the next refresh stored %d, want the 4 left", rep.New())
	}
	if got := len(briefings(t, l)); got != 6 {
		t.Errorf("%d stories in the end, want 6", got)
	}
}

func texts(b *data.Briefing) []string {
	var out []string
	for _, p := range b.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

// A crash mid-write leaves at most a temporary file: it is never read as
// an item, and an old one is cleared when the library next opens.
func TestCrashLeftovers(t *testing.T) {
	t.Parallel()
	srv := newFeedServer(t)
	url := srv.set("/almora.rss", rss("Almora", marrow))
	l := open(t)
	subscribe(t, l, url)
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(l.itemsDir(), tempPrefix+"0123.json-42")
	fresh := filepath.Join(l.itemsDir(), tempPrefix+"4567.json-43")
	for _, p := range []string{stale, fresh} {
		if err := os.WriteFile(p, []byte(`{"version": 1, "id": "half-wri`), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	if got := len(briefings(t, l)); got != 1 {
		t.Errorf("%d stories, want 1", got)
	}
	if _, err := Open(l.dataDir, l.configDir, Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale temporary file kept: %v", err)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("a young temporary file (maybe another brief's) was removed: %v", err)
	}
}

// A stored file that is not an item is reported by name; the rest load.
func TestRefreshReportsBadFiles(t *testing.T) {
	t.Parallel()
	srv := newFeedServer(t)
	url := srv.set("/almora.rss", rss("Almora", marrow))
	l := open(t)
	subscribe(t, l, url)
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(l.itemsDir(), "edited-by-hand.json")
	if err := os.WriteFile(bad, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A refresh looks for files the database does not know: it names the
	// damaged one and leaves it where it is.
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	bs, errs := l.Briefings(nil)
	notes := strings.Join(l.Notes, "\n")
	if len(bs) != 1 || len(errs) != 0 || !strings.Contains(notes, "edited-by-hand.json") {
		t.Errorf("%d stories, errors %v, notes %q; want 1 story and a note naming the file", len(bs), errs, notes)
	}
	if _, err := os.Stat(bad); err != nil {
		t.Errorf("the damaged file is gone: %v", err)
	}
}

// A stored file spoilt by hand does not block the item it belongs to.
func TestRefreshReplacesASpoiltFile(t *testing.T) {
	t.Parallel()
	srv := newFeedServer(t)
	url := srv.handle("/almora.rss", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(rss("Almora", marrow))) })
	l := open(t)
	subscribe(t, l, url)
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	files, _ := l.itemFiles()
	if err := os.WriteFile(files[0], []byte("{spoilt"), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := l.Refresh(context.Background(), nil)
	if err != nil || rep.Feeds[0].Err != nil || rep.Feeds[0].Updated != 1 {
		t.Fatalf("refresh: %v, %+v; want the spoilt file written again", err, rep.Feeds)
	}
	if _, _, err := readRecord(files[0]); err != nil {
		t.Errorf("the spoilt file was not mended: %v", err)
	}
	if got := titles(briefings(t, l)); len(got) != 1 || got[0] != marrow.title {
		t.Errorf("stories %q", got)
	}
}
