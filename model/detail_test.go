package model

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/views"
)

// body is the detail view's lines between the header and the status line.
func body(m Model) []string {
	lines := strings.Split(screenText(m), "\n")
	return lines[1 : 1+m.bodyHeight(m.footer())]
}

func TestDetailScrolls(t *testing.T) {
	t.Parallel()
	// The story opened once; each case scrolls a copy, as the model is a
	// value (the copies share its renderer, so glamour renders it once).
	// Were the copies' scrolling shared, "k scrolls back" would start a
	// line down and fail.
	opened := press(t, newModel(t, 80, 12, []*data.Briefing{longStory()}), "enter")
	open := func(*testing.T) Model { return opened }
	top := body(open(t))
	tests := []struct {
		name string
		msgs []tea.Msg
		want func(t *testing.T, got []string)
	}{
		{"j scrolls a line", keys("j"), func(t *testing.T, got []string) {
			if got[0] != top[1] {
				t.Errorf("first line %q, want %q", got[0], top[1])
			}
		}},
		{"k scrolls back", keys("j", "j", "k"), func(t *testing.T, got []string) {
			if got[0] != top[1] {
				t.Errorf("first line %q, want %q", got[0], top[1])
			}
		}},
		{"space pages", keys("space"), func(t *testing.T, got []string) {
			want := body(press(t, open(t), strings.Split(strings.Repeat("j", len(top)), "")...))
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("after a page:\n%s\nwant, as after %d j:\n%s", strings.Join(got, "\n"), len(top), strings.Join(want, "\n"))
			}
		}},
		{"b pages back", keys("space", "b"), func(t *testing.T, got []string) {
			if got[0] != top[0] {
				t.Errorf("first line %q, want %q", got[0], top[0])
			}
		}},
		{"G goes to the end", keys("G"), func(t *testing.T, got []string) {
			assertContains(t, strings.Join(got, "\n"), "The end.")
		}},
		{"g goes to the top", keys("G", "g"), func(t *testing.T, got []string) {
			if got[0] != top[0] {
				t.Errorf("first line %q, want %q", got[0], top[0])
			}
		}},
		{"mouse wheel", []tea.Msg{tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown}},
			func(t *testing.T, got []string) {
				if got[0] != top[3] {
					t.Errorf("first line %q, want %q", got[0], top[3])
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := open(t)
			for _, msg := range tt.msgs {
				m = update(t, m, msg)
			}
			tt.want(t, body(m))
		})
	}
}

func keys(ks ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range ks {
		out = append(out, keyMsgs(k)...)
	}
	return out
}

// words is the words of the screen's body in order, so that text wrapped
// at any width compares equal.
func words(lines []string) string {
	return strings.Join(strings.Fields(strings.Join(lines, " ")), " ")
}

func TestDetailWrapsToTheWindowAndResizeRewraps(t *testing.T) {
	t.Parallel()
	para := fixture()[0].Paragraphs[1].Text // the longest
	m := press(t, newModel(t, 120, 40, fixture()), "enter")
	for _, w := range []int{120, 60, 33, 100} {
		t.Run(ansi.Strip(string(rune('0'+w/10))), func(t *testing.T) {
			m = update(t, m, tea.WindowSizeMsg{Width: w, Height: 40})
			lines := body(m)
			for _, l := range strings.Split(m.View(), "\n") {
				if lipgloss.Width(l) > w {
					t.Errorf("line wider than %d: %q", w, ansi.Strip(l))
				}
			}
			if !strings.Contains(untagged(words(lines)), para) {
				t.Errorf("at width %d the paragraph is not all there:\n%s", w, strings.Join(lines, "\n"))
			}
			// Re-rendered for the width, not cut: the longest line uses it.
			longest := 0
			for _, l := range lines {
				longest = max(longest, len(strings.TrimRight(l, " ")))
			}
			if longest < w*3/5 {
				t.Errorf("at width %d the longest line is %d: not re-wrapped", w, longest)
			}
		})
	}
}

