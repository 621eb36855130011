package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/brief-reader/brief/library"
)

// The hostile strings of issue 13: what a file name, a server, a feed or a
// hand-edited database can hold that a terminal acts on.
const (
	oscTitle   = "\x1b]0;TITLE\a"
	clear      = "\x1b[2J"
	c1CSI      = "\u009b31m"
	bidi       = "\u202e"
	bell       = "\a"
	hostile    = oscTitle + clear + c1CSI + bidi + bell
	password   = "secret"
	escapedTxt = oscTitle + clear + "empty.txt"
)

// leak says what in out could drive a terminal or should not be shown,
// or "" when nothing: a control character but newline, DEL, a C1 control,
// a bidi or invisible format character, invalid UTF-8 or a password.
func leak(out string) string {
	if !utf8.ValidString(out) {
		return "invalid UTF-8"
	}
	for i, r := range out {
		switch {
		case r == '\n':
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f:
			return fmt.Sprintf("control character %U at %d", r, i)
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c,
			r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff:
			return fmt.Sprintf("invisible formatting character %U at %d", r, i)
		}
	}
	if strings.Contains(out, password) {
		return "a password"
	}
	return ""
}

// jsonLeak is leak for JSON output, which must also still decode.
func jsonLeak(out string) string {
	if why := leak(out); why != "" {
		return why
	}
	var v any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		return "not JSON: " + err.Error()
	}
	return ""
}

// statusServer answers every request with a raw HTTP response whose
// status text is hostile, as a web server may send it.
func statusServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				r := bufio.NewReader(c)
				for {
					line, err := r.ReadString('\n')
					if err != nil || line == "\r\n" {
						break
					}
				}
				fmt.Fprint(c, "HTTP/1.1 404 Not Found"+hostile+"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
			}()
		}
	}()
	return "http://" + ln.Addr().String()
}

// stdinStory is a story full of hostile strings.
const stdinStory = "Vesk" + hostile + "aria Talks Resume\n" +
	"Port Ilden – Foreign Minister Ada Morrow" + hostile + " said that the talks would resume, see http://ana:" + password + "@tesmar.example/x.\n" +
	"“We are ready" + hostile + ",” Morrow said.\n"

// hostileWorld sets up folders, a library and servers full of hostile
// strings, and returns a folder of hostile files and the URLs to use.
func hostileWorld(t *testing.T) (dir string, urls []string) {
	t.Helper()
	isolate(t)
	dir = t.TempDir()
	story := stdinStory
	files := map[string]string{
		escapedTxt:              "",
		"story" + bidi + ".txt": story,
		"story.txt":             story,
		"bad.xml": `<?xml version="1.0"?><rss version="2.0"><channel><title>Orlavia</title>` +
			"<item\u009b\u202e><title>x</title></ite\u202em></channel></rss>",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Skip("this file system refuses hostile names:", err)
		}
	}
	srv := newFeedServer(t)
	// XML allows no C0 control: C1 and bidi only in the feed.
	good := srv.set("/almora.rss", rssFeed("Almora"+c1CSI+bidi+" Ministry", talksItem))
	withPassword := strings.Replace(good, "http://", "http://ana:"+password+"@", 1)
	bad := strings.Replace(statusServer(t), "http://", "http://ana:"+password+"@", 1) + "/feed"
	c1URL := srv.URL + "/" + c1CSI + bidi + "feed"
	for _, u := range []string{withPassword, bad, c1URL} {
		if code, _, errs := runHere(t, "", "subscribe", "--force", u); code != ExitOK {
			t.Fatalf("subscribe %q: %d %s", u, code, errs)
		}
	}
	// A line typed into the database by hand, which Subscribe refuses.
	lib, err := openLibraryFrom(os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	if err := lib.DB().Subscribe(srv.URL + "/" + hostile); err != nil {
		t.Fatal(err)
	}
	lib.Close()
	if code, _, errs := runHere(t, "", "refresh"); code != ExitError {
		t.Fatalf("refresh: exit %d, want some feeds failed: %s", code, errs)
	}
	return dir, []string{withPassword, bad, c1URL, srv.URL + "/" + hostile}
}

