package data

import (
	"errors"
	"strings"
	"testing"
)

// TestReadLimited: the size from Stat is only a hint; a file that shrank or
// grew since is read whole, and the limit holds either way.
func TestReadLimited(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		content   string
		max, hint int64
		want      string
		tooLarge  bool
		empty     bool
	}{
		{"exact hint", "hello", 10, 5, "hello", false, false},
		{"no hint", "hello", 10, 0, "hello", false, false},
		{"shrank", "hel", 10, 5, "hel", false, false},
		{"grew", "hello world", 20, 5, "hello world", false, false},
		{"grew past the limit", "hello world", 8, 5, "", true, false},
		{"at the limit", "hello", 5, 5, "hello", false, false},
		{"one past the limit", "hello!", 5, 5, "", true, false},
		{"past the limit, no hint", "hello!", 5, 0, "", true, false},
		{"emptied", "", 10, 5, "", false, true},
		{"empty, no hint", "", 10, 0, "", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readLimited(strings.NewReader(tt.content), tt.max, tt.hint)
			switch {
			case tt.tooLarge:
				if !errors.Is(err, ErrTooLarge) {
					t.Fatalf("err %v, want ErrTooLarge", err)
				}
			case tt.empty:
				if err == nil || err.Error() != "empty" {
					t.Fatalf("err %v, want empty", err)
				}
			case err != nil:
				t.Fatal(err)
			case string(got) != tt.want:
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestParseOwnedAgrees: parsing a buffer in place gives what Parse gives.
func TestParseOwnedAgrees(t *testing.T) {
	t.Parallel()
	inputs := map[string]string{
		"plain.txt":  "Varanda and Ostrel Talk\r\nPORT ELLIS – Ilse Marrow said the talks went well.\r\n",
		"front.md":   "---\ntitle: Talks\nparties: [Varanda]\n---\n\nIlse Marrow said \"we agree.\"\n",
		"invalid.md": "# Talks\n\nIlse Marrow said \xff the talks went well.\n",
		"bom.txt":    "\xef\xbb\xbfTalks\nIlse Marrow said so.\n",
		"utf16.txt":  "\xff\xfeT\x00a\x00\n\x00x\x00",
	}
	for name, in := range inputs {
		want, werr := Parse(name, []byte(in))
		got, gerr := parseOwned(name, []byte(in))
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("%s: errors %v and %v", name, werr, gerr)
		}
		if werr != nil {
			continue
		}
		if got.Title != want.Title || len(got.Paragraphs) != len(want.Paragraphs) || strings.Join(got.Warnings, "|") != strings.Join(want.Warnings, "|") {
			t.Errorf("%s: parseOwned %+v, Parse %+v", name, got, want)
			continue
		}
		for i := range got.Paragraphs {
			if got.Paragraphs[i] != want.Paragraphs[i] {
				t.Errorf("%s: paragraph %d: %+v, want %+v", name, i, got.Paragraphs[i], want.Paragraphs[i])
			}
		}
	}
}

func TestSlabBuffersAreSeparate(t *testing.T) {
	t.Parallel()
	var s slab
	a, b := s.alloc(10), s.alloc(20)
	if len(a) != 10 || cap(a) != 10 || len(b) != 20 || cap(b) != 20 {
		t.Fatalf("len/cap %d/%d and %d/%d", len(a), cap(a), len(b), cap(b))
	}
	for i := range b {
		b[i] = 'b'
	}
	a = append(a, 'x') // must move, not write into b
	if b[0] != 'b' {
		t.Error("appending to one buffer wrote into the next")
	}
	big := s.alloc(slabOwn + 1)
	if len(big) != slabOwn+1 {
		t.Errorf("big buffer of %d bytes", len(big))
	}
	// a block that cannot take the next buffer is left for a new one
	for range slabBlock / 1000 {
		s.alloc(1000)
	}
	if c := s.alloc(slabOwn); len(c) != slabOwn {
		t.Errorf("buffer of %d bytes after a full block", len(c))
	}
}
