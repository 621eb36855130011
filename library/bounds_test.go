package library

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/brief-reader/brief/feed"
)

func releases(n int) []item {
	var items []item
	for i := range n {
		items = append(items, item{guid: fmt.Sprintf("almora-release-%d", i), title: fmt.Sprintf("Almora Release %d", i),
			date: day(1).Add(time.Duration(i) * time.Hour), body: fmt.Sprintf("Spokesperson Tobin Achterberg said release %d stands.", i)})
	}
	return items
}

// A feed stores at most the cap per refresh and keeps at most the cap in
// all; the oldest read stories go first, and unread and starred ones
// never go. The report says when the cap was hit.
func TestFeedCap(t *testing.T) {
	t.Parallel()
	srv := newFeedServer(t)
	url := srv.set("/almora.rss", rss("Almora", releases(12)...))
	l := open(t, func(o *Options) { o.Cap = 5 })
	subscribe(t, l, url)
	rep, err := l.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	f := rep.Feeds[0]
	if f.New != 5 || f.Capped != 7 || f.CapHit != 5 || !strings.Contains(f.String(), "cap of 5 stories hit: 7 items left for later") {
		t.Fatalf("first refresh: %+v %q", f, f.String())
	}
	stored := briefings(t, l)
	// Read them all but one, and star one of the read.
	for _, b := range stored[1:] {
		must(t, l.MarkRead(b.ID))
	}
	must(t, l.SetStarred(stored[4].ID, true))

	rep, err = l.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	f = rep.Feeds[0]
	// 5 more stored; of the 10, the newest 5 stay, and of the older the
	// unread one and the starred one stay too: 3 go.
	if f.New != 5 || f.Pruned != 3 || f.CapHit != 5 {
		t.Errorf("second refresh: %+v", f)
	}
	after := briefings(t, l)
	if len(after) != 7 {
		t.Errorf("%d stories after pruning, want 7", len(after))
	}
	ids := map[string]bool{}
	for _, b := range after {
		ids[b.ID] = true
	}
	if !ids[stored[0].ID] || !ids[stored[4].ID] {
		t.Errorf("the unread or the starred story was pruned")
	}
	files, _ := l.itemFiles()
	if len(files) != 7 {
		t.Errorf("%d item files, want 7: pruned stories' files go too", len(files))
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// Two refreshes at once on one library (two brief processes) store each
// item once, and together report each new item once.
func TestConcurrentRefreshesCount(t *testing.T) {
	t.Parallel()
	srv := newFeedServer(t)
	a := srv.set("/almora.rss", rss("Almora", releases(40)...))
	c := srv.set("/corvenia.rss", rss("Corvenian News Agency", greve, marrow))
	first := open(t)
	subscribe(t, first, a, c)
	second := reopen(t, first)
	var wg sync.WaitGroup
	reps := make([]Report, 2)
	for i, l := range []*Library{first, second} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var err error
			if reps[i], err = l.Refresh(context.Background(), nil); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	for _, r := range reps {
		for _, f := range r.Failed() {
			t.Errorf("%s failed: %v", f.Name(), f.Err)
		}
	}
	total := reps[0].New() + reps[1].New()
	if total != 42 {
		t.Errorf("new %d + %d = %d, want 42: each item counted once", reps[0].New(), reps[1].New(), total)
	}
	if got := len(briefings(t, first)); got != 42 {
		t.Errorf("%d stories stored, want 42", got)
	}
	subs, _ := first.Subscriptions()
	if subs[0].Items != 40 || subs[1].Items != 2 {
		t.Errorf("items per feed %d and %d, want 40 and 2", subs[0].Items, subs[1].Items)
	}
}

// The child half of TestTwelveProcessesMarkRead.
func TestMarkReadChild(t *testing.T) {
	dataDir, id := os.Getenv("BRIEF_MARK_DATA"), os.Getenv("BRIEF_MARK_ID")
	if dataDir == "" {
		t.Skip("run by TestTwelveProcessesMarkRead")
	}
	l, err := Open(dataDir, os.Getenv("BRIEF_MARK_CONFIG"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Wait for the go: all twelve mark at the same moment.
	for {
		if _, err := os.Stat(filepath.Join(dataDir, "go")); err == nil {
			break
		}
		time.Sleep(time.Millisecond)
	}
	if err := l.MarkRead(id); err != nil {
		t.Fatal(err)
	}
}

// Twelve processes that each mark a different story read at the same
// moment keep all twelve marks.
func TestTwelveProcessesMarkRead(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	t.Parallel() // mostly waiting for processes: overlap it with others
	l := open(t)
	var cmds []*exec.Cmd
	for i := range 12 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestMarkReadChild$")
		cmd.Env = childEnv("BRIEF_MARK_DATA="+l.dataDir, "BRIEF_MARK_CONFIG="+l.configDir, fmt.Sprintf("BRIEF_MARK_ID=story-%d", i))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	time.Sleep(200 * time.Millisecond) // let them open the library
	must(t, os.WriteFile(filepath.Join(l.dataDir, "go"), nil, 0o644))
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("process %d: %v", i, err)
		}
	}
	reopened := reopen(t, l)
	for i := range 12 {
		if !reopened.IsRead(fmt.Sprintf("story-%d", i)) {
			t.Errorf("story-%d: mark lost", i)
		}
	}
}

// Two stored stories that an older brief gave the same 32-bit ID both
// stay, under two IDs: the second's grows longer and is written back to
// its file, so that it stays the same from then on.
func TestClashingIDsAreMadeUnique(t *testing.T) {
	t.Parallel()
	l := open(t)
	for _, key := range []string{"guid:almora-1", "guid:corvenia-9"} {
		rec := record{Version: 1, ID: "talks-resume-1a2b3c4d", Key: key, Feed: "https://mfa.almora.example/feed",
			Fetched: day(2), Item: feedItem("Talks Resume", key)}
		raw, err := json.Marshal(rec)
		must(t, err)
		must(t, os.WriteFile(filepath.Join(l.itemsDir(), fileName(key)), raw, 0o644))
	}
	n, err := l.reconcile()
	if err != nil || n != 2 {
		t.Fatalf("reconcile: %d, %v", n, err)
	}
	bs := briefings(t, l)
	if len(bs) != 2 || bs[0].ID == bs[1].ID {
		t.Fatalf("stories %v", titles(bs))
	}
	rec, _, err := readRecord(filepath.Join(l.itemsDir(), fileName("guid:corvenia-9")))
	if err != nil || (rec.ID != bs[0].ID && rec.ID != bs[1].ID) || !strings.HasPrefix(rec.ID, "talks-resume-") {
		t.Errorf("file's ID %q, stories %q and %q", rec.ID, bs[0].ID, bs[1].ID)
	}
	// New IDs carry 48 bits of the key's hash.
	if id := storyID("Talks Resume", "guid:x", idHashDigits); len(strings.TrimPrefix(id, "talks-resume-")) != 12 {
		t.Errorf("new ID %q", id)
	}
}

func feedItem(title, key string) feed.Item {
	return feed.Item{GUID: strings.TrimPrefix(key, "guid:"), Title: title, Published: day(2),
		HTML: "<p>Spokesperson Tobin Achterberg said the talks would resume.</p>"}
}
