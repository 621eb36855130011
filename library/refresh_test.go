package library

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/feed"
)

var (
	marrow = item{guid: "almora-1", link: "https://mfa.almora.example/1", title: "Marrow Welcomes Darsk Talks", date: day(14),
		body: "Foreign Minister Ilse Marrow said the talks in Darsk had opened a door."}
	exchange = item{guid: "almora-2", link: "https://mfa.almora.example/2", title: "Prisoner Exchange Agreed", date: day(13),
		body: "Spokesperson Tobin Achterberg said twelve detainees would be released."}
	consulate = item{guid: "almora-3", link: "https://mfa.almora.example/3", title: "Consulate Reopens", date: day(12),
		body: "The ministry said the consulate in Darsk would reopen."}
	greve = item{guid: "corvenia-1", link: "https://news.corvenia.example/1", title: "Greve to Visit Vell", date: day(15),
		body: "Prime Minister Anton Greve will travel to Vell, his office said."}
)

func titles(bs []*data.Briefing) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Title)
	}
	return out
}

func briefings(t *testing.T, l *Library) []*data.Briefing {
	t.Helper()
	bs, errs := l.Briefings(nil)
	if len(errs) > 0 {
		t.Fatalf("library unreadable: %v", errs)
	}
	return bs
}

func TestRefreshStoresNewItemsOnce(t *testing.T) {
	t.Parallel()
	srv := newFeedServer(t)
	almora := srv.set("/almora.rss", rss("Ministry of Foreign Affairs of Almora", marrow, exchange, exchange, consulate))
	// The second feed carries a story the first one has too (same GUID).
	corvenia := srv.set("/corvenia.rss", rss("Corvenian News Agency", greve, marrow))
	l := open(t)
	subscribe(t, l, almora, corvenia)

	rep, err := l.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.New() != 4 || len(rep.Failed()) != 0 {
		t.Fatalf("first refresh: %d new, failed %v; want 4 new", rep.New(), rep.Failed())
	}
	bs := briefings(t, l)
	want := []string{"Greve to Visit Vell", "Marrow Welcomes Darsk Talks", "Prisoner Exchange Agreed", "Consulate Reopens"}
	if strings.Join(titles(bs), "|") != strings.Join(want, "|") {
		t.Errorf("stories %q, want newest first %q", titles(bs), want)
	}
	for _, b := range bs {
		if b.Source == "" || b.Publisher == "" || b.Date.IsZero() || len(b.Paragraphs) != 1 || !strings.HasPrefix(b.Path, l.itemsDir()) {
			t.Errorf("%q: source %q publisher %q date %v paragraphs %d path %q", b.Title, b.Source, b.Publisher, b.Date, len(b.Paragraphs), b.Path)
		}
		if !strings.HasPrefix(b.ID, feed.Slug(b.Title)+"-") {
			t.Errorf("ID %q does not start with a slug of %q", b.ID, b.Title)
		}
	}

	// Nothing changed: the ETag makes each feed one small 304.
	rep, err = l.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.New() != 0 {
		t.Errorf("second refresh stored %d new items", rep.New())
	}
	for _, f := range rep.Feeds {
		if !f.Unchanged {
			t.Errorf("%s: not reported unchanged", f.Name())
		}
	}
	for _, path := range []string{"/almora.rss", "/corvenia.rss"} {
		if full, notMod := srv.counts(path); full != 1 || notMod != 1 {
			t.Errorf("%s: %d full responses and %d 304s, want 1 and 1", path, full, notMod)
		}
	}
	if got := len(briefings(t, l)); got != 4 {
		t.Errorf("%d stories after the second refresh, want 4", got)
	}

	subs, err := l.Subscriptions()
	if err != nil {
		t.Fatal(err)
	}
	if subs[0].Title != "Ministry of Foreign Affairs of Almora" || subs[0].Items != 3 || subs[0].LastRefresh.IsZero() || subs[0].LastError != "" {
		t.Errorf("subscription 1: %+v", subs[0])
	}
	if subs[1].Items != 1 {
		t.Errorf("subscription 2 has %d items, want 1 (its other story was the first feed's)", subs[1].Items)
	}
}

