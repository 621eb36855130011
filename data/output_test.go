package data

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPrintable(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"clean", "Port Selin: talks resume", "Port Selin: talks resume"},
		{"OSC title and clear", "404 Not Found\x1b]0;TITLE\a\x1b[2J", "404 Not Found"},
		{"SGR dropped", "\x1b[8mhidden\x1b[0m", "hidden"},
		{"C1 CSI and bidi", "tag \u009b31m<a\u202eb>", "tag <ab>"},
		{"BEL", "ding\a", "ding"},
		{"password", "fetching http://ana:secret@feeds.tesmar.example/rss failed",
			"fetching http://ana:xxxxx@feeds.tesmar.example/rss failed"},
	}
	for _, tt := range tests {
		if got := Printable(tt.in); got != tt.want {
			t.Errorf("%s: Printable(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestPrintableLine(t *testing.T) {
	t.Parallel()
	in := "HTTP 404\x1b]0;t\a\nfrom http://ana:secret@h/feed "
	if got, want := PrintableLine(in), "HTTP 404 from http://ana:xxxxx@h/feed"; got != want {
		t.Errorf("PrintableLine(%q) = %q, want %q", in, got, want)
	}
}

func TestPrintableScreenKeepsOnlySGR(t *testing.T) {
	t.Parallel()
	in := "\x1b[1;38;5;196mTitle\x1b[0m \x1b]0;owned\a\x1b[2J\u009b2J\u202e \x1b[38:2::1:2:3mx\x1b[m http://a:b@h/"
	want := "\x1b[1;38;5;196mTitle\x1b[0m  \x1b[38:2::1:2:3mx\x1b[m http://a:xxxxx@h/"
	if got := PrintableScreen(in); got != want {
		t.Errorf("PrintableScreen = %q, want %q", got, want)
	}
}

func TestRedactPasswordsAsURLRedacted(t *testing.T) {
	t.Parallel()
	for _, raw := range []string{
		"http://user:secret@host/feed",
		"https://ana:p%40ss@feeds.orlavia.example:8443/rss?x=1#top",
		"http://user@host/feed",
		"http://host/feed",
		"https://ana:secret@[::1]:8080/",
		"http://ana:@host/",
	} {
		u, err := url.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := RedactPasswords(raw), u.Redacted(); got != want {
			t.Errorf("RedactPasswords(%q) = %q, url.Redacted gives %q", raw, got, want)
		}
	}
	for in, want := range map[string]string{
		`subscribe "http://u:pw@h/x" and ftp://v:pw2@k`: `subscribe "http://u:xxxxx@h/x" and ftp://v:xxxxx@k`,
		"two://a:b@c then ://":                          "two://a:xxxxx@c then ://",
		"no url: a:b@c":                                 "no url: a:b@c",
		"http://a:xxxxx@h":                              "http://a:xxxxx@h",
	} {
		if got := RedactPasswords(in); got != want {
			t.Errorf("RedactPasswords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPrintableJSON(t *testing.T) {
	t.Parallel()
	value := "last \u009b31m error \u202eevil\u202c del\x7f tag\U000E0041 ok “quoted” http://u:pw@h/x"
	enc, err := json.Marshal(map[string]string{"last_error": value})
	if err != nil {
		t.Fatal(err)
	}
	out := PrintableJSON(enc)
	for _, r := range string(out) {
		if r < 0x20 || jsonEscaped(r) {
			t.Errorf("rune %U left raw in %s", r, out)
		}
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("not JSON: %v: %s", err, out)
	}
	want := strings.Replace(value, "u:pw@", "u:xxxxx@", 1)
	if back["last_error"] != want {
		t.Errorf("decoded %q, want %q", back["last_error"], want)
	}
	if !strings.Contains(string(out), `\u009b`) || !strings.Contains(string(out), `\udb40\udc41`) || !strings.Contains(string(out), "“quoted”") {
		t.Errorf("escapes not as expected: %s", out)
	}
}

func TestPrintablePathNamesTheFile(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"d/notes.txt", "d/notes.txt"},
		{"d/\x1b]0;TITLE\a\x1b[2Jempty.txt", `d/"\x1b]0;TITLE\a\x1b[2Jempty.txt"`},
		{"\u202ed/ok.txt", `"\u202ed"/ok.txt`},
		{"d/\u009bx/ok.txt", `d/"\u009bx"/ok.txt`},
		{"d/ trailing ", `d/" trailing "`},
		{"http://ana:secret@feeds.tesmar.example/‮rss", `http://ana:xxxxx@feeds.tesmar.example/"\u202erss"`},
	}
	for _, tt := range tests {
		got := PrintablePath(tt.in)
		if got != tt.want {
			t.Errorf("PrintablePath(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if Printable(got) != got {
			t.Errorf("PrintablePath(%q) = %q is not printable as it is", tt.in, got)
		}
	}
}

// TestLoadErrorNamesAnEscapedFile is issue 13's "an error about an escaped
// file name names a different file (empty.txt) that does not exist": once
// sanitised for the terminal, the message must still name the file.
func TestLoadErrorNamesAnEscapedFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	name := "\x1b]0;TITLE\a\x1b[2Jempty.txt"
	if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
		t.Skip("this file system refuses the name:", err)
	}
	_, errs := Load([]string{dir}, nil, LoadOptions{})
	if len(errs) != 1 {
		t.Fatalf("errors %v, want one", errs)
	}
	msg := Printable(errs[0].Error())
	want := filepath.Join(dir, `"\x1b]0;TITLE\a\x1b[2Jempty.txt"`) + ": empty"
	if msg != want {
		t.Errorf("printed %q, want %q", msg, want)
	}
}
