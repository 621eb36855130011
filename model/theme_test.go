package model

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/views"
)

func themed(t *testing.T, dark, noColor *bool, keys ...string) Model {
	t.Helper()
	m := New(Config{Dark: dark, NoColor: noColor, Load: func(emit func(*data.Briefing, error)) {
		for _, b := range fixture() {
			emit(b, nil)
		}
	}})
	m = drainLoad(t, m)
	m = update(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	return press(t, m, keys...)
}

func hasColour(s string) bool {
	return strings.Contains(s, "[38;") || strings.Contains(s, ";38;") || strings.Contains(s, "[48;") || strings.Contains(s, ";48;")
}

func TestNoColor(t *testing.T) {
	yes, no := true, false
	for _, keys := range [][]string{nil, {"tab"}, {"enter"}, {"p"}, {"enter", "/", "talks", "enter"}} {
		t.Run(strings.Join(keys, ","), func(t *testing.T) {
			colour := themed(t, &yes, &no, keys...)
			if !hasColour(colour.View()) {
				t.Fatal("no colour even with colours on: the test proves nothing")
			}
			plain := themed(t, &yes, &yes, keys...)
			if hasColour(plain.View()) {
				t.Errorf("colour with NO_COLOR:\n%q", plain.View())
			}
			t.Setenv("NO_COLOR", "1")
			if env := themed(t, nil, nil, keys...); hasColour(env.View()) {
				t.Errorf("colour with NO_COLOR in the environment:\n%q", env.View())
			}
		})
	}
	// Search matches still stand out without colour.
	m := themed(t, &yes, &yes, "enter", "/", "ceasefire", "enter")
	if !strings.Contains(m.View(), views.NewStyles(views.ThemeNoColor).Current.Render("ceasefire")) {
		t.Error("the match is not marked without colour")
	}
}

func TestThemesDiffer(t *testing.T) {
	t.Parallel()
	yes, no := true, false
	dark, light := themed(t, &yes, &no, "enter"), themed(t, &no, &no, "enter")
	if dark.View() == light.View() {
		t.Error("the dark and light themes draw the same")
	}
	if dark.st.Theme != views.ThemeDark || light.st.Theme != views.ThemeLight {
		t.Errorf("themes %v and %v", dark.st.Theme, light.st.Theme)
	}
}

// asciiTerminal makes lipgloss find what it finds under NO_COLOR or on
// a monochrome terminal: plain ASCII, no colour and no emphasis.
func asciiTerminal(t *testing.T) {
	t.Helper()
	before := lipgloss.ColorProfile()
	lipgloss.SetColorProfile(termenv.Ascii)
	t.Cleanup(func() { lipgloss.SetColorProfile(before) })
}

// marked counts the places where text (any case) is drawn in view with
// every cell in reverse video or underline, which need no colour.
func marked(view, text string) int {
	var plain []rune
	var standsOut []bool
	on := map[string]bool{}
	for i := 0; i < len(view); {
		if sgr := regexp.MustCompile(`^\x1b\[([0-9;]*)m`).FindStringSubmatch(view[i:]); sgr != nil {
			for _, a := range strings.Split(sgr[1], ";") {
				if a == "" || a == "0" {
					clear(on)
				}
				on[a] = true
			}
			i += len(sgr[0])
			continue
		}
		r, size := utf8.DecodeRuneInString(view[i:])
		plain = append(plain, unicode.ToLower(r))
		standsOut = append(standsOut, on["7"] || on["4"])
		i += size
	}
	n := 0
	want := []rune(strings.ToLower(text))
	for at := 0; at+len(want) <= len(plain); at++ {
		if string(plain[at:at+len(want)]) == string(want) && !slices.Contains(standsOut[at:at+len(want)], false) {
			n++
		}
	}
	return n
}

// TestSearchMatchesShowWithoutColour: with NO_COLOR, or on a terminal
// that shows no colour, the matches a search counts are shown too.
func TestSearchMatchesShowWithoutColour(t *testing.T) {
	yes := true
	for _, tt := range []struct {
		name    string
		noColor *bool
		env     string
	}{
		{"NO_COLOR", nil, "1"},
		{"NoColor set", &yes, ""},
		{"monochrome terminal", nil, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			asciiTerminal(t)
			t.Setenv("NO_COLOR", tt.env)
			m := themed(t, &yes, tt.noColor, "enter", "/", "talks", "enter")
			v := m.View()
			assertContains(t, ansi.Strip(v), "1/3 matches")
			if n := marked(v, "talks"); n < 2 { // the current match and another
				t.Errorf("the matches are counted but not shown:\n%q", v)
			}
			if hasColour(v) {
				t.Errorf("colour on a terminal without:\n%q", v)
			}
			// The cursor's story in the list stands out too.
			if list := press(t, m, "esc", "esc").View(); !strings.Contains(list, "\x1b[") {
				t.Errorf("the list has no emphasis at all:\n%q", list)
			}
		})
	}
}
