package model

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// stepLoader is a Load the test drives: each value sent on feed is
// emitted, and closing feed ends the load.
func stepLoader(feed <-chan any) func(emit func(*data.Briefing, error)) {
	return func(emit func(*data.Briefing, error)) {
		for v := range feed {
			switch v := v.(type) {
			case *data.Briefing:
				emit(v, nil)
			case error:
				emit(nil, v)
			}
		}
	}
}

func TestTheListFillsInWhileLoading(t *testing.T) {
	t.Parallel()
	feed := make(chan any)
	dark := true
	m := New(Config{Load: stepLoader(feed), Dark: &dark})
	m = update(t, m, tea.WindowSizeMsg{Width: 100, Height: 20})
	s := screenText(m)
	assertContains(t, s, "loading… 0 stories", "No stories yet.")

	next := m.loader.next()
	bs := fixture()
	go func() { feed <- bs[0] }()
	m = update(t, m, next())
	s = screenText(m)
	assertContains(t, s, "Stories  1/1", "loading… 1 stories", "Varanda and Kestria Agree")

	// The cursor stays where it is while stories arrive.
	m = press(t, m, "j")
	go func() {
		feed <- bs[1]
		feed <- &data.LoadError{Path: "/briefings/broken.txt", Err: errors.New("not text")}
		feed <- bs[2]
		close(feed)
	}()
	for m.loading {
		m = update(t, m, m.loader.next()())
	}
	s = screenText(m)
	assertLacks(t, s, "loading")
	assertContains(t, s, "Stories  1/3",
		"✗ 1 failed to load — broken.txt: not text (E lists them)")
	if !strings.Contains(m.keys.ListHelp(false, false, true).Full[1][2].Help().Desc, "load errors") {
		t.Error("the errors key is not in the help")
	}
}

func TestTheSpinnerTurnsOnlyWhileLoading(t *testing.T) {
	t.Parallel()
	feed := make(chan any)
	dark := true
	m := New(Config{Load: stepLoader(feed), Dark: &dark})
	m = update(t, m, tea.WindowSizeMsg{Width: 80, Height: 10})
	tick := m.spinner.Tick()
	before := m.spinner.View()
	next, cmd := m.Update(tick)
	if cmd == nil || next.(Model).spinner.View() == before {
		t.Error("the spinner does not turn while loading")
	}
	close(feed)
	m = drainLoad(t, next.(Model))
	if _, cmd := m.Update(m.spinner.Tick()); cmd != nil {
		t.Error("the spinner still ticks after loading")
	}
}

func TestLoadErrorsAreListed(t *testing.T) {
	t.Parallel()
	dark := true
	m := New(Config{Dark: &dark, Load: func(emit func(*data.Briefing, error)) {
		emit(fixture()[0], nil)
		emit(nil, &data.LoadError{Path: "a.txt", Err: errors.New("empty")})
		emit(nil, &data.LoadError{Path: "dir/b.md", Err: errors.New("front matter: line 3: bad")})
		emit(nil, errors.New("stdin: too large"))
	}})
	m = drainLoad(t, m)
	m = update(t, m, tea.WindowSizeMsg{Width: 80, Height: 20})
	assertContains(t, screenText(m), "✗ 3 failed to load — stdin: too large")
	m = press(t, m, "E")
	s := screenText(m)
	assertContains(t, s, "Load errors  3", "✗ a.txt: empty", "✗ dir/b.md: front matter: line 3: bad", "✗ stdin: too large")
	assertContains(t, screenText(press(t, m, "esc")), "Stories  1/1")
}

func TestNoLoadMeansNoStories(t *testing.T) {
	t.Parallel()
	m := newModel(t, 80, 10, nil)
	assertContains(t, screenText(m), "No stories yet.")
	assertContains(t, screenText(press(t, m, "tab")), "No statements yet.")
	m = press(t, m, "enter", "p", "enter", "s", "enter") // nothing to open or pick
	assertContains(t, screenText(m), "Stories  0")
}

// E with nothing to list says so, rather than doing nothing; while
// loading, only "so far".
func TestErrorsKeyWithNoLoadErrorsSaysSo(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 80, 10, fixture()), "E")
	s := screenText(m)
	assertContains(t, s, "Stories  1/3", "no load errors")
	assertLacks(t, screenText(press(t, m, "j")), "no load errors") // until the next key

	feed := make(chan any)
	defer close(feed)
	dark := true
	loading := update(t, New(Config{Load: stepLoader(feed), Dark: &dark}), tea.WindowSizeMsg{Width: 80, Height: 10})
	assertContains(t, screenText(press(t, loading, "E")), "loading… 0 stories", "no load errors so far")
}
