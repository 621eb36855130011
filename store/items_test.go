package store

import (
	"fmt"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

// A story two feeds carry goes to the earlier subscription, whichever
// feed stored it; the feed that owns it keeps it, and an unknown key is
// not found.
func TestClaimItem(t *testing.T) {
	t.Parallel()
	db := openTest(t, t.TempDir())
	earlier, later := "https://almora.example/feed", "https://corvenia.example/feed"
	for _, u := range []string{earlier, later} {
		if err := db.Subscribe(u); err != nil {
			t.Fatal(err)
		}
	}
	b := &data.Briefing{ID: "marrow-1", Title: "Marrow Talks", Paragraphs: []data.Paragraph{{Text: "Minister Ilse Marrow said the talks go on."}}}
	it := Item{Key: "marrow", SID: "marrow-1", Feed: later, File: "/items/marrow.json", Fetched: time.Unix(1e9, 0)}
	if r, err := db.PutItem(it, "h", b, false); err != nil || r != ItemAdded {
		t.Fatalf("PutItem %v %v", r, err)
	}
	for _, c := range []struct {
		key, feed    string
		found, moved bool
		owner        string
	}{
		{"marrow", later, true, false, later},    // its own
		{"marrow", earlier, true, true, earlier}, // the earlier subscription takes it
		{"marrow", earlier, true, false, earlier},
		{"marrow", later, true, false, earlier}, // the later one does not take it back
		{"greve", earlier, false, false, ""},
	} {
		found, moved, err := db.ClaimItem(c.key, c.feed)
		if err != nil || found != c.found || moved != c.moved {
			t.Errorf("ClaimItem(%s, %s) = %v %v %v, want %v %v", c.key, c.feed, found, moved, err, c.found, c.moved)
		}
		if got, ok, _ := db.LookupItem(c.key); ok && got.Feed != c.owner {
			t.Errorf("after ClaimItem(%s, %s) the owner is %s, want %s", c.key, c.feed, got.Feed, c.owner)
		}
	}
}

// Items stored one after the other, each through the statements the
// database keeps prepared, are each stored with their own values, also
// after the database is opened again.
func TestItemsStoredOneAfterAnother(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := openTest(t, dir)
	const n = 5
	for i := range n {
		b := &data.Briefing{ID: fmt.Sprint("tesmar-", i), Title: fmt.Sprint("Tesmar Release ", i), Paragraphs: []data.Paragraph{{Text: fmt.Sprint("Release ", i, " stands.")}}}
		it := Item{Key: fmt.Sprint("k", i), SID: b.ID, Feed: "https://tesmar.example/feed", File: fmt.Sprintf("/items/%d.json", i), Fetched: time.Unix(int64(i), 0)}
		if r, err := db.PutItem(it, fmt.Sprint("h", i), b, false); err != nil || r != ItemAdded {
			t.Fatalf("item %d: %v %v", i, r, err)
		}
		if r, err := db.PutItem(it, fmt.Sprint("h", i), b, false); err != nil || r != ItemKept {
			t.Fatalf("item %d again: %v %v", i, r, err)
		}
	}
	check := func(db *DB) {
		t.Helper()
		for i := range n {
			it, ok, err := db.LookupItem(fmt.Sprint("k", i))
			if err != nil || !ok || it.SID != fmt.Sprint("tesmar-", i) || it.File != fmt.Sprintf("/items/%d.json", i) || it.Fetched.Unix() != int64(i) {
				t.Errorf("item %d: %+v %v %v", i, it, ok, err)
			}
			if taken, err := db.SIDTaken(fmt.Sprint("tesmar-", i), "other"); err != nil || !taken {
				t.Errorf("SIDTaken(tesmar-%d) = %v %v", i, taken, err)
			}
		}
		if n2, err := db.ItemCount(); err != nil || n2 != n {
			t.Errorf("%d items, %v", n2, err)
		}
	}
	check(db)
	db.Close()
	check(openTest(t, dir))
}
