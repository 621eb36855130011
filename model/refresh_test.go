package model

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/views"
)

// cursorTitle is the headline the cursor is on, without the unread mark.
func cursorTitle(screen string) string {
	line := selectedLine(screen)
	return strings.TrimSpace(strings.TrimPrefix(line, views.UnreadMark))
}

// headlines is the story headlines on screen, top to bottom.
func headlines(screen string, titles ...string) []string {
	var out []string
	for _, l := range strings.Split(screen, "\n") {
		for _, t := range titles {
			if strings.Contains(l, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

const (
	borderTalks = "Varanda and Kestria Agree to Resume Border Talks"
	waterPlan   = "Meridian Council Weighs a Water-Sharing Plan"
	fishermen   = "Sorreland Frees Two Detained Kestrian Fishermen"
	harbour     = "Kestria and Lunmark Sign a Harbour Accord"
	grain       = "Sorreland Lifts Its Grain Tariff"
)

func TestRefreshMergesNewStories(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		keys    []string // before r
		fresh   []*data.Briefing
		summary string
		header  string   // after the refresh
		cursor  string   // the story under the cursor before and after
		order   []string // the headlines shown after, top to bottom
		status  string
	}{
		{
			name: "new stories on top, newest first", keys: []string{"j"},
			fresh: freshStories(), summary: "2 new stories from 1 feed",
			header: "Stories  4/5", cursor: waterPlan,
			order:  []string{grain, harbour, borderTalks, waterPlan, fishermen},
			status: "2 new stories from 1 feed",
		},
		{
			name: "a story already listed is not listed twice", keys: []string{"G"},
			fresh:  append(freshStories(), fixture()[0]),
			header: "Stories  5/5", cursor: fishermen,
			order:  []string{grain, harbour, borderTalks, waterPlan, fishermen},
			status: "2 new stories",
		},
		{
			name: "the filters stay", keys: []string{"p", "kestria", "enter", "j"},
			fresh:  freshStories(),
			header: "Stories  3/3 party:Kestria", cursor: fishermen,
			order:  []string{harbour, borderTalks, fishermen},
			status: "2 new stories",
		},
		{
			name: "nothing new", keys: []string{"j"},
			header: "Stories  2/3", cursor: waterPlan,
			order:  []string{borderTalks, waterPlan, fishermen},
			status: "no new stories",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeLibrary()
			f.fresh, f.summary = tt.fresh, tt.summary
			m := press(t, newLibraryModel(t, 100, 30, fixture(), f), tt.keys...)
			if got := cursorTitle(screenText(m)); got != tt.cursor {
				t.Fatalf("cursor on %q before the refresh, want %q", got, tt.cursor)
			}

			m = press(t, m, "r")
			assertContains(t, screenText(m), "refreshing…")
			m = update(t, m, nextRefreshMsg(t, m))
			assertContains(t, screenText(m), "refreshing 3/7")
			// Keys still work while it runs; a second r starts nothing.
			m = press(t, m, "tab", "tab", "r")
			assertContains(t, screenText(m), "already refreshing", "refreshing 3/7")

			m = finishRefresh(t, m, f)
			if n := f.refreshCalls(); n != 1 {
				t.Errorf("Refresh ran %d times, want once", n)
			}
			s := screenText(m)
			assertLacks(t, s, "refreshing")
			assertContains(t, s, tt.header, tt.status)
			if got := cursorTitle(s); got != tt.cursor {
				t.Errorf("cursor on %q after the refresh, want %q", got, tt.cursor)
			}
			if got := headlines(s, borderTalks, waterPlan, fishermen, harbour, grain); !slices.Equal(got, tt.order) {
				t.Errorf("stories shown %q, want %q", got, tt.order)
			}
			// The message goes with the next key.
			assertLacks(t, screenText(press(t, m, "j")), tt.status)
		})
	}
}

func TestRefreshFailureChangesNothing(t *testing.T) {
	t.Parallel()
	tests := []struct {
		err     error
		summary string
		want    string
	}{
		{errors.New("no network; nothing changed"), "", "✗ no network; nothing changed"},
		{errors.New("no network"), "", "✗ no network — nothing changed"},
		{errors.New("2 feeds failed"), "0 new stories", "✗ 2 feeds failed — 0 new stories"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			f := newFakeLibrary()
			f.err, f.summary = tt.err, tt.summary
			m := press(t, newLibraryModel(t, 100, 30, fixture(), f), "j")
			before := slices.Clone(m.list.Stories())
			m = finishRefresh(t, press(t, m, "r"), f)
			s := screenText(m)
			assertContains(t, s, tt.want, "Stories  2/3")
			if got := cursorTitle(s); got != waterPlan {
				t.Errorf("cursor on %q, want %q", got, waterPlan)
			}
			if m.lib.Len() != 3 || !slices.Equal(m.list.Stories(), before) {
				t.Errorf("the list changed: %v, was %v", m.list.Stories(), before)
			}
		})
	}
}

func TestRefreshSanitisesWhatItShows(t *testing.T) {
	t.Parallel()
	f := newFakeLibrary()
	f.summary = "1 new \x1b]52;c;aGk=\x07story from \x1b[31mEvil\x1b[0m"
	m := finishRefresh(t, press(t, newLibraryModel(t, 100, 30, fixture(), f), "r"), f)
	v := m.View()
	if strings.Contains(v, "]52;") || strings.Contains(v, "[31m") {
		t.Errorf("the summary's escapes reached the screen:\n%q", v)
	}
	assertContains(t, screenText(m), "1 new story from Evil")
}

func TestRefreshKeepsTheDetailView(t *testing.T) {
	t.Parallel()
	f := newFakeLibrary()
	f.fresh = freshStories()
	m := press(t, newLibraryModel(t, 100, 30, fixture(), f), "j", "r", "enter")
	m = finishRefresh(t, m, f)
	s := screenText(m)
	assertContains(t, s, "Story  4/5", waterPlan)
	// l and h walk the list as now shown, new stories first.
	assertContains(t, screenText(press(t, m, "h", "h")), "Story  2/5", harbour)
	// The quote view lists the new stories' statements first too.
	s = screenText(press(t, m, "esc", "tab"))
	assertContains(t, s, "Quotes  1/11", "the tariff had done its work")
}

func TestNoRefreshWithoutALibrary(t *testing.T) {
	t.Parallel()
	m := newModel(t, 120, 30, fixture())
	before := screenText(m)
	assertLacks(t, before, "refresh")
	assertLacks(t, screenText(press(t, m, "?")), "refresh")
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("r")})
	after := next.(Model)
	if after.refresh != nil {
		t.Error("r started a refresh with no library")
	}
	if cmd != nil {
		if _, ok := cmd().(refreshProgressMsg); ok {
			t.Error("r waits for a refresh with no library")
		}
	}
	if got := screenText(after); got != before {
		t.Errorf("r changed the screen:\n%s\nwas\n%s", got, before)
	}

	lib := newLibraryModel(t, 120, 30, fixture(), newFakeLibrary())
	assertContains(t, screenText(lib), "r refresh")
	assertContains(t, screenText(press(t, lib, "?")), "refresh")
}

