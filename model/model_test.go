package model

import (
	"os"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/brief-reader/brief/data"
)

func TestMain(m *testing.M) {
	// Colours on, whatever runs the tests, so that highlighting and
	// NO_COLOR can be told apart; the goldens compare text without them.
	lipgloss.SetColorProfile(termenv.TrueColor)
	os.Exit(m.Run())
}

func TestNothingIsDrawnBeforeTheWindowSize(t *testing.T) {
	t.Parallel()
	dark := true
	m := New(Config{Load: func(emit func(*data.Briefing, error)) { emit(fixture()[0], nil) }, Dark: &dark})
	m = drainLoad(t, m)
	if v := m.View(); v != "" {
		t.Fatalf("drew before the size was known:\n%s", v)
	}
	m = update(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	assertContains(t, screenText(m), "Varanda and Kestria Agree to Resume Border Talks")
}

func TestListShowsOneEntryPerStory(t *testing.T) {
	t.Parallel()
	s := screenText(newModel(t, 100, 24, fixture()))
	assertContains(t, s,
		"Stories", "1/3",
		"Varanda and Kestria Agree to Resume Border Talks",
		"Port Selin · 11 Apr 2025 · 4 statements · Varanda, Kestria, Meridian Union",
		"Meridian Council Weighs a Water-Sharing Plan",
		"Aldmoor · 4 Mar 2025 · 3 statements · Meridian Union, Sorreland, Varanda",
		"Sorreland Frees Two Detained Kestrian Fishermen",
		"2 statements · Sorreland, Kestria",
	)
}

// selectedLine is the line the cursor marks.
func selectedLine(screen string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.HasPrefix(l, "▌ ") {
			return strings.TrimPrefix(l, "▌ ")
		}
	}
	return ""
}

func TestListCursorKeys(t *testing.T) {
	t.Parallel()
	titles := []string{
		"Varanda and Kestria Agree to Resume Border Talks",
		"Meridian Council Weighs a Water-Sharing Plan",
		"Sorreland Frees Two Detained Kestrian Fishermen",
	}
	tests := []struct {
		keys []string
		want int
	}{
		{nil, 0},
		{[]string{"j"}, 1},
		{[]string{"down", "down"}, 2},
		{[]string{"j", "j", "j", "j"}, 2}, // stops at the end
		{[]string{"G"}, 2},
		{[]string{"G", "k"}, 1},
		{[]string{"G", "up", "up", "up"}, 0},
		{[]string{"G", "g"}, 0},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, ","), func(t *testing.T) {
			m := press(t, newModel(t, 100, 24, fixture()), tt.keys...)
			s := screenText(m)
			if got := selectedLine(s); got != titles[tt.want] {
				t.Errorf("cursor on %q, want %q", got, titles[tt.want])
			}
			assertContains(t, s, "Stories  "+[]string{"1/3", "2/3", "3/3"}[tt.want])
		})
	}
}

func TestEnterOpensTheStory(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 100, 30, fixture()), "j", "enter")
	s := screenText(m)
	assertContains(t, s,
		"Story  2/3",
		"Meridian Council Weighs a Water-Sharing Plan",
		// the header line: dateline, date, parties, the people speaking
		"Aldmoor · 4 Mar 2025 · Meridian Union, Sorreland, Varanda · Belo Sarn",
		"The Meridian Council met on Friday",
		"“A plan that dries our valleys is not a plan,” Sarn said.",
	)
}

func TestDetailStepsThroughStoriesAndEscKeepsTheCursor(t *testing.T) {
	t.Parallel()
	tests := []struct {
		keys      []string
		story     string
		listAfter string // the cursor's story after esc
	}{
		{[]string{"l"}, "2/3", "Meridian Council Weighs a Water-Sharing Plan"},
		{[]string{"right", "J"}, "3/3", "Sorreland Frees Two Detained Kestrian Fishermen"},
		{[]string{"l", "l", "l"}, "3/3", "Sorreland Frees Two Detained Kestrian Fishermen"},
		{[]string{"l", "h"}, "1/3", "Varanda and Kestria Agree to Resume Border Talks"},
		{[]string{"l", "l", "left", "K"}, "1/3", "Varanda and Kestria Agree to Resume Border Talks"},
		{[]string{"h"}, "1/3", "Varanda and Kestria Agree to Resume Border Talks"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, ","), func(t *testing.T) {
			m := press(t, newModel(t, 100, 30, fixture()), "enter")
			m = press(t, m, tt.keys...)
			assertContains(t, screenText(m), "Story  "+tt.story)
			m = press(t, m, "esc")
			s := screenText(m)
			assertContains(t, s, "Stories  "+tt.story)
			if got := selectedLine(s); got != tt.listAfter {
				t.Errorf("back in the list on %q, want %q", got, tt.listAfter)
			}
		})
	}
}

// longStory has a statement far down, out of the first screen.
func longStory() *data.Briefing {
	var paras []string
	for i := 0; i < 40; i++ {
		paras = append(paras, "Filler paragraph number "+strings.Repeat("x", i%3+1)+" about the river talks between Varanda and Kestria, which went on.")
	}
	paras = append(paras, "Later, Kestrian spokesperson Tomas Orvell said the new border markers would be placed by the spring thaw, weather permitting.")
	paras = append(paras, "The end.")
	return story("long", "A Long Day on the River", "Ostrava Nova", time.Time{}, paras,
		[]string{"Kestria"}, []data.Speaker{{Name: "Tomas Orvell", Party: "Kestria", Person: true}},
		said{41, "the new border markers would be placed by the spring thaw, weather permitting", "Tomas Orvell", "Kestrian spokesperson", "Kestria", "reported"})
}
