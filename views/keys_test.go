package views

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
)

func TestHelpFitKeepsHelpAndQuit(t *testing.T) {
	t.Parallel()
	k := DefaultKeyMap()
	maps := map[string]HelpMap{
		"list":   k.ListHelp(false, true, true),
		"quotes": k.ListHelp(true, false, false),
		"detail": k.DetailHelp(true),
	}
	for name, hm := range maps {
		for _, w := range []int{20, 30, 40, 60, 80, 120} {
			m := help.New()
			m.Width = w
			bar := m.ShortHelpView(hm.Fit(m).ShortHelp())
			if lipgloss.Width(bar) > w {
				t.Errorf("%s at %d: bar of %d cells", name, w, lipgloss.Width(bar))
			}
			if !strings.Contains(bar, "? help") || !strings.Contains(bar, "q quit") {
				t.Errorf("%s at %d: %q", name, w, bar)
			}
			if strings.Contains(bar, "…") {
				t.Errorf("%s at %d: cut by the help, not fitted: %q", name, w, bar)
			}
		}
	}
}

func TestFullHelpListsEveryKeyOfTheView(t *testing.T) {
	t.Parallel()
	k := DefaultKeyMap()
	full := k.ListHelp(false, true, true).FullHelp()
	var descs []string
	for _, col := range full {
		for _, b := range col {
			descs = append(descs, b.Help().Desc)
		}
	}
	for _, want := range []string{"up", "down", "top", "bottom", "open", "party", "speaker", "filter", "unfilter", "load errors", "help", "quit",
		"sort", "next unread", "read/unread", "mark all read", "hide read"} {
		if !strings.Contains(strings.Join(descs, "|"), want) {
			t.Errorf("full help lacks %q: %v", want, descs)
		}
	}
}

// TestFullHelpFoldsToTheWidth: on a narrow screen the full help's columns
// go under one another rather than being cut, so every key stays listed.
func TestFullHelpFoldsToTheWidth(t *testing.T) {
	t.Parallel()
	k := DefaultKeyMap()
	maps := map[string]HelpMap{
		"list":   k.ListHelp(false, true, true),
		"detail": k.DetailHelp(true),
	}
	for name, hm := range maps {
		for _, w := range []int{30, 40, 60, 120} {
			m := help.New()
			m.Width, m.ShowAll = w, true
			full := m.FullHelpView(hm.Fit(m).FullHelp())
			if lipgloss.Width(full) > w {
				t.Errorf("%s at %d: help of %d cells", name, w, lipgloss.Width(full))
			}
			if strings.Contains(full, "…") {
				t.Errorf("%s at %d: cut:\n%s", name, w, full)
			}
			for _, col := range hm.FullHelp() {
				for _, b := range col {
					if b.Enabled() && !strings.Contains(full, b.Help().Desc) {
						t.Errorf("%s at %d: lacks %q:\n%s", name, w, b.Help().Desc, full)
					}
				}
			}
		}
	}
}
