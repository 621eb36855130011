package library

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/brief-reader/brief/feed"
)

// TestStoredIDsStay: IDs are now made as feed.StoryID makes them, the same
// for a feed file, its URL and the library. A story stored before keeps
// the ID it was stored with (an older slug of the raw title, 8 digits):
// read marks and IDs users copied still name it, and seeing the item
// again in a refresh does not change it.
func TestStoredIDsStay(t *testing.T) {
	t.Parallel()
	l := open(t)
	const key, old = "guid:corvenia-3", "corvenia-amp-almora-agree-1a2b3c4d"
	it := feedItem("Corvenia &amp; Almora Agree", key)
	rec := record{Version: 1, ID: old, Key: key, Feed: "https://mfa.almora.example/feed", Fetched: day(2), Item: it}
	raw, err := json.Marshal(rec)
	must(t, err)
	must(t, os.WriteFile(filepath.Join(l.itemsDir(), fileName(key)), raw, 0o644))
	if n, err := l.reconcile(); err != nil || n != 1 {
		t.Fatalf("reconcile: %d, %v", n, err)
	}
	must(t, l.MarkRead(old))
	id, _, result, err := l.store("https://mfa.almora.example/feed", "Almora Ministry", it, day(3).Add(time.Hour))
	if err != nil || id != old || result != kept {
		t.Errorf("stored again: %q, %v, %v; want %q, kept", id, result, err, old)
	}
	bs := briefings(t, l)
	if len(bs) != 1 || bs[0].ID != old || !l.IsRead(old) {
		t.Errorf("stories %v, read %v; want the one, as %q and read", bs, l.IsRead(old), old)
	}
	// A new item gets the ID a feed file would give it.
	fresh := feedItem("Corvenia &amp; Almora Agree", "guid:corvenia-4")
	id, _, _, err = l.store("https://mfa.almora.example/feed", "Almora Ministry", fresh, day(3))
	if err != nil || id != fresh.ID() || id != feed.StoryID("Corvenia & Almora Agree", "guid:corvenia-4", feed.IDHashDigits) {
		t.Errorf("new item: %q, %v; want %q", id, err, fresh.ID())
	}
}
