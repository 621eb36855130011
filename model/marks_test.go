package model

import (
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/views"
)

// unreadTitles is the headlines on screen marked unread.
func unreadTitles(screen string) []string {
	var out []string
	for _, l := range strings.Split(screen, "\n") {
		l = strings.TrimSpace(strings.TrimPrefix(l, "▌"))
		if t, ok := strings.CutPrefix(l, views.UnreadMark+" "); ok {
			out = append(out, strings.TrimSpace(t))
		}
	}
	return out
}

func TestOpeningAStoryMarksItRead(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		keys   []string
		marked []string // the IDs MarkRead was called with, in order
		unread []string // marked in the list afterwards
	}{
		{"nothing opened", nil, nil, []string{waterPlan, fishermen}},
		{"a story already read", []string{"enter", "esc"}, nil, []string{waterPlan, fishermen}},
		{"enter", []string{"j", "enter", "esc"}, []string{"water-plan"}, []string{fishermen}},
		{"enter twice", []string{"j", "enter", "esc", "enter", "esc"}, []string{"water-plan"}, []string{fishermen}},
		{"l onto it", []string{"enter", "l", "esc"}, []string{"water-plan"}, []string{fishermen}},
		{"l, l and back with h", []string{"enter", "l", "l", "h", "h", "esc"}, []string{"water-plan", "fishermen"}, nil},
		{"enter on a quote", []string{"tab", "G", "enter", "esc", "tab"}, []string{"fishermen"}, []string{waterPlan}},
		{"moving is not opening", []string{"j", "j", "k"}, nil, []string{waterPlan, fishermen}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeLibrary("border-talks")
			m := press(t, newLibraryModel(t, 100, 30, fixture(), f), tt.keys...)
			if got := f.markedIDs(); !slices.Equal(got, tt.marked) {
				t.Errorf("MarkRead got %q, want %q", got, tt.marked)
			}
			if got := unreadTitles(screenText(m)); !slices.Equal(got, tt.unread) {
				t.Errorf("marked unread %q, want %q\n%s", got, tt.unread, screenText(m))
			}
			for id, n := range f.asked {
				if n != 1 {
					t.Errorf("IsRead(%q) asked %d times, want once", id, n)
				}
			}
			if len(f.asked) != 3 {
				t.Errorf("IsRead asked about %d stories, want 3", len(f.asked))
			}
		})
	}
}

func TestRefreshedStoriesArriveUnread(t *testing.T) {
	t.Parallel()
	f := newFakeLibrary("border-talks", "water-plan", "fishermen", "grain-tariff")
	f.fresh = freshStories()
	m := newLibraryModel(t, 100, 30, fixture(), f)
	if got := unreadTitles(screenText(m)); got != nil {
		t.Fatalf("unread before the refresh: %q", got)
	}
	m = finishRefresh(t, press(t, m, "r"), f)
	if got := unreadTitles(screenText(m)); !slices.Equal(got, []string{harbour}) {
		t.Errorf("unread after the refresh: %q, want the harbour story", got)
	}
	if f.asked["harbour-accord"] != 1 || f.asked["grain-tariff"] != 1 || f.asked["border-talks"] != 1 {
		t.Errorf("IsRead asked %v, want each story once", f.asked)
	}
}

func TestUnreadMarkWithoutColour(t *testing.T) {
	t.Parallel()
	f := newFakeLibrary()
	dark, noColor := true, true
	m := New(f.config(Config{Dark: &dark, NoColor: &noColor, Load: func(emit func(*data.Briefing, error)) {
		emit(fixture()[0], nil)
		emit(fixture()[1], nil)
	}}))
	m = update(t, drainLoad(t, m), tea.WindowSizeMsg{Width: 80, Height: 12})
	v := m.View()
	if hasColour(v) {
		t.Fatalf("colour with NO_COLOR:\n%q", v)
	}
	// The glyph itself, not a colour or weight alone, marks the story the
	// cursor is not on.
	if !slices.Equal(unreadTitles(screenText(m)), []string{borderTalks, waterPlan}) {
		t.Errorf("no unread mark without colour:\n%s", v)
	}
}

func TestNoMarksWithoutALibrary(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 100, 30, fixture()), "j", "enter", "esc")
	s := screenText(m)
	assertLacks(t, s, views.UnreadMark)
	// No column kept for marks: the entries start after the cursor's.
	assertContains(t, s, "\n  "+fishermen)
}