// A server without validators answers in full each time: the items are
// recognised by GUID, or by link when there is no GUID, and not stored
// twice.
func TestRefreshWithoutValidators(t *testing.T) {
	t.Parallel()
	body := rss("Vell Herald",
		item{link: "https://herald.vell.example/a", title: "No GUID", body: "Recognised by its link.", date: day(3)},
		item{guid: "h-2", title: "With GUID", body: "Recognised by its GUID.", date: day(2)},
		item{title: "Neither", body: "Recognised by what it says.", date: day(1)},
	)
	srv := newFeedServer(t)
	url := srv.handle("/herald.rss", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(body)) })
	l := open(t)
	subscribe(t, l, url)
	for i, want := range []int{3, 0} {
		rep, err := l.Refresh(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if rep.New() != want || rep.Feeds[0].Unchanged {
			t.Errorf("refresh %d: %d new (unchanged %v), want %d", i+1, rep.New(), rep.Feeds[0].Unchanged, want)
		}
	}
}

func TestRefreshWhenTheFeedChanges(t *testing.T) {
	t.Parallel()
	srv := newFeedServer(t)
	url := srv.set("/almora.rss", rss("Almora", marrow, exchange))
	l := open(t)
	subscribe(t, l, url)
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	before := briefings(t, l)
	idOf := map[string]string{}
	for _, b := range before {
		idOf[b.Source] = b.ID
	}

	// Second fetch: the exchange story is gone from the feed, the Marrow
	// story was edited, a new story appeared.
	edited := marrow
	edited.title = "Marrow Hails Darsk Talks"
	edited.body = "Foreign Minister Ilse Marrow said the talks were a breakthrough."
	edited.updated = day(16)
	srv.set("/almora.rss", rss("Almora", edited, consulate))
	rep, err := l.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Feeds[0].New != 1 || rep.Feeds[0].Updated != 1 {
		t.Errorf("second refresh: %d new, %d updated; want 1 and 1", rep.Feeds[0].New, rep.Feeds[0].Updated)
	}
	after := briefings(t, l)
	want := []string{"Marrow Hails Darsk Talks", "Prisoner Exchange Agreed", "Consulate Reopens"}
	if strings.Join(titles(after), "|") != strings.Join(want, "|") {
		t.Errorf("stories %q, want %q (a story gone from the feed stays in the library)", titles(after), want)
	}
	for _, b := range after {
		if id, ok := idOf[b.Source]; ok && id != b.ID {
			t.Errorf("%q changed ID from %q to %q: its read state would be lost", b.Title, id, b.ID)
		}
		if b.Title == edited.title && b.Paragraphs[0].Text != edited.body {
			t.Errorf("edited story text %q", b.Paragraphs[0].Text)
		}
	}
}

// Subscriptions are fetched a few at a time, never more than Workers.
func TestRefreshPoolIsBounded(t *testing.T) {
	t.Parallel()
	const workers = 2
	var mu sync.Mutex
	inFlight, most := 0, 0
	full := make(chan struct{})
	handler := func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		if inFlight == workers {
			select {
			case <-full:
			default:
				close(full)
			}
		}
		mu.Unlock()
		// Hold the request until the pool is full, to see that it does
		// fill; the long fallback only matters if it never does.
		select {
		case <-full:
		case <-time.After(10 * time.Second):
		}
		w.Write([]byte(rss("Feed "+r.URL.Path, item{guid: r.URL.Path, title: "Story at " + r.URL.Path, body: "Text.", date: day(1)})))
		mu.Lock()
		inFlight--
		mu.Unlock()
	}
	srv := httptest.NewServer(http.HandlerFunc(handler))
	defer srv.Close()
	l := open(t, func(o *Options) { o.Workers = workers })
	for i := range 6 {
		subscribe(t, l, fmt.Sprintf("%s/feed%d.rss", srv.URL, i))
	}
	var progress []Progress
	rep, err := l.Refresh(context.Background(), func(p Progress) { progress = append(progress, p) })
	if err != nil {
		t.Fatal(err)
	}
	if rep.New() != 6 {
		t.Errorf("%d new, want 6", rep.New())
	}
	if most != workers {
		t.Errorf("at most %d requests at once, want %d", most, workers)
	}
	last := progress[len(progress)-1]
	if last.Total != 6 || last.Done != 6 || last.New != 6 || last.Feed == nil {
		t.Errorf("last progress %+v, want 6 of 6 done, 6 new", last)
	}
}

