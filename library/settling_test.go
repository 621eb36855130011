package library

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/brief-reader/brief/store"
)

// A refresh takes in the item files a killed refresh left unrecorded, but
// not one written a moment ago: that one may be another process's store
// in progress, and taking it in first left the item counted new by
// neither process (TestConcurrentRefreshesCount failed about 1 run in 15).
func TestRefreshLeavesAFileBeingStoredToItsWriter(t *testing.T) {
	t.Parallel()
	srv := newFeedServer(t)
	a := srv.set("/almora.rss", rss("Almora", releases(1)...))
	l := open(t)
	subscribe(t, l, a)
	unrecorded := func(key, title string) (*record, string, []byte) {
		rec := &record{Version: 1, ID: key[len("guid:"):], Key: key, Feed: a, Fetched: day(2), Item: feedItem(title, key)}
		raw, err := json.Marshal(rec)
		must(t, err)
		path := filepath.Join(l.itemsDir(), fileName(key))
		must(t, os.WriteFile(path, raw, 0o644))
		return rec, path, raw
	}
	_, killedPath, _ := unrecorded("guid:killed-1", "Left By A Killed Refresh")
	long := time.Now().Add(-2 * settling)
	must(t, os.Chtimes(killedPath, long, long))
	rec, path, raw := unrecorded("guid:writing-1", "Being Stored Elsewhere")

	if _, err := l.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	titles := map[string]bool{}
	for _, b := range briefings(t, l) {
		titles[b.Title] = true
	}
	if !titles["Left By A Killed Refresh"] {
		t.Errorf("the killed refresh's file was not taken in: %v", titles)
	}
	if titles["Being Stored Elsewhere"] {
		t.Errorf("a file written a moment ago was taken in by the refresh: its writer would count it new no more")
	}
	if r, err := l.index(rec, path, raw, false); err != nil || r != store.ItemAdded {
		t.Errorf("its writer recording it: %v, %v; want added", r, err)
	}
}
