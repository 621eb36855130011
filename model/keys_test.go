package model

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

func TestQuitKeys(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		setup []string
		key   string
		quits bool
	}{
		{"q in the list", nil, "q", true},
		{"q in the quote view", []string{"tab"}, "q", true},
		{"q in the detail view", []string{"enter"}, "q", true},
		{"ctrl+c in the list", nil, "ctrl+c", true},
		{"ctrl+c while typing a filter", []string{"/"}, "ctrl+c", true},
		{"ctrl+c in a picker", []string{"p"}, "ctrl+c", true},
		{"q while typing a filter", []string{"/"}, "q", false},
		{"q while typing a search", []string{"enter", "/"}, "q", false},
		{"q in a picker", []string{"p"}, "q", false},
		{"esc in the list", nil, "esc", false},
		{"esc in the quote view", []string{"tab"}, "esc", false},
		{"esc in the detail view", []string{"enter"}, "esc", false},
		{"esc with a filter", []string{"/", "x", "enter"}, "esc", false},
		{"esc in a picker", []string{"p"}, "esc", false},
		{"esc while typing", []string{"/"}, "esc", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := press(t, newModel(t, 80, 24, fixture()), tt.setup...)
			if got := quits(t, m, tt.key); got != tt.quits {
				t.Errorf("quits = %v, want %v", got, tt.quits)
			}
		})
	}
}

func TestEscNeverLeavesTheStartScreen(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 80, 24, fixture()), "esc", "esc", "esc")
	assertContains(t, screenText(m), "Stories  1/3", "Varanda and Kestria Agree")
}

func TestHelpToggles(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		setup []string
		full  []string // only in the full help
	}{
		{"list", nil, []string{"page down", "bottom", "top"}},
		{"quotes", []string{"tab"}, []string{"page down", "bottom"}},
		{"detail", []string{"enter"}, []string{"½ page down", "page up", "bottom"}},
		{"detail while searching", []string{"enter", "/", "the", "enter"}, []string{"previous match", "bottom"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := press(t, newModel(t, 100, 30, fixture()), tt.setup...)
			short := screenText(m)
			assertContains(t, short, "? help", "q quit")
			assertLacks(t, short, tt.full...)
			m = press(t, m, "?")
			assertContains(t, screenText(m), tt.full...)
			assertLacks(t, screenText(press(t, m, "?")), tt.full...)
		})
	}
}

func TestTheHelpBarKeepsHelpAndQuitWhenNarrow(t *testing.T) {
	t.Parallel()
	for _, w := range []int{40, 50, 60, 80} {
		s := screenText(newModel(t, w, 12, fixture()))
		assertContains(t, s, "? help", "q quit")
		// Where the full help of a story does not fit 12 rows, the short
		// bar that stands in for it must be fitted too.
		s = screenText(press(t, newModel(t, w, 12, fixture()), "enter", "?"))
		assertContains(t, s, "help", "quit")
	}
}

// TestShortHelpKeepsTheMostUsefulKeys: with the user's library at 80
// columns the bar cannot hold every key; it keeps the ones for opening,
// switching and filtering, and r moves to the full help.
func TestShortHelpKeepsTheMostUsefulKeys(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		width int
		keys  []string
		want  []string
		lacks []string
	}{
		{"list at 80", 80, nil,
			[]string{"enter open", "tab quotes", "p party", "s speaker", "/ filter", "? help", "q quit"}, []string{"r refresh"}},
		{"quotes at 80", 80, []string{"tab"},
			[]string{"enter open", "tab stories", "p party", "s speaker", "/ filter", "? help", "q quit"}, []string{"r refresh"}},
		{"full help at 80", 80, []string{"?"}, []string{"r     refresh", "enter open", "/ filter"}, nil},
		{"list at 120", 120, nil, []string{"enter open", "/ filter", "r refresh", "? help", "q quit"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := press(t, newLibraryModel(t, tt.width, 24, fixture(), newFakeLibrary()), tt.keys...)
			lines := strings.Split(screenText(m), "\n")
			bar := strings.Join(lines[len(lines)-6:], "\n") // the short help is the last line, the full help the last six
			assertContains(t, bar, tt.want...)
			assertLacks(t, bar, tt.lacks...)
		})
	}
}

