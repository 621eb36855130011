package cli

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// TestSubscribeChecksTheFeed: subscribe used to take a URL that answered
// 404 and leave the failure to every refresh after. It now fetches the
// URL once and refuses what is not a feed, saying why; --force subscribes
// without asking the server.
func TestSubscribeChecksTheFeed(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	var mu sync.Mutex
	hits := map[string]int{}
	mux := http.NewServeMux()
	serve := func(path, contentType, body string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", contentType)
			fmt.Fprint(w, body)
		})
	}
	serve("/almora.rss", "application/rss+xml", almoraFeed)
	serve("/empty.rss", "application/rss+xml", rssFeed("Kestria Gazette")) // a new feed, nothing in it yet
	serve("/as-text.rss", "text/plain", almoraFeed)                        // a server that does not know the type
	serve("/home.html", "text/html", `<!DOCTYPE html><html><head><title>Almora Ministry</title>
<link rel="alternate" type="application/rss+xml" href="/almora.rss"></head><body><p>Welcome.</p></body></html>`)
	serve("/about.html", "text/html", `<!DOCTYPE html><html><head><title>About</title></head><body><p>Almora.</p></body></html>`)
	serve("/notes.txt", "text/plain", "Calm day in Velhaven.\n")
	serve("/broken.rss", "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Cut`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		mux.ServeHTTP(w, r) // unknown paths: 404
	}))
	t.Cleanup(srv.Close)
	hitsOf := func(path string) int {
		mu.Lock()
		defer mu.Unlock()
		return hits[path]
	}

	refused := []struct {
		path string
		why  []string
	}{
		{"/missing.rss", []string{"HTTP 404 Not Found"}},
		{"/home.html", []string{"a web page, not a feed", "it links to " + srv.URL + "/almora.rss"}},
		{"/about.html", []string{"a web page, not a feed"}},
		{"/notes.txt", []string{"not a feed (text/plain"}},
		{"/broken.rss", []string{"malformed feed"}},
	}
	w := newWorld(t)
	for _, tt := range refused {
		t.Run(tt.path, func(t *testing.T) {
			u := srv.URL + tt.path
			code, out, errs := w.run("", "subscribe", u)
			if code != ExitError || out != "" {
				t.Errorf("exit %d, stdout %q; want %d and nothing", code, out, ExitError)
			}
			for _, want := range append(tt.why, "brief: subscribe: "+u+": ", "not subscribed", "brief subscribe --force") {
				if !strings.Contains(errs, want) {
					t.Errorf("stderr lacks %q:\n%s", want, errs)
				}
			}
			if n := hitsOf(tt.path); n != 1 {
				t.Errorf("fetched %d times, want once", n)
			}
		})
	}
	if out, _ := w.mustRun(ExitOK, "subscriptions"); !strings.Contains(out, "no subscriptions") {
		t.Fatalf("a refused URL was subscribed:\n%s", out)
	}

	for i, path := range []string{"/almora.rss", "/empty.rss", "/as-text.rss"} {
		u := srv.URL + path
		out, _ := w.mustRun(ExitOK, "subscribe", u)
		if want := fmt.Sprintf("subscribed to %s (%s)\n", u, plural(i+1, "subscription", "subscriptions")); out != want {
			t.Errorf("subscribe said %q, want %q", out, want)
		}
	}
	if n := hitsOf("/almora.rss"); n != 1 {
		t.Errorf("the feed was fetched %d times, want once", n)
	}
	// Asking again needs no fetch.
	w.mustRun(ExitOK, "subscribe", srv.URL+"/almora.rss")
	if n := hitsOf("/almora.rss"); n != 1 {
		t.Errorf("subscribing again fetched the feed: %d fetches", n)
	}

	// --force subscribes without asking: offline, or to a feed not up yet.
	u := srv.URL + "/missing.rss"
	out, _ := w.mustRun(ExitOK, "subscribe", "--force", u)
	if !strings.HasPrefix(out, "subscribed to "+u) {
		t.Errorf("--force: %q", out)
	}
	if n := hitsOf("/missing.rss"); n != 1 {
		t.Errorf("--force fetched the URL: %d fetches, want the 1 before", n)
	}
	w.mustRun(ExitOK, "subscribe", "https://almora.example/feed", "--force")
}
