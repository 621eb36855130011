package data

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The gate. Input is sanitised as it is read, but text reaches the
// terminal from more places than stories: error messages quoting what a
// server sent, file names, URLs from a hand-edited file. Rather than
// trusting each place that prints to remember, everything brief prints
// passes one of these on its way out: Printable for text, PrintableScreen
// for a screen drawn with brief's own styles, PrintableJSON for JSON.

// Printable is text made safe to print: Sanitize, with the passwords of
// URLs in it redacted.
func Printable(s string) string {
	return RedactPasswords(Sanitize(s))
}

// PrintableLine is Printable for one line (SanitizeLine): for text that
// comes from outside into a line brief lays out, such as an error in a
// status bar, where it must be final before it is wrapped or cut, since a
// URL split over two lines no longer shows its password as one.
func PrintableLine(s string) string {
	return RedactPasswords(SanitizeLine(s))
}

// PrintableScreen is Printable for a screen brief has styled: the SGR
// sequences (colour, bold, reverse) that its styles write are kept, as
// they change how text looks, never the cursor, the title, the clipboard
// or anything else the terminal does. Text that reaches a styled screen
// from outside is sanitised before it is styled, which drops its own SGR.
func PrintableScreen(s string) string {
	return RedactPasswords(sanitize(s, modeStyled))
}

// PrintableJSON is encoded JSON made safe to print: what encoding/json
// leaves raw and a terminal or an editor acts on (DEL, C1 controls, bidi
// and invisible format characters) becomes a \u escape, so that the
// value a script decodes is unchanged, and passwords in URLs are
// redacted. encoding/json already escapes C0 controls, U+2028 and U+2029,
// and turns invalid UTF-8 into U+FFFD.
func PrintableJSON(b []byte) []byte {
	if i := bytes.IndexFunc(b, jsonEscaped); i >= 0 {
		out := make([]byte, 0, len(b)+16)
		out = append(out, b[:i]...)
		for _, r := range string(b[i:]) {
			if !jsonEscaped(r) {
				out = utf8.AppendRune(out, r)
				continue
			}
			if r1, r2 := utf16.EncodeRune(r); r1 != utf8.RuneError {
				out = appendU(appendU(out, r1), r2)
			} else {
				out = appendU(out, r)
			}
		}
		b = out
	}
	if bytes.Contains(b, []byte("://")) {
		b = []byte(RedactPasswords(string(b)))
	}
	return b
}

func jsonEscaped(r rune) bool {
	return r == 0x7f || r >= 0x80 && r <= 0x9f || invisible(r)
}

func appendU(b []byte, r rune) []byte {
	b = append(b, `\u`...)
	h := strconv.FormatInt(int64(r), 16)
	b = append(b, "0000"[len(h):]...)
	return append(b, h...)
}

// RedactPasswords replaces the password of every URL in s with "xxxxx",
// as url.URL.Redacted does: "https://ana:secret@example.org/feed" is
// printed "https://ana:xxxxx@example.org/feed". The URL need not parse:
// messages quote URLs that are broken, or cut.
func RedactPasswords(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	var b strings.Builder
	rest := s
	for {
		i := strings.Index(rest, "://")
		if i < 0 {
			break
		}
		auth := i + 3
		end := auth + strings.IndexFunc(rest[auth:], endsAuthority)
		if end < auth {
			end = len(rest)
		}
		at := strings.LastIndexByte(rest[auth:end], '@')
		colon := strings.IndexByte(rest[auth:end], ':')
		if at < 0 && colon >= 0 && !hostPort(rest[auth:end]) {
			// "http://ana:secret…", a URL cut before its host: what
			// follows the colon is no port, so it is a password.
			at = end - auth
		}
		if at < 0 || colon < 0 || colon > at || rest[auth+colon+1:auth+at] == "xxxxx" {
			b.WriteString(rest[:end])
			rest = rest[end:]
			continue
		}
		b.WriteString(rest[:auth+colon+1])
		b.WriteString("xxxxx")
		rest = rest[auth+at:]
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(rest)
	return b.String()
}

// hostPort reports whether an authority without "@" can be a host and
// port: "example.org:8443", "[::1]:80", "[::1]".
func hostPort(auth string) bool {
	if strings.HasPrefix(auth, "[") {
		return true
	}
	port := auth[strings.IndexByte(auth, ':')+1:]
	return strings.Trim(port, "0123456789") == ""
}

// endsAuthority ends the user:password@host part of a URL in running
// text: a path, a query, a fragment, or what cannot be in a URL.
func endsAuthority(r rune) bool {
	switch r {
	case '/', '?', '#', '"', '\'', '<', '>', '`', '\\', ' ', '\n', '\t', '…':
		return true
	}
	return r < 0x20 || r == 0x7f
}

// PrintablePath is a file name or URL as messages name it. Sanitize drops
// escape sequences and their payload, which is right for text but makes a
// file named "\x1b]0;t\a\x1b[2Jempty.txt" read as "empty.txt", a file that
// does not exist. So each part of a path that Sanitize would change is
// shown quoted, its controls escaped as Go writes them
// ("\"\\x1b]0;t\\a\\x1b[2Jempty.txt\""), and the path still names the
// file; clean parts are left as they are. The password of a URL is
// redacted.
func PrintablePath(p string) string {
	p = RedactPasswords(p)
	if SanitizeLine(p) == p {
		return p
	}
	parts := strings.SplitAfter(p, "/")
	for i, part := range parts {
		name := strings.TrimSuffix(part, "/")
		if SanitizeLine(name) != name || strings.HasPrefix(name, " ") || strings.HasSuffix(name, " ") {
			parts[i] = strconv.Quote(name) + part[len(name):]
		}
	}
	return strings.Join(parts, "")
}