// TestLettersReadTogetherAreEachAKey: bubbletea hands letters that arrive
// in one read over as one message; the reader takes each as the key it
// is, and the screen is the one the keys sent one by one make.
func TestLettersReadTogetherAreEachAKey(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		setup []string
		burst string
		want  string
	}{
		{"moves", nil, "jj", "Stories  3/3"},
		{"moves and back", []string{"tab"}, "jjjk", "Quotes  3/9"},
		{"opens a picker and types into it", []string{"tab"}, "sorv", "(1 of 6)"},
		{"starts a filter and types it", nil, "/fisherm", "Stories  1/1 fisherm"},
		{"in a text input it is text", []string{"/"}, "jk", "filter: jk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := press(t, newModel(t, 80, 24, fixture()), tt.setup...)
			together := update(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(tt.burst)})
			apart := press(t, m, tt.burst)
			if got, want := screenText(together), screenText(apart); got != want {
				t.Errorf("together:\n%s\napart:\n%s", got, want)
			}
			assertContains(t, screenText(together), tt.want)
		})
	}
}

// TestCtrlCQuitsInEveryState: whatever runs in the background and
// whatever has the focus, ctrl+c quits at once. A load that never ends
// ("brief -" waiting on a terminal) must not keep the reader open.
func TestCtrlCQuitsInEveryState(t *testing.T) {
	t.Parallel()
	dark := true
	never := make(chan any) // a load that never ends
	defer close(never)
	loading := func(t *testing.T) Model {
		return New(Config{Load: stepLoader(never), Dark: &dark})
	}
	sized := func(m Model) Model { return update(t, m, tea.WindowSizeMsg{Width: 80, Height: 24}) }
	loaded := func(t *testing.T) Model { return newModel(t, 80, 24, fixture()) }
	tests := []struct {
		name  string
		model func(t *testing.T) Model
		keys  []string
	}{
		{"loading, before the window size", loading, nil},
		{"loading", func(t *testing.T) Model { return sized(loading(t)) }, nil},
		{"loading, help shown", func(t *testing.T) Model { return sized(loading(t)) }, []string{"?"}},
		{"loading, in a picker", func(t *testing.T) Model { return sized(loading(t)) }, []string{"p"}},
		{"loading, typing a filter", func(t *testing.T) Model { return sized(loading(t)) }, []string{"/", "x"}},
		{"loading, on the quote view", func(t *testing.T) Model { return sized(loading(t)) }, []string{"tab"}},
		{"opening the library", func(t *testing.T) Model {
			return sized(New(Config{Load: stepLoader(never), Dark: &dark, OpenStored: func() (Stored, error) { select {} }}))
		}, nil},
		{"refreshing", func(t *testing.T) Model {
			return newLibraryModel(t, 80, 24, fixture(), newFakeLibrary())
		}, []string{"r"}},
		{"in a story", loaded, []string{"enter"}},
		{"typing a search in a story", loaded, []string{"enter", "/", "ta"}},
		{"with a search in a story", loaded, []string{"enter", "/", "ta", "enter"}},
		{"the load errors", func(t *testing.T) Model {
			return startModel(t, 80, 24, testConfig(fixture(), errors.New("a.txt: empty")))
		}, []string{"E"}},
		{"typing a filter on the quote view", loaded, []string{"tab", "/", "pl"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := press(t, tt.model(t), tt.keys...)
			if !quits(t, m, "ctrl+c") {
				t.Errorf("ctrl+c does not quit:\n%s", screenText(m))
			}
		})
	}
}

// TestCtrlCEndsTheProgramWhileALoadHangs runs the program, keys read
// from a pipe as from a terminal, with a load that never ends: the
// ctrl+c byte ends it.
func TestCtrlCEndsTheProgramWhileALoadHangs(t *testing.T) {
	t.Parallel()
	never := make(chan any)
	defer close(never)
	dark := true
	keys, typed := io.Pipe()
	defer typed.Close()
	p := tea.NewProgram(New(Config{Load: stepLoader(never), Dark: &dark}),
		tea.WithInput(keys), tea.WithOutput(io.Discard), tea.WithoutSignals())
	done := make(chan error, 1)
	go func() { _, err := p.Run(); done <- err }()
	go typed.Write([]byte{0x03}) // ctrl+c
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second): // a hang, not a time measured
		p.Kill()
		t.Fatal("the program still runs after ctrl+c")
	}
}