func TestFeedResultString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		res  FeedResult
		want string
	}{
		{FeedResult{URL: "https://a.example/feed", Title: "Almora", New: 3, IDs: []string{"a", "b", "c"}}, "Almora: 3 new"},
		{FeedResult{URL: "https://a.example/feed", New: 1, Updated: 2}, "https://a.example/feed: 1 new, 2 updated"},
		{FeedResult{URL: "https://a.example/feed", Title: "Almora", Unchanged: true}, "Almora: unchanged"},
		{FeedResult{URL: "https://a.example/feed", Err: errors.New("HTTP 500 Internal Server Error")}, "https://a.example/feed: failed: HTTP 500 Internal Server Error"},
	}
	for _, tt := range tests {
		if got := tt.res.String(); got != tt.want {
			t.Errorf("%q, want %q", got, tt.want)
		}
	}
}

// A reader showing a refresh's new stories finds them by the IDs the
// report gives.
func TestRefreshReportsIDs(t *testing.T) {
	t.Parallel()
	srv := newFeedServer(t)
	url := srv.set("/almora.rss", rss("Almora", marrow, exchange))
	l := open(t)
	subscribe(t, l, url)
	rep, err := l.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, b := range briefings(t, l) {
		ids = append(ids, b.ID)
	}
	if strings.Join(rep.Feeds[0].IDs, " ") != strings.Join(ids, " ") {
		t.Errorf("report IDs %q, stored %q", rep.Feeds[0].IDs, ids)
	}
	// Its Files read back as those stories, one by one.
	f := rep.Feeds[0]
	if len(f.Files) != len(f.IDs) {
		t.Fatalf("%d files for %d IDs", len(f.Files), len(f.IDs))
	}
	for i, path := range f.Files {
		bs, errs := l.BriefingsIn([]string{path}, nil)
		if len(errs) > 0 || len(bs) != 1 || bs[0].ID != f.IDs[i] {
			t.Errorf("file %d read as %v, %v; want story %q", i, bs, errs, f.IDs[i])
		}
	}
}

func TestOneRefreshAtATime(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	started := make(chan struct{})
	srv := newFeedServer(t)
	var first sync.Once // the last refresh below fetches the feed again
	url := srv.handle("/slow.rss", func(w http.ResponseWriter, r *http.Request) {
		first.Do(func() { close(started) })
		<-release
		w.Write([]byte(rss("Almora", marrow)))
	})
	l := open(t)
	subscribe(t, l, url)
	done := make(chan error)
	go func() {
		_, err := l.Refresh(context.Background(), nil)
		done <- err
	}()
	<-started
	if _, err := l.Refresh(context.Background(), nil); !errors.Is(err, ErrRefreshing) {
		t.Errorf("second refresh: %v, want ErrRefreshing", err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		t.Errorf("a refresh after the first ended: %v", err)
	}
}

// A story two feeds carry is the earlier subscription's, however the
// fetches interleave: here the first feed answers only once the second
// has had time to store its items, and it still gets the shared story.
func TestSharedStoryIsTheEarlierFeeds(t *testing.T) {
	t.Parallel()
	srv := newFeedServer(t)
	var l *Library
	almora := srv.handle("/almora.rss", func(w http.ResponseWriter, r *http.Request) {
		for range 40 { // up to 200 ms, until the other feed stored something
			if entries, _ := os.ReadDir(l.itemsDir()); len(entries) > 0 {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
		w.Write([]byte(rss("Almora", marrow, exchange)))
	})
	corvenia := srv.set("/corvenia.rss", rss("Corvenian News Agency", greve, marrow))
	l = open(t)
	subscribe(t, l, almora, corvenia)
	rep, err := l.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Feeds[0].New != 2 || rep.Feeds[1].New != 1 {
		t.Errorf("new per feed %d and %d, want 2 and 1: the shared story is the first feed's", rep.Feeds[0].New, rep.Feeds[1].New)
	}
}
