package store

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

func TestSearch(t *testing.T) {
	t.Parallel()
	db := openTest(t, t.TempDir())
	add := func(path, raw string) {
		b, err := data.Parse(path, []byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		a := builtinAttributor()
		a.Attribute(b)
		if _, err := db.CacheFile(CachedFile{Path: path, Size: int64(len(raw)), MTime: time.Unix(1, 0), Hash: Hash([]byte(raw))}, []*data.Briefing{b}, a.Version()); err != nil {
			t.Fatal(err)
		}
	}
	add("/s/body.txt", "Orlavia Opens a Consulate\nLysa – The ministry said the ceasefire along the Ambra line held overnight.\n")
	add("/s/title.txt", "Ceasefire Holds on the Ambra Line\nHollin – Officials met again on Tuesday.\n")
	add("/s/other.txt", "Kestria Raises Steel Duties\nVarn – The trade minister said nothing of the talks.\n")

	hits, err := db.Search("ceasefire ambra", ScopeFiles, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 || hits[0].Path != "/s/title.txt" || hits[1].Path != "/s/body.txt" {
		t.Fatalf("hits %+v: want the headline match first, then the body's", hits)
	}
	if !strings.Contains(hits[1].Snippet, SnippetOpen+"ceasefire"+SnippetClose) {
		t.Errorf("snippet %q does not mark the word found", hits[1].Snippet)
	}
	// What users type is never an FTS5 operator or a syntax error.
	for _, q := range []string{`ceasefire"`, "ceasefire OR NOT (", "-ceasefire", "title:ceasefire", "NEAR(a b)"} {
		if _, err := db.Search(q, ScopeFiles, 10); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	}
	if hits, _ := db.SearchPrefix("ceasef", ScopeFiles, 10); len(hits) != 2 {
		t.Errorf("prefix: %d hits, want 2", len(hits))
	}
	if hits, _ := db.Search("ceasef", ScopeFiles, 10); len(hits) != 0 {
		t.Errorf("a whole-word search found a prefix: %+v", hits)
	}
	// A story changed is found by its new words only.
	add("/s/body.txt", "Orlavia Opens a Consulate\nLysa – The ministry spoke of trade.\n")
	if hits, _ := db.Search("ceasefire", ScopeFiles, 10); len(hits) != 1 {
		t.Errorf("after a change: %d hits, want 1", len(hits))
	}
	if hits, _ := db.Search("ceasefire", ScopeLibrary, 10); len(hits) != 0 {
		t.Errorf("the library scope found files: %+v", hits)
	}
}

// A cancelled IndexPending indexes nothing and says why; the next call
// goes on from where it stopped.
func TestIndexPendingStopsWhenCancelled(t *testing.T) {
	t.Parallel()
	db := openTest(t, t.TempDir())
	raw := "Orlavia Opens a Consulate\nLysa – The ministry said the ceasefire held.\n"
	b, err := data.Parse("/s/a.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	a := builtinAttributor()
	a.Attribute(b)
	if _, err := db.CacheFile(CachedFile{Path: "/s/a.txt", Size: int64(len(raw)), MTime: time.Unix(1, 0), Hash: Hash([]byte(raw))}, []*data.Briefing{b}, a.Version()); err != nil {
		t.Fatal(err)
	}
	pending := func() (n int) {
		t.Helper()
		if err := db.sql.QueryRow(`SELECT count(*) FROM docs WHERE indexed = 0`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := db.IndexPending(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v, want context.Canceled", err)
	}
	if n := pending(); n != 1 {
		t.Fatalf("%d stories waiting after a cancelled IndexPending, want 1", n)
	}
	if err := db.IndexPending(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := pending(); n != 0 {
		t.Errorf("%d stories still waiting", n)
	}
}
