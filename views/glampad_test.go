package views

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"github.com/muesli/termenv"

	"github.com/brief-reader/brief/data"
)

// TestPlainPaddingLooksTheSame: the lines of stories rendered in every
// style and colour profile, and hand-made ones, look the same cell by
// cell, as a terminal draws them, with their styled spaces made plain,
// whatever was styled before the line; and the padding does shrink.
func TestPlainPaddingLooksTheSame(t *testing.T) {
	t.Parallel()
	story := &data.Briefing{Title: "Talks: Varanda and Kestria Meet Again in Ostrava Nova", Dateline: "Ostrava Nova",
		Paragraphs: []data.Paragraph{
			{Text: "Ostrava Nova – Envoy Aru Veld said 東京東京 would be discussed, and the envoy of Kestria agreed."},
			{Text: "> A quotation, set apart.\n\n- one point\n- another, with `code` in it\n\n```\nfenced code\n```"},
		},
		Statements: []data.Statement{{Speaker: "Aru Veld", Party: "Varanda", Text: "東京東京 would be discussed", Kind: data.Reported, Paragraph: 0}},
	}
	hand := []string{
		"\x1b[1m\x1b[38;5;252m \x1b[0mafter bold", // styled before: kept
		"\x1b[48;5;63m \x1b[0m",                   // a background shows
		"\x1b[0m\x1b[4m \x1b[0m\x1b[7m \x1b[0m",   // underline, reverse
		"\x1b[0m\x1b[38;5;252;48;5;1m \x1b[0m",    // fg and bg
		"\x1b[0m\x1b[38;5;252m \x1b[0m\x1b[31m \x1b[0m\x1b[38;2;1;2;3m \x1b[0mx",
		"\x1b[0m\x1b[38;5m \x1b[0m\x1b[38;5;252m  \x1b[0m\x1b[38;5;252m \x1b[1m", // malformed, two spaces, no reset
		"\x1b[0m\x1b]8;;u\x07\x1b[38;5;252m \x1b[0m",                             // an OSC before
	}
	// Each style's lines, and the hand-made ones, side by side: in one
	// test they ended the package's tests under -race (issue #13).
	var shrunk atomic.Int64
	t.Run("lines", func(t *testing.T) {
		for _, style := range []string{"dark", "light", "notty"} {
			t.Run(style, func(t *testing.T) {
				t.Parallel()
				var lines []string
				for _, profile := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI, termenv.Ascii} {
					for _, width := range []int{8, 30, 60} {
						r := NewRenderer(style, profile)
						src, _ := markedMarkdown(story)
						g := r.glamour(width)
						g.mu.Lock()
						out, err := g.tr.Render(src)
						g.mu.Unlock()
						if err != nil {
							t.Fatal(err)
						}
						lines = append(lines, strings.Split(out, "\n")...)
					}
				}
				shrunk.Add(int64(looksTheSame(t, lines)))
			})
		}
		t.Run("made by hand", func(t *testing.T) {
			t.Parallel()
			shrunk.Add(int64(looksTheSame(t, hand)))
		})
	})
	if shrunk.Load() == 0 {
		t.Error("no padding made plain")
	}
}

// looksTheSame checks that each line with its padding made plain looks
// the same, whatever was styled before it, and is how many bytes the
// padding shrank by.
func looksTheSame(t *testing.T, lines []string) int {
	t.Helper()
	shrunk := 0
	for _, l := range lines {
		p := plainPadding(l)
		for _, before := range []sgrState{{}, {"bg": "5;63", "underline": "4", "fg": "5;9"}} {
			if got, want := cells(p, before), cells(l, before); got != want {
				t.Errorf("%q\nbecame %q\nlooks %s\nnot %s", l, p, got, want)
			}
		}
		shrunk += len(l) - len(p)
	}
	return shrunk
}

// sgrState is the SGR attributes in force, by name.
type sgrState map[string]string

// cells is how a terminal draws a line, cell by cell: each character
// with the attributes in force, a space with only those a space shows.
func cells(line string, before sgrState) string {
	st := sgrState{}
	for k, v := range before {
		st[k] = v
	}
	// The attributes as printed, a character's and a space's: printed
	// again only when an escape changes them, not at each character.
	var drawn, space string
	state := func() {
		shown := sgrState{}
		for _, k := range []string{"bg", "underline", "reverse", "strike", "blink", "conceal", "overline"} {
			if v, ok := st[k]; ok {
				shown[k] = v
			}
		}
		drawn, space = fmt.Sprint(map[string]string(st)), fmt.Sprint(map[string]string(shown))
	}
	state()
	var b strings.Builder
	for i := 0; i < len(line); {
		if line[i] == '\x1b' {
			if end := sgrEnd(line, i); end >= 0 {
				applySGR(st, line[i+2:end])
				state()
				i = end + 1
				continue
			}
			// an OSC to its end, any other escape's two bytes: drawn as nothing
			skip := 2
			if strings.HasPrefix(line[i:], "\x1b]") {
				if end := strings.IndexAny(line[i:], "\x07\x9c"); end > 0 {
					skip = end + 1
				}
			}
			i += skip
			continue
		}
		// The rune here, as []rune(line[i:])[0] gave it, without turning
		// the rest of the line into runes at each character.
		r, _ := utf8.DecodeRuneInString(line[i:])
		shown := drawn
		if r == ' ' {
			shown = space
		}
		b.WriteRune(r)
		b.WriteString(shown)
		b.WriteByte('|')
		i += len(string(r))
	}
	return b.String()
}

func applySGR(st sgrState, params string) {
	codes := strings.Split(params, ";")
	for i := 0; i < len(codes); i++ {
		switch c := codes[i]; {
		case c == "" || c == "0":
			clear(st)
		case c == "38" || c == "48":
			name := map[string]string{"38": "fg", "48": "bg"}[c]
			n := 2
			if i+1 < len(codes) && codes[i+1] == "2" {
				n = 4
			}
			end := min(i+1+n, len(codes))
			st[name] = strings.Join(codes[i+1:end], ";")
			i = end - 1
		case c == "39":
			delete(st, "fg")
		case c == "49":
			delete(st, "bg")
		case len(c) == 2 && (c[0] == '3' || c[0] == '9'):
			st["fg"] = c
		case len(c) == 2 && c[0] == '4' || len(c) == 3 && c[:2] == "10":
			st["bg"] = c
		default:
			name := map[string]string{"1": "bold", "2": "faint", "3": "italic", "4": "underline", "5": "blink", "7": "reverse", "8": "conceal", "9": "strike", "53": "overline"}[c]
			if name == "" {
				st["other"+c] = c
			} else {
				st[name] = c
			}
		}
	}
}
