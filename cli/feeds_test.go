package cli

import (
	"crypto/sha256"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// Feeds served in these tests are written for them: the countries and
// people are invented.

type testItem struct {
	guid, title, body string
	date              time.Time
}

func rssFeed(title string, items ...testItem) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>%s</title><link>https://almora.example/</link>
`, html.EscapeString(title))
	for _, it := range items {
		fmt.Fprintf(&b, `<item><title>%s</title><link>https://almora.example/%s</link><guid isPermaLink="false">%s</guid><pubDate>%s</pubDate>`,
			html.EscapeString(it.title), it.guid, it.guid, it.date.Format(time.RFC1123Z))
		fmt.Fprintf(&b, "<content:encoded><![CDATA[<script>track()</script><p>%s</p>]]></content:encoded></item>\n", it.body)
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

var (
	talksItem = testItem{"almora-1", "Marrow Welcomes Darsk Talks",
		"Foreign Minister Ilse Marrow said the talks with Darsk had opened a door.", time.Date(2033, 3, 14, 9, 30, 0, 0, time.UTC)}
	tradeItem = testItem{"almora-2", "Almora and Darsk Sign Grain Accord",
		"Trade Minister Oskar Venn said the accord would lower prices by spring.", time.Date(2033, 3, 15, 10, 0, 0, 0, time.UTC)}
	portItem = testItem{"almora-3", "Port of Selm Reopens",
		"Harbour Master Lena Quist said the port would reopen on Monday.", time.Date(2033, 3, 16, 8, 0, 0, 0, time.UTC)}
	almoraFeed = rssFeed("Almora Ministry", talksItem, tradeItem)
)

// feedServer serves feeds on loopback with ETags, and counts full and
// conditional (304) answers per path.
type feedServer struct {
	*httptest.Server
	mu     sync.Mutex
	bodies map[string]string
	full   map[string]int
	notMod map[string]int
}

