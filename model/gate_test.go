package model

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// The hostile strings of issue 13, as a file name, a server's status
// text, a feed's tag names and a URL with a password bring them.
const (
	hostileSeq  = "\x1b]0;TITLE\a\x1b[2J\u009b31m\u202e\a"
	passwordURL = "http://ana:secret@feeds.tesmar.example/rss"
)

// everyScreen is every value of screen, found from screen.String so that
// a screen added later is drawn here too.
func everyScreen() []screen {
	var out []screen
	for s := screen(0); ; s++ {
		ok := func() (ok bool) {
			defer func() { ok = recover() == nil }()
			_ = s.String()
			return true
		}()
		if !ok {
			return out
		}
		out = append(out, s)
	}
}

// TestHostileStringsNeverReachTheScreen draws every screen and every
// state on top of one (pickers, the filter being typed, the help, a
// refresh's message, the load errors in the status line) with hostile
// strings in the stories, the load errors, the refresh's message and its
// error, and checks that the frame holds nothing that drives the
// terminal but brief's own styles, and no password.
func TestHostileStringsNeverReachTheScreen(t *testing.T) {
	t.Parallel()
	b := hostileBriefing(t)
	b.Source = passwordURL // as a story read from that URL names it
	b.Paragraphs = append(b.Paragraphs, data.Paragraph{Text: "The minister's statement is at " + passwordURL + "/statements/of-the-ministry-on-the-talks."})
	// A story whose fields never passed data's sanitising, as one from a
	// new source that forgot it would be: the screen's gate must hold.
	envoy := data.Speaker{Name: "Ada" + hostileSeq + " Morrow", Role: "Envoy" + hostileSeq, Party: "Kestria" + hostileSeq, Person: true}
	raw := story("raw", "Raw"+hostileSeq+" Harbour Talks", "Ostrava"+hostileSeq+" Nova", time.Date(2031, 5, 2, 0, 0, 0, 0, time.UTC),
		[]string{"Ostrava Nova – “The harbour" + hostileSeq + " stays open,” the envoy said, see " + passwordURL + "."},
		[]string{"Kestria" + hostileSeq}, []data.Speaker{envoy},
		said{1, "The harbour" + hostileSeq + " stays open,", envoy.Name, envoy.Role, envoy.Party, "direct"})
	raw.Source = passwordURL
	loadErrs := []error{
		&data.LoadError{Path: "/briefings/" + hostileSeq + "empty.txt", Err: errors.New("empty")},
		&data.LoadError{Path: passwordURL, Err: errors.New("HTTP 404 Not Found" + hostileSeq)},
		errors.New("feed: element <item" + hostileSeq + "> closed by </b>"),
	}
	refresh := func(context.Context, func(int, int)) ([]*data.Briefing, string, error) {
		return nil, "1 failed (" + passwordURL + hostileSeq + ")", errors.New("refresh: " + hostileSeq + passwordURL)
	}
	yes := true
	states := [][]string{nil, {"enter"}, {"tab"}, {"E"}, {"p"}, {"s"}, {"/", "Vesk"}, {"?"}, {"r"}, {"tab", "i"}, {"tab", "I"}}
	var all strings.Builder
	for _, s := range everyScreen() {
		for _, keys := range states {
			for _, size := range []tea.WindowSizeMsg{{Width: 80, Height: 24}, {Width: 40, Height: 12}} {
				cfg := testConfig([]*data.Briefing{raw, b}, loadErrs...)
				cfg.NoColor, cfg.Refresh = &yes, refresh
				m := startModel(t, size.Width, size.Height, cfg)
				m.screen = s
				m = update(t, m, size)
				m = press(t, m, keys...)
				for m.refresh != nil {
					m = update(t, m, m.refresh.wait()())
				}
				screen := m.View()
				all.WriteString(screen)
				if why := screenIsInert(screen); why != "" {
					t.Errorf("%s, keys %v at %dx%d: %s on screen:\n%q", s, keys, size.Width, size.Height, why, screen)
				}
				if strings.Contains(screen, "secret") {
					t.Errorf("%s, keys %v at %dx%d: a password on screen:\n%s", s, keys, size.Width, size.Height, screen)
				}
			}
		}
	}
	// The hostile strings were on screen, made safe: otherwise the test
	// proves nothing.
	for _, want := range []string{"Morrow", "Harbour Talks", "ana:xxxxx@feeds", `"\x1b]0;TITLE`, "404 Not Found", "<item>", "1 failed"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("no screen shows %q: the hostile strings did not reach the paths tested", want)
		}
	}
}

// TestLoadErrorsNameTheFile is the E view of a folder holding an escaped
// file name: the file is named as it is, its escapes shown, and the
// server's message is there without its escapes.
func TestLoadErrorsNameTheFile(t *testing.T) {
	t.Parallel()
	errs := []error{
		&data.LoadError{Path: "/b/" + hostileSeq + "empty.txt", Err: errors.New("empty")},
		&data.LoadError{Path: passwordURL, Err: errors.New("HTTP 404 Not Found" + hostileSeq)},
	}
	m := startModel(t, 120, 24, testConfig(fixture(), errs...))
	m = press(t, m, "E")
	screen := screenText(m)
	assertContains(t, screen,
		`/b/"\x1b]0;TITLE\a\x1b[2J\u009b31m\u202e\aempty.txt": empty`,
		"http://ana:xxxxx@feeds.tesmar.example/rss: HTTP 404 Not Found")
}

// BenchmarkFrameGate is what the gate adds to drawing a frame: drawing
// it, then passing the drawn frame through data.PrintableScreen as View
// does, in the same run (see BENCHMARKS.md).
func BenchmarkFrameGate(b *testing.B) {
	for _, view := range []struct{ name, key string }{{"stories", ""}, {"quotes", "tab"}, {"story", "enter"}} {
		m := benchModel(b, view.key)
		frame := m.frame()
		b.Run(view.name+"/frame", func(b *testing.B) {
			for b.Loop() {
				_ = m.frame()
			}
		})
		b.Run(view.name+"/gate", func(b *testing.B) {
			b.SetBytes(int64(len(frame)))
			for b.Loop() {
				_ = data.PrintableScreen(frame)
			}
		})
	}
}