// captureStd points os.Stdout and os.Stderr at files for the test and
// returns what was written to them: a command that printed around its env
// would write there.
func captureStd(t *testing.T) func() string {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "std")
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = f, f
	return func() string {
		os.Stdout, os.Stderr = stdout, stderr
		f.Close()
		b, _ := os.ReadFile(f.Name())
		return string(b)
	}
}

// runSharing is Run with lib as the library of every command, which
// leaves it open; it must be the library Run would open.
func runSharing(lib *library.Library, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := newEnv(stdin, stdout, stderr)
	e.shared = lib
	return e.run(args)
}

// TestHostileStringsNeverReachTheTerminal runs every command in the
// command table, with every kind of argument, in a world of hostile file
// names, stories, feeds, servers and subscriptions, and checks that no
// byte of them reaches standard output or standard error raw, and no
// password either. A new command is in the table, so it is run too.
func TestHostileStringsNeverReachTheTerminal(t *testing.T) {
	dir, urls := hostileWorld(t)
	argSets := [][]string{
		nil,
		{"--json"},
		{dir},
		{"--json", dir},
		{"1"},
		{"--no-cache", dir},
		{"--" + hostile},
		{hostile},
		{"talks", dir},
		{"--json", "talks", dir},
		{"Vesk", "--json"},
		{"--party", hostile, dir},
		{"--json", "--speaker", "Morrow" + hostile, dir},
		{"Morrow", dir}, // speaker: a hostile story's speaker's profile
		{"--json", "Morrow" + hostile, dir},
		{"--query", "party:" + hostile + " ceasefire", dir},
		{"--query", "partty:" + hostile, dir},
		{"-"}, // the hostile story on standard input
		{"--json", "-"},
		{"--format", "md", dir}, // quotes: citations
		{"--format", "csv", "-"},
	}
	for _, u := range urls {
		argSets = append(argSets, []string{u}, []string{"--json", u})
	}
	names := []string{"help", "version", "no-such-command" + hostile}
	for name := range commands {
		names = append(names, name)
	}
	slices.Sort(names)
	// unsubscribe last: the others should see the subscriptions.
	names = slices.DeleteFunc(names, func(n string) bool { return n == "unsubscribe" })
	names = append(names, "unsubscribe")

	type run struct {
		args           []string
		stdout, stderr string
	}
	var runs []run
	// The commands share one opened library, as each would open it: under
	// -race, opening was a third of this test's time (issue #13).
	lib, err := openLibraryFrom(os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	restore := captureStd(t)
	for _, name := range names {
		for _, args := range argSets {
			args = append([]string{name}, args...)
			var out, errs bytes.Buffer
			runSharing(lib, args, strings.NewReader(stdinStory), &out, &errs)
			runs = append(runs, run{args, out.String(), errs.String()})
		}
	}
	var readerErr bytes.Buffer
	if r, _ := ParseReader([]string{"--" + hostile, dir}, strings.NewReader(""), &readerErr); r != nil {
		r.Close()
	}
	runs = append(runs, run{[]string{"(reader)", "--" + hostile}, "", readerErr.String()})
	var fatal bytes.Buffer
	PrintError(&fatal, fmt.Errorf("terminal gone %s http://ana:%s@h/", hostile, password))
	runs = append(runs, run{[]string{"(fatal error)"}, "", fatal.String()})
	around := restore()

	if around != "" {
		t.Errorf("written to os.Stdout or os.Stderr, around the command's writers:\n%q", around)
	}
	var all strings.Builder
	for _, r := range runs {
		isJSON := slices.Contains(r.args, "--json") && strings.HasPrefix(r.stdout, "[")
		check := leak
		if isJSON {
			check = jsonLeak
		}
		if why := check(r.stdout); why != "" {
			t.Errorf("brief %q: %s on stdout:\n%q", r.args, why, r.stdout)
		}
		if why := leak(r.stderr); why != "" {
			t.Errorf("brief %q: %s on stderr:\n%q", r.args, why, r.stderr)
		}
		all.WriteString(r.stdout + r.stderr)
	}
	// The hostile strings were printed, made safe: otherwise the test
	// proves nothing.
	for _, want := range []string{
		`"\x1b]0;TITLE\a\x1b[2Jempty.txt": empty`, // the escaped file, named
		"http://ana:xxxxx@127.0.0.1",              // the password URL, redacted
		"404 Not Found",                           // the server's status
		"Vesk",                                    // a hostile story
		"Almora Ministry",                         // a hostile feed title
		`\u009b31m\u202efeed`,                     // C1 and bidi in JSON, escaped
		"found as:",                               // a hostile story's speaker's profile
		"nothing by the name",                     // a hostile name, not known
	} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("no output holds %q: the hostile strings did not reach the paths tested", want)
		}
	}
}

