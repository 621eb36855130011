package library

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-reader/brief/store"
)

// A truncated or garbage database is named, moved aside, and rebuilt from
// the item files and the journal: no story, read mark, star or
// subscription is lost.
func TestDamagedDatabaseIsRebuilt(t *testing.T) {
	t.Parallel()
	// One library refreshed, marked and closed; each damage spoils a copy
	// of it (refreshing one for each stored the same 30 stories again).
	srv := newFeedServer(t)
	url := srv.set("/almora.rss", rss("Almora", releases(30)...))
	l := open(t)
	subscribe(t, l, url)
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	before := briefings(t, l)
	must(t, l.MarkRead(before[0].ID))
	must(t, l.SetStarred(before[1].ID, true))
	must(t, l.db.Checkpoint())
	l.Close()
	for name, spoil := range map[string]func(path string) error{
		"garbage": func(p string) error { return os.WriteFile(p, []byte(strings.Repeat("not a database ", 500)), 0o644) },
		"truncated": func(p string) error {
			fi, err := os.Stat(p)
			if err != nil {
				return err
			}
			return os.Truncate(p, fi.Size()/3)
		},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dataDir, configDir := copyTree(t, l.dataDir), copyTree(t, l.configDir)
			dbPath := filepath.Join(dataDir, store.FileName)
			must(t, spoil(dbPath))

			again, err := Open(dataDir, configDir, Options{Client: l.client})
			if err != nil {
				t.Fatal(err)
			}
			defer again.Close()
			if len(again.Notes) == 0 || !strings.Contains(again.Notes[0], dbPath) || !strings.Contains(again.Notes[0], "damaged") {
				t.Errorf("notes %q: want the damaged database named", again.Notes)
			}
			after := briefings(t, again)
			if len(after) != len(before) {
				t.Errorf("%d stories after the rebuild, want %d", len(after), len(before))
			}
			if !again.IsRead(before[0].ID) || !again.IsStarred(before[1].ID) || again.IsRead(before[1].ID) {
				t.Errorf("marks lost in the rebuild")
			}
			if subs, _ := again.Subscriptions(); len(subs) != 1 || subs[0].URL != url {
				t.Errorf("subscriptions after the rebuild: %+v", subs)
			}
			aside, _ := filepath.Glob(dbPath + ".damaged-*")
			if len(aside) == 0 {
				t.Errorf("the damaged file was not kept")
			}
		})
	}
}
