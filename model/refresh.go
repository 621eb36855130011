package model

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// refreshProgressMsg is the latest progress report of a refresh.
type refreshProgressMsg struct {
	r           *refresher
	done, total int
}

// refreshDoneMsg is what Config.Refresh returned.
type refreshDoneMsg struct {
	r       *refresher
	stories []*data.Briefing
	summary string
	err     error
}

// refresher runs Config.Refresh once in the background and hands its
// progress and outcome to Update through channels, so the model needs
// no tea.Program to be driven (tests call wait themselves).
type refresher struct {
	run   func(ctx context.Context, progress func(done, total int)) ([]*data.Briefing, string, error)
	start sync.Once

	// progress holds the latest report not yet taken: a refresh may
	// report faster than the screen redraws, and must never wait for it.
	mu       sync.Mutex
	progress chan [2]int
	done     chan refreshDoneMsg
}

func newRefresher(run func(context.Context, func(int, int)) ([]*data.Briefing, string, error)) *refresher {
	return &refresher{run: run, progress: make(chan [2]int, 1), done: make(chan refreshDoneMsg, 1)}
}

// wait waits for the next report or the outcome; the first call starts
// the refresh.
func (r *refresher) wait() tea.Cmd {
	return func() tea.Msg {
		r.start.Do(func() { go r.work() })
		select {
		case p := <-r.progress:
			return refreshProgressMsg{r: r, done: p[0], total: p[1]}
		case d := <-r.done:
			return d
		}
	}
}

func (r *refresher) work() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stories, summary, err := r.run(ctx, r.report)
	r.done <- refreshDoneMsg{r: r, stories: stories, summary: summary, err: err}
}

// report replaces any report not yet taken with this one.
func (r *refresher) report(done, total int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	select {
	case <-r.progress:
	default:
	}
	r.progress <- [2]int{done, total}
}

// startRefresh starts a refresh, unless one is under way.
func (m *Model) startRefresh() tea.Cmd {
	if m.refresh != nil {
		m.notice = notice{text: "already refreshing"}
		return nil
	}
	spin := m.spinner.Tick // the spinner stops when nothing is busy
	if m.busy() {
		spin = nil
	}
	m.refresh = newRefresher(m.refreshFn)
	m.progress = [2]int{}
	return tea.Batch(m.refresh.wait(), spin)
}

// refreshed shows a progress report and waits for the next.
func (m *Model) refreshed(msg refreshProgressMsg) tea.Cmd {
	if msg.r != m.refresh {
		return nil
	}
	m.progress = [2]int{msg.done, msg.total}
	return m.refresh.wait()
}

// refreshDone merges the new stories and says how it went. The views
// follow their cursor's story and keep the filters when they next sync.
func (m *Model) refreshDone(msg refreshDoneMsg) {
	if msg.r != m.refresh {
		return
	}
	m.refresh = nil
	// Newest first, as the library lists them; undated ones last.
	stories := slices.Clone(msg.stories)
	slices.SortStableFunc(stories, func(a, b *data.Briefing) int {
		if a == nil || b == nil {
			return cmp.Compare(boolInt(a == nil), boolInt(b == nil))
		}
		return b.Date.Compare(a.Date)
	})
	from := m.lib.Len()
	added := m.lib.AddFresh(stories...)
	m.groupsStale(added)
	for i := from; i < m.lib.Len(); i++ {
		m.askRead(i)
	}

	text := data.PrintableLine(msg.summary)
	switch {
	case msg.err != nil:
		why := data.PrintableLine(msg.err.Error())
		if text == "" && added > 0 {
			text = plural(added, "new story", "new stories")
		} else if text == "" && !strings.Contains(why, "nothing changed") {
			text = "nothing changed"
		}
		m.notice = notice{text: why, err: true, detail: text}
	case text == "" && added == 0:
		m.notice = notice{text: "no new stories"}
	case text == "":
		m.notice = notice{text: plural(added, "new story", "new stories")}
	default:
		m.notice = notice{text: text}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// notice is a line for the status bar that stays until the next key.
type notice struct {
	text   string
	err    bool
	detail string // said after an error: the summary, if any
}