// TestUnsubscribeRedactedURL: what "brief subscriptions" shows of a URL
// with a password can be given back to unsubscribe.
func TestUnsubscribeRedactedURL(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	u := "http://ana:" + password + "@feeds.tesmar.example/rss"
	out, _ := w.mustRun(ExitOK, "subscribe", "--force", u)
	if !strings.Contains(out, "http://ana:xxxxx@feeds.tesmar.example/rss") || strings.Contains(out, password) {
		t.Errorf("subscribe printed %q", out)
	}
	out, _ = w.mustRun(ExitOK, "unsubscribe", "http://ana:xxxxx@feeds.tesmar.example/rss")
	if !strings.Contains(out, "(0 subscriptions left") {
		t.Errorf("unsubscribe printed %q", out)
	}
}

// TestTextOutJudgesWholeLines: a sequence or a character cut between two
// writes is judged whole, and the last line without a newline is written
// by flush.
func TestTextOutJudgesWholeLines(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	out := newTextOut(&buf)
	text := "“Talks” " + oscTitle + "resume\nhttp://ana:" + password + "@h/ end"
	for i := 0; i < len(text); i++ {
		out.Write([]byte{text[i]})
	}
	if err := out.flush(); err != nil {
		t.Fatal(err)
	}
	if want := "“Talks” resume\nhttp://ana:xxxxx@h/ end"; buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}

// TestHugeTitlesAreCutAtInput is issue 13's title of a megabyte: "brief
// list URL" printed it on one stderr line, and once refreshed it was
// stored, never loaded, and warned at every start. Titles are cut as they
// are read, and so are the messages that quote them.
func TestHugeTitlesAreCutAtInput(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	// 128 KiB, past every bound it must be cut to (the 1 KiB title, the 2
	// KiB of stderr below) and past the 64 KiB of front matter a stored
	// item must fit in to load: a megabyte only took longer.
	huge := strings.Repeat("Orlavia ", 1<<14)
	srv := newFeedServer(t)
	url := srv.set("/huge.rss", rssFeed(huge, testItem{"huge-1", huge, "Envoy Ada Morrow said the talks would resume.", talksItem.date}))
	dir := t.TempDir()
	text := writeStory(t, dir, "huge.txt", huge+"\nVelhaven – The envoy said the talks would resume.\n")

	check := func(args ...string) {
		t.Helper()
		out, errs := w.mustRun(ExitOK, append([]string{"list", "--json"}, args...)...)
		if len(errs) > 2*1024 {
			t.Errorf("brief list %v: %d bytes on stderr:\n%.300s…", args, len(errs), errs)
		}
		found := 0
		for _, s := range decodeObjects(t, out) {
			title := s["title"].(string)
			if !strings.HasPrefix(title, "Orlavia Orlavia") {
				continue // a built-in briefing
			}
			found++
			if len(title) > 1024 {
				t.Errorf("brief list %v: a title of %d bytes: %.80q…", args, len(title), title)
			}
		}
		if found == 0 {
			t.Errorf("brief list %v: the story with the huge title is not listed:\n%.300s", args, out)
		}
	}
	check(url)
	check(text)
	w.mustRun(ExitOK, "subscribe", url)
	if _, errs := w.mustRun(ExitOK, "refresh"); len(errs) > 0 {
		t.Errorf("refresh: %.300s", errs)
	}
	check()
}
