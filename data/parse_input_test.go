package data

// Parsing input that is not clean text: other encodings, invalid UTF-8,
// control characters, and front matter that does not parse.

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16Bytes(s string, bigEndian bool) []byte {
	out := []byte{0xff, 0xfe}
	if bigEndian {
		out = []byte{0xfe, 0xff}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestParseHygiene(t *testing.T) {
	t.Parallel()
	const text = "Headline “quoted”\nFirst paragraph.\nSecond 𝄞 paragraph.\n"
	want := []string{"First paragraph.", "Second 𝄞 paragraph."}
	tests := []struct {
		name string
		raw  []byte
	}{
		{"LF", []byte(text)},
		{"CRLF", []byte(strings.ReplaceAll(text, "\n", "\r\n"))},
		{"lone CR", []byte(strings.ReplaceAll(text, "\n", "\r"))},
		{"UTF-8 BOM", append([]byte{0xef, 0xbb, 0xbf}, text...)},
		{"UTF-16LE", utf16Bytes(text, false)},
		{"UTF-16BE", utf16Bytes(text, true)},
		{"escape sequences", []byte("Headline “quoted”\x1b]0;x\x07\nFirst \x1b[31mparagraph.\x1b[0m\nSecond 𝄞\u202e paragraph.\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse("h.txt", tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			if b.Title != "Headline “quoted”" || !reflect.DeepEqual(texts(b), want) || len(b.Warnings) != 0 {
				t.Errorf("title %q paragraphs %q warnings %q", b.Title, texts(b), b.Warnings)
			}
		})
	}
}

func TestParseInvalidUTF8(t *testing.T) {
	t.Parallel()
	b, err := Parse("x.txt", []byte("Headline\nBad \xff\xfe byte.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if b.Paragraphs[0].Text != "Bad \uFFFD byte." {
		t.Errorf("got %q", b.Paragraphs[0].Text)
	}
	if len(b.Warnings) != 1 || !strings.Contains(b.Warnings[0], "invalid UTF-8") {
		t.Errorf("warnings %q", b.Warnings)
	}
}

func TestParseErrors(t *testing.T) {
	t.Parallel()
	// Each of 200 parties shares one list of 1,000 aliases: 200,000 values
	// from a few kilobytes, if aliases were followed without a budget.
	bomb := "---\nl: &l [" + strings.Repeat("x,", 999) + "x]\np: &p {name: x, aliases: *l}\nparties: [" +
		strings.Repeat("*p,", 199) + "*p]\n---\nBody.\n"

	tests := []struct {
		name string
		raw  []byte
		want string // substring of the error
	}{
		{"empty", nil, "empty"},
		{"only blank lines", []byte("\n \n\t\n"), "empty"},
		{"BOM only", []byte{0xef, 0xbb, 0xbf}, "empty"},
		{"NUL byte", []byte("Headline\x00\nBody"), "not text"},
		{"mostly control bytes", []byte("\x01\x02\x03\x04\x05\x06abc\x07\x08\x0e\x0f"), "not text"},
		{"mostly invalid UTF-8", []byte("\xfd\xfc\xfb\xfa\xf9abc\xf8\xf7\xff\xfe"), "not text"},
		{"odd UTF-16", []byte{0xff, 0xfe, 'a', 0, 'b'}, "UTF-16"},
		{"invalid YAML names the line", []byte("---\ntitle: ok\ndate: [unclosed\n---\nBody\n"), "front matter: line "},
		{"YAML type error names the line", []byte("---\ntitle: ok\nparties:\n  - {name: [x]}\n---\nBody\n"), "front matter: line 4:"},
		{"unclosed front matter", []byte("---\ntitle: x\nBody\n"), "no closing"},
		{"huge front matter", []byte("---\nnote: \"" + strings.Repeat("x", 70<<10) + "\"\n---\nBody\n"), "larger than 64 KiB"},
		{"alias bomb", []byte(bomb), "too many values"},
		{"front matter without title or body", []byte("---\ndate: 2031-01-01\n---\n"), "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse("e.md", tt.raw)
			if err == nil {
				t.Fatalf("no error; got %+v", b)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestParseYAMLErrorLine(t *testing.T) {
	t.Parallel()
	// The YAML error is on line 3 of the file (line 2 of the front matter).
	_, err := Parse("y.md", []byte("---\ntitle: ok\ndate: : :\n---\nBody\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "front matter: line 3:") {
		t.Errorf("got %v, want an error naming file line 3", err)
	}
}
