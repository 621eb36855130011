package library

import (
	"crypto/sha256"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/brief-reader/brief/feed"
)

// childEnv is the environment of this test binary run again as a child
// process, with extra added. A race-enabled binary sleeps a second before
// it exits (GORACE atexit_sleep_ms) in case other threads are still
// reporting races; a child that exits has run its test to the end, and a
// race it hit still fails it, so the sleep would only add a second per
// child.
func childEnv(extra ...string) []string {
	env := append(os.Environ(), "GORACE="+strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
	return append(env, extra...)
}

// item is one entry of a test feed. Countries and people are invented.
type item struct {
	guid, link, title, body string
	date, updated           time.Time
}

// rss writes an RSS 2.0 document.
func rss(title string, items ...item) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>%s</title><link>https://example.org/</link>
`, html.EscapeString(title))
	for _, it := range items {
		b.WriteString("<item>")
		if it.title != "" {
			fmt.Fprintf(&b, "<title>%s</title>", html.EscapeString(it.title))
		}
		if it.link != "" {
			fmt.Fprintf(&b, "<link>%s</link>", html.EscapeString(it.link))
		}
		if it.guid != "" {
			fmt.Fprintf(&b, `<guid isPermaLink="false">%s</guid>`, html.EscapeString(it.guid))
		}
		if !it.date.IsZero() {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", it.date.Format(time.RFC1123Z))
		}
		if !it.updated.IsZero() {
			fmt.Fprintf(&b, "<atom:updated>%s</atom:updated>", it.updated.Format(time.RFC3339))
		}
		if it.body != "" {
			fmt.Fprintf(&b, "<content:encoded><![CDATA[<script>track()</script><p>%s</p>]]></content:encoded>", it.body)
		}
		b.WriteString("</item>\n")
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

func day(d int) time.Time { return time.Date(2023, 3, d, 9, 0, 0, 0, time.UTC) }

// feedServer serves test feeds on loopback and counts what it was asked.
type feedServer struct {
	*httptest.Server
	mu       sync.Mutex
	bodies   map[string]string       // path -> feed served with an ETag
	handlers map[string]http.Handler // path -> special behaviour
	full     map[string]int          // 200 responses per path
	notMod   map[string]int          // 304 responses per path
}

func newFeedServer(t *testing.T) *feedServer {
	t.Helper()
	s := &feedServer{bodies: map[string]string{}, handlers: map[string]http.Handler{}, full: map[string]int{}, notMod: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// set serves body at path with an ETag derived from it, so a changed
// feed gets a new ETag.
func (s *feedServer) set(path, body string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bodies[path] = body
	return s.URL + path
}

func (s *feedServer) handle(path string, h http.HandlerFunc) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handlers[path] = h
	return s.URL + path
}

func (s *feedServer) counts(path string) (full, notModified int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.full[path], s.notMod[path]
}

func (s *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	body, ok := s.bodies[r.URL.Path]
	h := s.handlers[r.URL.Path]
	s.mu.Unlock()
	if h != nil {
		h.ServeHTTP(w, r)
		return
	}
	if !ok {
		http.NotFound(w, r)
		return
	}
	sum := sha256.Sum256([]byte(body))
	etag := fmt.Sprintf(`"%x"`, sum[:8])
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.Header.Get("If-None-Match") == etag {
		s.notMod[r.URL.Path]++
		w.WriteHeader(http.StatusNotModified)
		return
	}
	s.full[r.URL.Path]++
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml")
	w.Write([]byte(body))
}

// open makes a library in fresh folders, from a copy of an empty one
// (template_test.go), with a client whose limits suit tests.
func open(t *testing.T, opts ...func(*Options)) *Library {
	t.Helper()
	o := Options{Client: feed.NewClient(feed.Options{Timeout: 10 * time.Second, MaxBytes: 1 << 20, MaxRedirects: 3})}
	for _, f := range opts {
		f(&o)
	}
	l, err := Open(newDataDir(t), t.TempDir(), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// reopen opens l's folders again, as another brief process would.
func reopen(t *testing.T, l *Library) *Library {
	t.Helper()
	other, err := Open(l.dataDir, l.configDir, Options{Client: l.client})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	return other
}

func subscribe(t *testing.T, l *Library, urls ...string) {
	t.Helper()
	for _, u := range urls {
		if err := l.Subscribe(u); err != nil {
			t.Fatal(err)
		}
	}
}
