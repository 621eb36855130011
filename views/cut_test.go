package views

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Every rune oneCell accepts is one cell, alone, between letters and
// doubled, as ansi measures it: were one wide, or joined to a
// neighbour, cut would keep a line that does not fit.
func TestOneCellIsOneCell(t *testing.T) {
	t.Parallel()
	accepted := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !oneCell(r) {
			continue
		}
		accepted++
		s := string(r)
		if w, in, twice := ansi.StringWidth(s), ansi.StringWidth("a"+s+"b"), ansi.StringWidth(s+s); w != 1 || in != 3 || twice != 2 {
			t.Errorf("%U %q: %d cells, %d between two letters, %d doubled", r, s, w, in, twice)
		}
	}
	if accepted < 900 {
		t.Errorf("oneCell accepts %d runes", accepted)
	}
}

// Every rune twoCells accepts is two cells, alone, between letters,
// doubled, and beside the runes of one cell and the other wide ones, as
// ansi measures it: were one joined to a neighbour, or one cell, cut
// would keep a line that does not fit or cut one that does.
func TestTwoCellsIsTwoCells(t *testing.T) {
	t.Parallel()
	accepted := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !twoCells(r) {
			continue
		}
		accepted++
		s := string(r)
		if w, in, twice, mixed := ansi.StringWidth(s), ansi.StringWidth("a"+s+"b"), ansi.StringWidth(s+s), ansi.StringWidth("é"+s+"—東😀"+s+"…"); w != 2 || in != 4 || twice != 4 || mixed != 11 {
			t.Errorf("%U %q: %d cells, %d between two letters, %d doubled, %d among others", r, s, w, in, twice, mixed)
		}
		if oneCell(r) {
			t.Errorf("%U: one cell and two", r)
		}
	}
	if accepted < 20_000 {
		t.Errorf("twoCells accepts %d runes", accepted)
	}
}

var cutCases = []string{
	"",
	"plain words",
	"\x1b[1;38;5;245mstyled\x1b[0m and not",
	"\x1b[7m▌\x1b[0m Tesmar — Orlavia “talks” … • ✗ ★ ½ ¶ é İ ← ↑ █ ▃ ⠋",
	"東京 talks: 😀 and Kestria",
	"e\u0301 combining, a soft\u00adhyphen",
	"zero\u200bwidth and \u202ebidi",
	"tab\there",
	"bell\a and \x7f delete",
	"\x1b]8;;https://example.org\x1b\\link\x1b]8;;\x1b\\",
	"cut short \x1b[31",
	"cut short \x1b[",
	"escape at the end \x1b",
	"\x1b[3\x01m control inside",
	"\x1b[3\x7fm delete inside",
	"\x1b(Bcharset",
	"bad \xff\xfe bytes",
	"👩‍👩‍👧 family, 🇹🇼 flag",
	"◽◾ wide squares, ☔ umbrella, ✅ check",
	"👍🏽 a skin tone, 😀\ufe0f a selector, 😀\u200d😀 joined, 東\u0301 combining, 東\u200b",
	"東京東京東京東京 😀😀😀 \x1b[1m東\x1b[0m京 a\x1b[31m😀\x1b[0mb",
	"\x1b[ 0A after an intermediate, \x1b[1 ;2m and \x1b[?25h",
	"a\x1b[31mb\x1b[0mc\x1b[1;2mé—…\x1b[m\x1b[38;5;252m \x1b[0m\x1b[7m\x1b[0m",
	"\x1b[1m\x1b[0m",
}

// cut is ansi.Truncate, whatever the line: the same string at every
// width, and plainCells, when it measures, measures as ansi does.
func TestCutIsTruncate(t *testing.T) {
	t.Parallel()
	for _, s := range cutCases {
		checkCut(t, s)
	}
}

func FuzzCut(f *testing.F) {
	for _, s := range cutCases {
		f.Add(s)
	}
	f.Fuzz(checkCut)
}

func checkCut(t *testing.T, s string) {
	if n, ok := plainCells(s); ok && n != ansi.StringWidth(s) {
		t.Errorf("%q: plainCells %d, ansi %d cells", s, n, ansi.StringWidth(s))
	}
	// The widths in two halves side by side: FuzzCut's seed corpus runs
	// after every test, alone, and its long input took a third of a
	// second under -race with one core idle (issue #13).
	ws := cutWidths(ansi.StringWidth(s))
	var halves sync.WaitGroup
	for half := range 2 {
		halves.Go(func() {
			for i := half; i < len(ws); i += 2 {
				w := ws[i]
				if got, want := cut(s, w), ansi.Truncate(s, w, "…"); got != want {
					t.Errorf("%q at %d cells: %q, ansi.Truncate %q", s, w, got, want)
				}
			}
		})
	}
	halves.Wait()
}

// cutWidths is every width up to a wide terminal's and a few around the
// string's own and its half: each check is linear in the string, so
// checking every width of a 10,000-cell input was quadratic, and the
// fuzzer took such an input for a hung worker.
// (The input it found is in the corpus a sixth as long, 638 cells:
// past 300, its half too, so every kind of width is still checked; at
// 3,900 cells it cost 2 CPU-s under -race. TestCutWidthsAreBounded holds
// the bound.)
func cutWidths(width int) []int {
	var ws []int
	for w := 0; w <= min(width+2, 300); w++ {
		ws = append(ws, w)
	}
	for _, w := range []int{width / 2, width - 1, width, width + 1, width + 2} {
		if w > 300 {
			ws = append(ws, w)
		}
	}
	return ws
}

// FuzzCut checks a long input at a bounded number of widths, not at
// each of its own: the fuzzer's worker hung on a 10,000-cell input.
func TestCutWidthsAreBounded(t *testing.T) {
	t.Parallel()
	ws := cutWidths(10_000)
	if len(ws) > 306 {
		t.Errorf("%d widths for a 10,000-cell line", len(ws))
	}
	for _, w := range []int{0, 300, 5_000, 9_999, 10_000, 10_002} {
		if !slices.Contains(ws, w) {
			t.Errorf("width %d is not checked", w)
		}
	}
}

// Lines plainCells measures, cut at every width, are cut as
// ansi.Truncate cuts them: cutPlain's own walk keeps the same cells and
// the same escape sequences past the cut.
func TestCutPlainIsTruncate(t *testing.T) {
	t.Parallel()
	pieces := []string{"a", "Tesmar ", "—", "…", "é", "█", "⠋", "★", " ", "東", "京", "😀", "\x1b[0m", "\x1b[1;38;5;245m", "\x1b[m", "\x1b[7m", "\x1b[?25h", "\x1b[1 q"}
	rng := rand.New(rand.NewPCG(13, 1))
	for range 300 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if _, ok := plainCells(s); !ok {
			t.Fatalf("%q: not plain, so not cutPlain's", s)
		}
		checkCut(t, s)
	}
}