func newFeedServer(t *testing.T) *feedServer {
	t.Helper()
	s := &feedServer{bodies: map[string]string{}, full: map[string]int{}, notMod: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// set serves body at path and returns its URL.
func (s *feedServer) set(path, body string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bodies[path] = body
	return s.URL + path
}

func (s *feedServer) counts(path string) (full, notModified int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.full[path], s.notMod[path]
}

func (s *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	body, ok := s.bodies[r.URL.Path]
	if !ok {
		http.Error(w, "gone fishing", http.StatusInternalServerError)
		return
	}
	sum := sha256.Sum256([]byte(body))
	etag := fmt.Sprintf(`"%x"`, sum[:8])
	if r.Header.Get("If-None-Match") == etag {
		s.notMod[r.URL.Path]++
		w.WriteHeader(http.StatusNotModified)
		return
	}
	s.full[r.URL.Path]++
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprint(w, body)
}

// mustRun runs brief in the test's folders and fails unless it exits with
// want.
func mustRun(t *testing.T, want int, args ...string) (stdout, stderr string) {
	t.Helper()
	code, out, errs := runHere(t, "", args...)
	if code != want {
		t.Fatalf("brief %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, want, out, errs)
	}
	return out, errs
}

func titles(stories []map[string]any) []string {
	var out []string
	for _, s := range stories {
		out = append(out, s["title"].(string))
	}
	return out
}

// TestSubscribeRefreshList is the done-when: subscribe and refresh
// fill the library, "brief list" shows the stories, and a second refresh
// costs one conditional request and finds nothing new.
func TestSubscribeRefreshList(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	srv := newFeedServer(t)
	url := srv.set("/almora.rss", almoraFeed)

	out, _ := w.mustRun(ExitOK, "subscribe", url)
	if want := "subscribed to " + url + " (1 subscription)\n"; out != want {
		t.Errorf("subscribe said %q, want %q", out, want)
	}
	out, _ = w.mustRun(ExitOK, "subscriptions")
	if !strings.Contains(out, url) || !strings.Contains(out, "never") {
		t.Errorf("before refreshing:\n%s", out)
	}

	out, errs := w.mustRun(ExitOK, "refresh")
	if !strings.Contains(out, "Almora Ministry: 2 new\n") || !strings.HasSuffix(out, "2 new stories from 1 feed, 0 failed\n") || errs != "" {
		t.Errorf("first refresh:\nstdout:\n%s\nstderr:\n%s", out, errs)
	}
	// One to check it is a feed when subscribing, one to refresh.
	if full, _ := srv.counts("/almora.rss"); full != 2 {
		t.Errorf("%d full fetches, want 2", full)
	}

	stories := w.listJSON()
	// The library first, newest first, then the built-in examples.
	if got := titles(stories); len(got) < 3 || !slices.Equal(got[:2], []string{tradeItem.title, talksItem.title}) {
		t.Fatalf("list: %q", got)
	}
	first := stories[0]
	if first["publisher"] != "Almora Ministry" || first["date"] != "2033-03-15" || first["read"] != false ||
		first["source"] != "https://almora.example/almora-2" {
		t.Errorf("stored story: %v", first)
	}
	if stories[2]["id"] != "000_9ff3adb9c3e641cd" {
		t.Errorf("the built-in briefings should follow the library; third is %v", stories[2]["id"])
	}
	text, _ := w.mustRun(ExitOK, "list")
	if lines := strings.Split(text, "\n"); len(lines) < 2 || !strings.Contains(lines[1], "Almora Ministry") || !strings.Contains(lines[1], tradeItem.title) {
		t.Errorf("list text:\n%s", text)
	}
	quotes, _ := w.mustRun(ExitOK, "quotes")
	if !strings.Contains(quotes, "Oskar Venn") {
		t.Errorf("quotes lack the stored story's speaker:\n%s", quotes)
	}

	out, errs = w.mustRun(ExitOK, "refresh")
	if !strings.Contains(out, "Almora Ministry: unchanged\n") || !strings.HasSuffix(out, "0 new stories from 1 feed, 0 failed\n") || errs != "" {
		t.Errorf("second refresh:\nstdout:\n%s\nstderr:\n%s", out, errs)
	}
	if full, notMod := srv.counts("/almora.rss"); full != 2 || notMod != 1 {
		t.Errorf("second refresh: %d full, %d not modified; want 2 and 1", full, notMod)
	}
	if got := titles(w.listJSON()); len(got) != len(stories) {
		t.Errorf("%d stories after the second refresh, want %d", len(got), len(stories))
	}

	out, _ = w.mustRun(ExitOK, "subscriptions", "--json")
	subs := decodeObjects(t, out)
	if len(subs) != 1 {
		t.Fatalf("subscriptions: %s", out)
	}
	s := subs[0]
	wantKeys := []string{"items", "last_error", "last_refresh", "n", "title", "url"}
	if k := keys(s); !slices.Equal(k, wantKeys) {
		t.Errorf("keys %v, want %v", k, wantKeys)
	}
	if s["n"] != 1.0 || s["url"] != url || s["title"] != "Almora Ministry" || s["items"] != 2.0 || s["last_error"] != nil {
		t.Errorf("subscription: %v", s)
	}
	if when, ok := s["last_refresh"].(string); !ok {
		t.Errorf("last_refresh %v", s["last_refresh"])
	} else if _, err := time.Parse(time.RFC3339, when); err != nil {
		t.Errorf("last_refresh: %v", err)
	}
}

// TestRefreshFailingFeed: a feed that fails is named with its reason and
// the others are still stored.
func TestRefreshFailingFeed(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	srv := newFeedServer(t)
	good := srv.set("/almora.rss", almoraFeed)
	bad := srv.URL + "/broken.rss" // answered 500
	w.mustRun(ExitOK, "subscribe", "--force", bad)
	w.mustRun(ExitOK, "subscribe", good)

	out, errs := w.mustRun(ExitError, "refresh")
	if !strings.Contains(errs, "brief: refresh: "+bad+": failed: ") || !strings.Contains(errs, "500") {
		t.Errorf("the failure should be named with its reason:\n%s", errs)
	}
	if !strings.Contains(out, "Almora Ministry: 2 new\n") || !strings.HasSuffix(out, "2 new stories from 2 feeds, 1 failed\n") {
		t.Errorf("stdout:\n%s", out)
	}
	if got := titles(w.listJSON()); !slices.Contains(got, talksItem.title) || !slices.Contains(got, tradeItem.title) {
		t.Errorf("the good feed was not stored: %q", got)
	}
	table, _ := w.mustRun(ExitOK, "subscriptions")
	lines := strings.Split(strings.TrimSpace(table), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[1], "1 ") || !strings.Contains(lines[1], "500") ||
		!strings.HasPrefix(lines[2], "2 ") || !strings.Contains(lines[2], "Almora Ministry") || strings.Contains(lines[2], "never") {
		t.Errorf("subscriptions:\n%s", table)
	}
}

// TestRefreshOffline: with no feed reachable, refresh says so and changes
// nothing.
func TestRefreshOffline(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL + "/feed.rss"
	srv.Close() // connections are refused, as with no network
	w.mustRun(ExitOK, "subscribe", "--force", url)

	_, errs := w.mustRun(ExitError, "refresh")
	if !strings.HasSuffix(errs, "brief: refresh: no network; nothing changed\n") {
		t.Errorf("stderr:\n%s", errs)
	}
	out, _ := w.mustRun(ExitOK, "subscriptions", "--json")
	if s := decodeObjects(t, out); len(s) != 1 || s[0]["last_refresh"] != nil || s[0]["last_error"] != nil {
		t.Errorf("an offline refresh changed the library: %s", out)
	}
}

func TestRefreshNothingToDo(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	out, _ := w.mustRun(ExitOK, "refresh")
	if !strings.HasPrefix(out, "no subscriptions to refresh") {
		t.Errorf("stdout %q", out)
	}
	out, _ = w.mustRun(ExitOK, "subscriptions")
	if !strings.HasPrefix(out, "no subscriptions;") {
		t.Errorf("stdout %q", out)
	}
	out, _ = w.mustRun(ExitOK, "subscriptions", "--json")
	if strings.TrimSpace(out) != "[]" {
		t.Errorf("JSON %q, want []", out)
	}
}

func TestSubscribeArguments(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	w.mustRun(ExitOK, "subscribe", "--force", "https://almora.example/feed")
	tests := []struct {
		name      string
		args      []string
		code      int
		stdoutHas string
		stderrHas string
	}{
		{"already subscribed", []string{"subscribe", "https://almora.example/feed"}, ExitOK, "already subscribed to https://almora.example/feed (1 subscription)", ""},
		{"not a URL", []string{"subscribe", "almora feed"}, ExitUsage, "", `"almora feed" is not an http or https URL`},
		{"another scheme", []string{"subscribe", "ftp://almora.example/feed"}, ExitUsage, "", "not an http or https URL"},
		{"no host", []string{"subscribe", "https://"}, ExitUsage, "", "not an http or https URL"},
		{"a file", []string{"subscribe", "feed.rss"}, ExitUsage, "", "not an http or https URL"},
		{"no URL", []string{"subscribe"}, ExitUsage, "", "want one feed URL, got 0"},
		{"two URLs", []string{"subscribe", "https://a.example/", "https://b.example/"}, ExitUsage, "", "got 2"},
		{"an option", []string{"subscribe", "--json", "https://a.example/"}, ExitUsage, "", "unknown option --json"},
		{"unsubscribe nothing", []string{"unsubscribe"}, ExitUsage, "", "want one feed URL or number"},
		{"refresh with arguments", []string{"refresh", "https://a.example/"}, ExitUsage, "", "takes no arguments"},
		{"subscriptions with arguments", []string{"subscriptions", "x"}, ExitUsage, "", "takes no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := w.run("", tt.args...)
			if code != tt.code || !strings.Contains(out, tt.stdoutHas) || !strings.Contains(errs, tt.stderrHas) {
				t.Errorf("exit %d (want %d)\nstdout: %q (want %q)\nstderr: %q (want %q)", code, tt.code, out, tt.stdoutHas, errs, tt.stderrHas)
			}
		})
	}
	out, _ := w.mustRun(ExitOK, "subscriptions", "--json")
	if n := len(decodeObjects(t, out)); n != 1 {
		t.Errorf("%d subscriptions after the wrong commands, want 1", n)
	}
}

func TestUnsubscribe(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	urls := []string{"https://almora.example/feed", "https://darsk.example/news.rss", "https://selm.example/atom"}
	for _, u := range urls {
		w.mustRun(ExitOK, "subscribe", "--force", u)
	}
	tests := []struct {
		arg       string
		code      int
		stdoutHas string
		stderrHas string
		left      []string
	}{
		{"2", ExitOK, "unsubscribed from " + urls[1] + " (2 subscriptions left", "", []string{urls[0], urls[2]}},
		{"9", ExitError, "", "no subscription number 9 (there are 2)", []string{urls[0], urls[2]}},
		{urls[1], ExitError, "", "not subscribed", []string{urls[0], urls[2]}},
		{urls[2], ExitOK, "unsubscribed from " + urls[2] + " (1 subscription left", "", []string{urls[0]}},
		{"1", ExitOK, "(0 subscriptions left", "", nil},
	}
	for _, tt := range tests {
		code, out, errs := w.run("", "unsubscribe", tt.arg)
		if code != tt.code || !strings.Contains(out, tt.stdoutHas) || !strings.Contains(errs, tt.stderrHas) {
			t.Errorf("unsubscribe %s: exit %d (want %d)\nstdout: %q\nstderr: %q", tt.arg, code, tt.code, out, errs)
		}
		out, _ = w.mustRun(ExitOK, "subscriptions", "--json")
		var left []string
		for _, s := range decodeObjects(t, out) {
			left = append(left, s["url"].(string))
		}
		if !slices.Equal(left, tt.left) {
			t.Errorf("after unsubscribe %s: %q, want %q", tt.arg, left, tt.left)
		}
	}
}

// TestReadState: "brief show" piped to another program leaves the story
// unread (nobody may have read it); a story read (as the reader or show
// on a terminal records it) is then shown read by "brief list".
func TestReadState(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	srv := newFeedServer(t)
	w.mustRun(ExitOK, "subscribe", srv.set("/almora.rss", almoraFeed))
	w.mustRun(ExitOK, "refresh")
	before := w.listJSON()
	opened := before[1]["id"].(string)
	out, _ := w.mustRun(ExitOK, "show", opened)
	if !strings.HasPrefix(out, "# "+talksItem.title) {
		t.Fatalf("show %s:\n%s", opened, out)
	}
	for _, s := range w.listJSON() {
		if s["read"] != false {
			t.Errorf("after a piped show, %v: read %v, want unread", s["id"], s["read"])
		}
	}
	lib, err := w.openLibrary()
	if err != nil {
		t.Fatal(err)
	}
	if err := lib.MarkRead(opened); err != nil {
		t.Fatal(err)
	}
	lib.Close()
	for _, s := range w.listJSON() {
		if want := s["id"] == opened; s["read"] != want {
			t.Errorf("%v: read %v, want %v", s["id"], s["read"], want)
		}
	}
	text, _ := w.mustRun(ExitOK, "list")
	for _, line := range strings.Split(strings.TrimSpace(text), "\n")[1:] {
		f := strings.Fields(line)
		if unread := f[1] == "*"; unread == strings.Contains(line, opened) {
			t.Errorf("row %q: marked unread %v", line, unread)
		}
	}
}

// TestLibraryUnopenable: a library that cannot be opened is a warning for
// the reading commands and an error for the ones that need it.
func TestLibraryUnopenable(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	file := filepath.Join(t.TempDir(), "not-a-folder")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	w.setenv(envDataDir, file)
	tests := []struct {
		args      []string
		code      int
		stderrHas string
	}{
		{[]string{"list", "--json"}, ExitOK, "brief: library in " + file + ": "},
		{[]string{"quotes"}, ExitOK, "showing the built-in briefings only"},
		{[]string{"subscribe", "https://almora.example/feed"}, ExitError, "brief: subscribe: library in " + file},
		{[]string{"refresh"}, ExitError, "brief: refresh: library in " + file},
		{[]string{"subscriptions"}, ExitError, "brief: subscriptions: library in " + file},
	}
	for _, tt := range tests {
		code, out, errs := w.run("", tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.stderrHas) {
			t.Errorf("%q: exit %d (want %d), stderr %q (want %q)", tt.args, code, tt.code, errs, tt.stderrHas)
		}
		if tt.code == ExitOK && !strings.Contains(out, "Moscow") {
			t.Errorf("%q: the built-in briefings are missing:\n%s", tt.args, out)
		}
	}
}

// TestSharedFeed is the done-when on a real snapshot: its ten
// items listed, and their statements found.
func TestSharedFeed(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	path := filepath.Join("..", "..", "shared", "feeds", "state-dept-press-releases-2022-08-03.rss")
	if _, err := os.Stat(path); err != nil {
		t.Skip("../shared is absent")
	}
	w := newWorld(t)
	stories := w.listJSON(path)
	if len(stories) != 10 {
		t.Fatalf("%d stories, want 10: %q", len(stories), titles(stories))
	}
	for _, s := range stories {
		if s["title"] == "" || s["publisher"] == "" || s["date"] == nil {
			t.Errorf("story without title, publisher or date: %v", s)
		}
	}
	out, _ := w.mustRun(ExitOK, "quotes", "--json", path)
	quotes := decodeObjects(t, out)
	if len(quotes) < 10 {
		t.Errorf("%d statements in ten press releases", len(quotes))
	}
	for _, q := range quotes {
		if strings.ContainsAny(q["text"].(string), "<>") {
			t.Errorf("markup in a statement: %q", q["text"])
		}
	}
}
