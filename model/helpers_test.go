package model

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/views"
)

// Keeping the model tests cheap (issue #13: `go test -race ./model` in
// 15 s on the project's 2-core machine). Under the race detector every
// frame a test draws costs about a millisecond, and attributing a story
// or reading the gazetteer costs more than most tests:
//
//   - build stories with story() and fixture() (fixture_test.go): they
//     are attributed by hand and cost no attribution;
//   - when a test needs the real engine, attribute one short invented
//     story with attributedStory: it uses data.DefaultAttributor, built
//     once per process. Config.Attributor may stay nil: New uses the same
//     one. Never data.NewAttributor in a test that does not test it;
//   - resize or press keys only as far as the assertion needs. To check
//     that a new view or state fits every size, add it as one more state
//     of TestEverySizeFits rather than a sweep of its own;
//   - rank the tests by time with
//     go test -race -count=1 -json ./model | jq -r 'select(.Action=="pass" and .Test) | "\(.Elapsed) \(.Test)"' | sort -rn | head

// attributedStory is text, a story of invented people, parsed as a file
// named name and attributed by the real engine, shared with every other
// test.
func attributedStory(t testing.TB, name, text string) *data.Briefing {
	t.Helper()
	b, err := data.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	data.DefaultAttributor().Attribute(b)
	return b
}

// newModel is the reader over briefings, loaded, at width x height, in a
// fixed theme so that the output does not depend on the terminal.
func newModel(t testing.TB, width, height int, bs []*data.Briefing) Model {
	t.Helper()
	return startModel(t, width, height, testConfig(bs))
}

// testConfig loads bs, then the errors, in the fixed theme.
func testConfig(bs []*data.Briefing, errs ...error) Config {
	dark, noColor := true, false
	return Config{
		Load: func(emit func(*data.Briefing, error)) {
			for _, b := range bs {
				emit(b, nil)
			}
			for _, err := range errs {
				emit(nil, err)
			}
		},
		Dark: &dark, NoColor: &noColor,
	}
}

// startModel is the reader of cfg once loaded, at width x height.
func startModel(t testing.TB, width, height int, cfg Config) Model {
	t.Helper()
	m := drainLoad(t, New(cfg))
	return update(t, m, tea.WindowSizeMsg{Width: width, Height: height})
}

// drainLoad runs the loader to its end, as the program would.
func drainLoad(t testing.TB, m Model) Model {
	t.Helper()
	for m.loading {
		m = update(t, m, m.loader.next()())
	}
	return m
}

// update is one Update. Its commands are not run: the fixture's stories
// are short enough to render at once, and the loader is driven by
// drainLoad.
func update(t testing.TB, m Model, msg tea.Msg) Model {
	t.Helper()
	next, _ := m.Update(msg)
	return next.(Model)
}

// press sends keys, each as the terminal would: names like "enter",
// "esc", "tab", "ctrl+c", "up"; anything else is typed rune by rune.
func press(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		for _, msg := range keyMsgs(k) {
			m = update(t, m, msg)
		}
	}
	return m
}

var namedKeys = map[string]tea.KeyType{
	"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "ctrl+c": tea.KeyCtrlC,
	"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
	"backspace": tea.KeyBackspace, "space": tea.KeySpace, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp,
}

func keyMsgs(k string) []tea.Msg {
	if t, ok := namedKeys[k]; ok {
		return []tea.Msg{tea.KeyMsg{Type: t}}
	}
	var out []tea.Msg
	for _, r := range k {
		out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return out
}

// quits reports whether Update answers the key with tea.Quit.
func quits(t testing.TB, m Model, k string) bool {
	t.Helper()
	_, cmd := m.Update(keyMsgs(k)[0])
	if cmd == nil {
		return false
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		for _, c := range batch {
			if _, ok := c().(tea.QuitMsg); ok {
				return true
			}
		}
	}
	_, ok := msg.(tea.QuitMsg)
	return ok
}

// screenText is the view without styling.
func screenText(m Model) string { return ansi.Strip(m.View()) }

func assertContains(t testing.TB, screen string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(screen, w) {
			t.Errorf("screen lacks %q:\n%s", w, screen)
		}
	}
}

// fits reports whether a view is at most h lines of at most w cells,
// measured as a terminal would draw it.
func fits(view string, w, h int) bool {
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		return false
	}
	for _, l := range lines {
		if cellsAtMost(l) > w && ansi.StringWidth(l) > w {
			return false
		}
	}
	return true
}

// cellsAtMost is a bound on the cells a line takes that is cheap to
// count: a cell for each character of one cell at most (runeCellsAtMost),
// two for any other, none for well-formed CSI sequences. No character
// takes more than two cells, and a grapheme of two characters or more
// is counted two at least, so a line within the bound fits and is not
// measured again: the size sweeps measured some 40,000 frames with
// ansi's parser, and a byte count left every line with a dash, a dot
// or a box-drawing character in it to measure (issue #13).
func cellsAtMost(l string) int {
	n := 0
	for i := 0; i < len(l); {
		c := l[i]
		if c == '\x1b' && i+1 < len(l) && l[i+1] == '[' {
			if end := csiEnd(l, i+2); end > 0 {
				i = end + 1
				continue
			}
		}
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(l[i:])
		n += runeCellsAtMost(r)
		i += size
	}
	return n
}

// runeCellsAtMost is 1 for the characters that take one cell at most
// alone (TestCellsAtMostBoundsTheWidth measures every one): below U+1100,
// where the wide characters begin, and the punctuation, arrows, box
// drawing, blocks, braille and marks brief draws its lines with; 2 for
// any other, the most a character takes.
func runeCellsAtMost(r rune) int {
	switch {
	case r == utf8.RuneError:
		return 2
	case r < 0x1100,
		r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205e, // punctuation
		r >= 0x2190 && r <= 0x21ff,                           // arrows
		r >= 0x2500 && r <= 0x25fc,                           // box drawing, blocks, shapes
		r >= 0x2800 && r <= 0x28ff,                           // braille
		r == 0x2605, r == 0x2606, r >= 0x2713 && r <= 0x2718: // ★ ☆ ✓ ✔ ✕ ✖ ✗ ✘
		return 1
	}
	return 2
}

// csiEnd is the index of the final byte of a CSI sequence whose
// parameters start at from, or -1 when what follows is not one.
func csiEnd(l string, from int) int {
	for j := from; j < len(l); j++ {
		switch c := l[j]; {
		case c >= 0x20 && c <= 0x3f: // parameter and intermediate bytes
		case c >= 0x40 && c <= 0x7e:
			return j
		default:
			return -1
		}
	}
	return -1
}

// assertFits fails the test when a view is taller than h lines or has a
// line wider than w cells, measured as a terminal would draw it.
func assertFits(t testing.TB, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Fatalf("%dx%d: %d lines", w, h, len(lines))
	}
	for _, l := range lines {
		if cellsAtMost(l) <= w {
			continue
		}
		if cells := ansi.StringWidth(l); cells > w {
			t.Fatalf("%dx%d: a line of %d cells: %q", w, h, cells, ansi.Strip(l))
		}
	}
}

func assertLacks(t testing.TB, screen string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if strings.Contains(screen, w) {
			t.Errorf("screen shows %q:\n%s", w, screen)
		}
	}
}

// renderedMsgs runs the commands of an Update that render the rest of a
// long story, as the program would, and returns their messages. It must
// only be given commands that do not wait (no loader, no spinner).
func renderedMsgs(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, renderedMsgs(c)...)
		}
		return out
	case views.DocRenderedMsg:
		return []tea.Msg{msg}
	}
	return nil
}