func TestDetailSearch(t *testing.T) {
	t.Parallel()
	st := views.NewStyles(views.ThemeDark)
	tests := []struct {
		name    string
		keys    []string
		status  string
		current string // the match drawn as the current one
	}{
		// The statements' tags are searched too: "[the Meridian Council · …]",
		// "[Tomas Orvell · Kestria]".
		{"typing shows the count", []string{"/", "the"}, "1/11 matches", ""},
		{"enter keeps it", []string{"/", "ceasefire", "enter"}, "1/1 matches", "ceasefire"},
		{"case is ignored", []string{"/", "KESTRIA", "enter"}, "1/5 matches", "Kestria"},
		{"n goes to the next", []string{"/", "talks", "enter", "n"}, "2/3 matches", "talks"},
		{"n wraps, N goes back", []string{"/", "talks", "enter", "n", "n", "n", "N"}, "3/3 matches", ""},
		{"no match", []string{"/", "zzz", "enter"}, "no matches", ""},
		{"q is a letter while typing", []string{"/", "q"}, "no matches", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := press(t, newModel(t, 100, 30, fixture()), "enter")
			m = press(t, m, tt.keys...)
			assertContains(t, screenText(m), tt.status)
			if tt.current != "" && !strings.Contains(m.View(), st.Current.Render(tt.current)) {
				t.Errorf("%q is not highlighted as the current match:\n%q", tt.current, m.View())
			}
		})
	}
	t.Run("esc while typing cancels, then esc goes back", func(t *testing.T) {
		m := press(t, newModel(t, 100, 30, fixture()), "enter", "/", "river", "esc")
		s := screenText(m)
		assertLacks(t, s, "matches")
		assertContains(t, s, "Story  1/3")
		assertContains(t, screenText(press(t, m, "esc")), "Stories  1/3")
	})
	t.Run("esc with a search shown clears it, then esc goes back", func(t *testing.T) {
		// As in less, so that a reader who only wants the highlights
		// gone does not lose the story.
		m := press(t, newModel(t, 100, 30, fixture()), "enter", "/", "talks", "enter")
		assertContains(t, screenText(m), "1/3 matches", "esc clear search")
		m = press(t, m, "esc")
		s := screenText(m)
		assertContains(t, s, "Story  1/3", "esc back")
		assertLacks(t, s, "matches", "clear search")
		if strings.Contains(m.View(), st.Match.Render("talks")) || strings.Contains(m.View(), st.Current.Render("talks")) {
			t.Errorf("the matches are still highlighted:\n%q", m.View())
		}
		assertContains(t, screenText(press(t, m, "esc")), "Stories  1/3")
	})
	t.Run("other matches are highlighted too", func(t *testing.T) {
		m := press(t, newModel(t, 100, 30, fixture()), "enter", "/", "talks", "enter")
		if !strings.Contains(m.View(), st.Match.Render("talks")) {
			t.Errorf("the second match is not highlighted:\n%q", m.View())
		}
	})
}

func TestSearchScrollsToTheMatch(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 80, 12, []*data.Briefing{longStory()}), "enter")
	assertLacks(t, screenText(m), "spring thaw")
	m = press(t, m, "/", "thaw", "enter")
	assertContains(t, screenText(m), "spring thaw", "1/1 matches")
	m = press(t, m, "g", "n")
	assertContains(t, screenText(m), "spring thaw")
}

// TestALargeStoryOpensAtOnceAndFillsIn: a story larger than the detail
// view renders before showing it (32 KB) opens with its start and gets
// the rest in one message. 40 KB is a part and a bit, and a paragraph
// near the end, searched for, is in the rest. The model gets the rest
// as one message however many parts it joins (views'
// TestALongStoryOpensWithItsStartAndGetsTheRest counts every paragraph
// of two joined); a larger story (the benchmarks' 1 MB) only costs
// glamour's time under the race detector.
func TestALargeStoryOpensAtOnceAndFillsIn(t *testing.T) {
	t.Parallel()
	big := sessionStory(40 << 10)
	m := newModel(t, 100, 30, []*data.Briefing{big})
	next, cmd := m.Update(keyMsgs("enter")[0])
	m = next.(Model)
	assertContains(t, screenText(m), "rendering…", "In session 0,")
	msgs := renderedMsgs(cmd)
	if len(msgs) != 1 {
		t.Fatalf("%d rendered messages", len(msgs))
	}
	m = update(t, m, msgs[0])
	last := len(big.Paragraphs) - 1
	m = press(t, m, "G")
	s := screenText(m)
	assertLacks(t, s, "rendering…")
	assertContains(t, s, fmt.Sprintf("In session %d,", last), "100%")
	m = press(t, m, "/", fmt.Sprintf("session %d,", last-8), "enter")
	assertContains(t, screenText(m), "1/1 matches", fmt.Sprintf("In session %d,", last-8))
}
