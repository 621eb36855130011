package model

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// hostileBriefing is a story whose text tries to drive the terminal: every
// C0 and C1 control, CSI, OSC (hyperlinks and clipboard writes), DCS, APC,
// PM and SOS sequences, bidi overrides and invisible characters, in the
// headline, the dateline, a speaker's name and a quotation.
func hostileBriefing(t *testing.T) *data.Briefing {
	t.Helper()
	var c0, c1 strings.Builder
	for r := rune(1); r < 0x20; r++ { // NUL makes a file binary, which is refused whole
		if r != '\n' && r != '\r' {
			c0.WriteRune(r)
		}
	}
	c0.WriteByte(0x7f)
	for r := rune(0x80); r <= 0x9f; r++ {
		c1.WriteRune(r) // as UTF-8
	}
	sequences := strings.Join([]string{
		"\x1b[2J\x1b[H",                       // clear, home
		"\x1b[10;10H\x1b[5A\x1b[?1049l",       // cursor moves, leave alt screen
		"\x1b]8;;https://evil.example/\x1b\\", // OSC 8 hyperlink
		"\x1b]52;c;cm0gLXJmIH4=\x07",          // OSC 52 clipboard write
		"\x1bP1$r0m\x1b\\",                    // DCS
		"\x1b_hidden\x1b\\",                   // APC
		"\x1b^privacy\x1b\\",                  // PM
		"\x1bXstring\x1b\\",                   // SOS
		"\x1bc\x1b7\x1b8",                     // reset, save and restore cursor
		"\x9b31m\x9d0;title\x9c",              // 8-bit CSI, OSC, ST (invalid UTF-8)
		"\u202e\u202a\u2066\u2069\u200e\u200f\u061c\u200b\u2060\ufeff",
	}, "")
	text := "Vesk" + sequences + "aria Talks Resume" + c0.String() + "\n" +
		"Port " + sequences + "Ilden – Foreign Minister Ada" + c1.String() + " Morrow said that the talks" + sequences + " would resume.\n" +
		"“We are ready" + sequences + c0.String() + ",” Morrow said.\n"
	b := attributedStory(t, "hostile.txt", text)
	if len(b.Statements) == 0 {
		t.Fatal("no statement found: the quote view would not show the hostile text, so the test proves less")
	}
	return b
}

// sgr matches the Select Graphic Rendition sequences brief's own styles
// write without colour (bold, italic, reverse): they change how text looks,
// never where the cursor is or what the terminal does.
var sgr = regexp.MustCompile(`\x1b\[[0-9;]*m`)

// screenIsInert reports what on the screen could drive a terminal: with
// colour off, once brief's own bold and reverse are set aside, the screen
// must hold no escape byte, no control character but newlines, and no bidi
// or invisible formatting character.
func screenIsInert(screen string) string {
	if !utf8.ValidString(screen) {
		return "invalid UTF-8"
	}
	for _, r := range sgr.ReplaceAllString(screen, "") {
		switch {
		case r == '\n':
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
			return fmt.Sprintf("control character %U", r)
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c,
			r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff:
			return "invisible formatting character"
		}
	}
	return ""
}

func TestArticleTextNeverDrivesTheTerminal(t *testing.T) {
	t.Parallel()
	b := hostileBriefing(t)
	yes := true
	for _, keys := range [][]string{
		nil, {"enter"}, {"tab"}, {"tab", "enter"}, {"p"}, {"s"}, {"enter", "/", "talks", "enter"}, {"/", "Talks"},
	} {
		for _, size := range []tea.WindowSizeMsg{{Width: 80, Height: 24}, {Width: 40, Height: 12}} {
			m := New(Config{Dark: &yes, NoColor: &yes, Load: func(emit func(*data.Briefing, error)) { emit(b, nil) }})
			m = drainLoad(t, m)
			m = update(t, m, size)
			m = press(t, m, keys...)
			screen := m.View()
			picker := len(keys) == 1 && (keys[0] == "p" || keys[0] == "s")
			if !picker && !strings.Contains(screen, "Morrow") && !strings.Contains(screen, "Vesk") {
				t.Errorf("keys %v at %dx%d: the story is not on screen, the test proves nothing:\n%s", keys, size.Width, size.Height, screen)
			}
			if why := screenIsInert(screen); why != "" {
				t.Errorf("keys %v at %dx%d: %s on screen:\n%q", keys, size.Width, size.Height, why, screen)
			}
		}
	}
}
