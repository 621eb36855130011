package model

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

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
	yes, no := true, false
	dark, light := themed(t, &yes, &no, "enter"), themed(t, &no, &no, "enter")
	if dark.View() == light.View() {
		t.Error("the dark and light themes draw the same")
	}
	if dark.st.Theme != views.ThemeDark || light.st.Theme != views.ThemeLight {
		t.Errorf("themes %v and %v", dark.st.Theme, light.st.Theme)
	}
}
