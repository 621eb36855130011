package model

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/brief-reader/brief/data"
)

// TestScreens compares what each screen shows, without colours, at 80x24
// and 40x12 with testdata/TestScreens/*.golden (go test -update rewrites
// them; read the diff before committing).
func TestScreens(t *testing.T) {
	t.Parallel()
	screens := []struct {
		name string
		keys []string
	}{
		{"list", nil},
		{"list_help", []string{"?"}},
		{"list_filtered", []string{"p", "kestria", "enter", "/", "talks"}},
		{"quotes", []string{"tab"}},
		{"party_picker", []string{"tab", "p"}},
		{"speaker_picker", []string{"tab", "s"}},
		{"detail", []string{"enter"}},
		{"detail_search", []string{"enter", "/", "talks", "enter", "n"}},
		{"detail_statement", []string{"tab", "j", "j", "enter"}},
		{"load_errors", []string{"E"}},
		{"speaker_profile", []string{"tab", "i"}},
		{"party_profile", []string{"tab", "I"}},
	}
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				m := press(t, newModelWithErrors(t, size[0], size[1], fixture()), sc.keys...)
				golden.RequireEqual(t, []byte(screenText(m)))
			})
		}
	}
}

// TestLibraryScreens is TestScreens with the user's library: unread
// marks, a refresh under way and its outcome.
func TestLibraryScreens(t *testing.T) {
	t.Parallel()
	screens := []struct {
		name string
		keys []string
		step refreshStage
	}{
		{"unread", []string{"j", "enter", "esc"}, noRefresh},
		{"refreshing", []string{"j", "r"}, refreshReported},
		{"refreshed", []string{"j", "r"}, refreshDone},
	}
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				f := newFakeLibrary("border-talks")
				f.fresh, f.summary = freshStories(), "2 new stories from Lunmark Wire"
				m := press(t, newLibraryModel(t, size[0], size[1], fixture(), f), sc.keys...)
				m = advanceRefresh(t, m, f, sc.step)
				golden.RequireEqual(t, []byte(screenText(m)))
			})
		}
	}
}

// TestProgram runs the reader as a program, as main does, and walks the
// issue's path: the list, a story, the next story, the quote view, a
// party.
func TestProgram(t *testing.T) {
	t.Parallel()
	dark, noColor := true, false
	m := New(Config{Dark: &dark, NoColor: &noColor, Load: func(emit func(*data.Briefing, error)) {
		for _, b := range fixture() {
			emit(b, nil)
		}
	}})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	out := tm.Output()
	waitFor(t, out, "Sorreland Frees Two Detained")
	steps := []struct {
		send tea.Msg
		want string
	}{
		{tea.KeyMsg{Type: tea.KeyEnter}, "[Tomas Orvell · Kestria] Ostrava"},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("l")}, "Aldmoor – The Meridian Council met"},
		{tea.KeyMsg{Type: tea.KeyEsc}, "Stories  2/3"},
		{tea.KeyMsg{Type: tea.KeyTab}, "Quotes  1/9"},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("p")}, "Choose a party"},
	}
	for _, st := range steps {
		tm.Send(st.send)
		waitFor(t, out, st.want)
	}
	tm.Type("sorre")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, out, "party:Sorreland")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	golden.RequireEqual(t, []byte(screenText(final)))
}

// waitFor reads the program's output until it shows want.
func waitFor(t *testing.T, out io.Reader, want string) {
	t.Helper()
	teatest.WaitFor(t, out, func(b []byte) bool {
		return bytes.Contains([]byte(ansi.Strip(string(b))), []byte(want)) ||
			strings.Contains(string(b), want)
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}