func TestRefreshReportsKeepOnlyTheLatest(t *testing.T) {
	t.Parallel()
	r := newRefresher(nil)
	for i := 1; i <= 5; i++ {
		r.report(i, 5) // never blocks, though nobody takes them
	}
	r.start.Do(func() {}) // no refresh to start
	msg, ok := r.wait()().(refreshProgressMsg)
	if !ok || msg.done != 5 || msg.total != 5 {
		t.Errorf("got %+v, want the last report, 5/5", msg)
	}
}

// TestProgramRefreshes runs the reader as a program, as main does: r
// refreshes through the program's own commands, and opening a new story
// marks it read.
func TestProgramRefreshes(t *testing.T) {
	t.Parallel()
	f := newFakeLibrary("border-talks", "water-plan", "fishermen")
	f.fresh, f.summary = freshStories(), "2 new stories from Lunmark Wire"
	close(f.release)
	dark, noColor := true, false
	m := New(f.config(Config{Dark: &dark, NoColor: &noColor, Load: func(emit func(*data.Briefing, error)) {
		for _, b := range fixture() {
			emit(b, nil)
		}
	}}))
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 24))
	out := tm.Output()
	waitFor(t, out, fishermen)
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("r")})
	waitFor(t, out, "2 new stories from Lunmark Wire")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("g")})
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, out, "the tariff had done its work")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	assertContains(t, screenText(final), "Story  1/5", grain)
	if got := f.markedIDs(); !slices.Equal(got, []string{"grain-tariff"}) {
		t.Errorf("MarkRead got %q, want the grain story's ID", got)
	}
	if n := f.refreshCalls(); n != 1 {
		t.Errorf("Refresh ran %d times", n)
	}
}

// TestARefreshMessageWrapsWhenNarrow: a refresh's message takes a second
// line rather than losing its advice; the load-error line stays one line.
func TestARefreshMessageWrapsWhenNarrow(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		width  int
		height int
		want   []string
		lacks  []string
	}{
		{"wide: one line", 80, 24, []string{"no subscriptions to refresh; add one with: brief subscribe URL\n"}, nil},
		{"narrow: two lines", 40, 12, []string{"no subscriptions to refresh; add one\nwith: brief subscribe URL\n"}, []string{"add one…"}},
		{"short: the help bar first", 40, 4, []string{"? help"}, []string{"brief subscribe URL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeLibrary()
			f.summary = "no subscriptions to refresh; add one with: brief subscribe URL"
			m := press(t, newLibraryModel(t, tt.width, tt.height, fixture(), f), "r")
			m = finishRefresh(t, m, f)
			s := screenText(m)
			assertContains(t, s, tt.want...)
			assertLacks(t, s, tt.lacks...)
		})
	}
}
