package library

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data"
)

// The real State Department and White House snapshots, served on
// loopback, fill the library; a second refresh fetches nothing new.
func TestSharedFeedsFillTheLibrary(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "feeds", "*.rss"))
	if len(paths) == 0 {
		t.Skip("../shared/feeds is absent")
	}
	srv := newFeedServer(t)
	l := open(t)
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		subscribe(t, l, srv.set("/"+filepath.Base(p), string(raw)))
	}
	rep, err := l.Refresh(context.Background(), nil)
	if err != nil || len(rep.Failed()) > 0 {
		t.Fatalf("refresh: %v, failed %v", err, rep.Failed())
	}
	if rep.New() != 10*len(paths) {
		t.Errorf("%d new, want %d", rep.New(), 10*len(paths))
	}
	attr, _ := data.NewAttributor("")
	bs, errs := l.Briefings(attr)
	if len(errs) > 0 || len(bs) != 10*len(paths) {
		t.Fatalf("%d stories, errors %v", len(bs), errs)
	}
	for i, b := range bs {
		if i > 0 && b.Date.After(bs[i-1].Date) {
			t.Errorf("%q is newer than the story before it", b.Title)
		}
		for _, p := range b.Paragraphs {
			if strings.Contains(p.Text, "jQuery") || strings.Contains(p.Text, "<") {
				t.Errorf("%q: script or markup in %.80q", b.Title, p.Text)
			}
		}
	}
	rep, err = l.Refresh(context.Background(), nil)
	if err != nil || rep.New() != 0 {
		t.Errorf("second refresh: %d new, error %v", rep.New(), err)
	}
	for _, p := range paths {
		if full, notMod := srv.counts("/" + filepath.Base(p)); full != 1 || notMod != 1 {
			t.Errorf("%s: %d full fetches and %d 304s, want 1 and 1", filepath.Base(p), full, notMod)
		}
	}
}
