package model

import (
	"context"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// fakeLibrary stands in for the user's library: read state in memory and
// a refresh that reports 3/7, then waits for the test to release it.
type fakeLibrary struct {
	mu      sync.Mutex
	read    map[string]bool
	asked   map[string]int // IsRead calls per ID
	marked  []string       // MarkRead calls, in order
	calls   int            // Refresh calls
	release chan struct{}  // closed by the test to let Refresh return

	fresh   []*data.Briefing
	summary string
	err     error
}

func newFakeLibrary(read ...string) *fakeLibrary {
	f := &fakeLibrary{read: map[string]bool{}, asked: map[string]int{}, release: make(chan struct{})}
	for _, id := range read {
		f.read[id] = true
	}
	return f
}

func (f *fakeLibrary) config(cfg Config) Config {
	cfg.IsRead = func(id string) bool {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.asked[id]++
		return f.read[id]
	}
	cfg.MarkRead = func(id string) {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.marked = append(f.marked, id)
		f.read[id] = true
	}
	cfg.Refresh = func(ctx context.Context, progress func(done, total int)) ([]*data.Briefing, string, error) {
		f.mu.Lock()
		f.calls++
		f.mu.Unlock()
		progress(3, 7)
		select {
		case <-f.release:
		case <-ctx.Done():
			return nil, "", ctx.Err()
		}
		progress(7, 7)
		return f.fresh, f.summary, f.err
	}
	return cfg
}

func (f *fakeLibrary) refreshCalls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

func (f *fakeLibrary) markedIDs() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.marked...)
}

// newLibraryModel is newModel with the fake library wired in.
func newLibraryModel(t testing.TB, width, height int, bs []*data.Briefing, f *fakeLibrary) Model {
	t.Helper()
	return startModel(t, width, height, f.config(testConfig(bs)))
}

// nextRefreshMsg runs one wait of the refresh under way, as the program
// would run the command.
func nextRefreshMsg(t testing.TB, m Model) tea.Msg {
	t.Helper()
	if m.refresh == nil {
		t.Fatal("no refresh under way")
	}
	return m.refresh.wait()()
}

// finishRefresh lets the fake's refresh return and feeds Update its
// reports until it is done.
// refreshStage is how far a test takes the refresh that "r" began.
type refreshStage int

const (
	noRefresh       refreshStage = iota
	refreshReported              // one progress report in, still under way
	refreshDone
)

// advanceRefresh takes the refresh that "r" began to stage.
func advanceRefresh(t testing.TB, m Model, f *fakeLibrary, stage refreshStage) Model {
	t.Helper()
	switch stage {
	case refreshReported:
		m = update(t, m, nextRefreshMsg(t, m))
		t.Cleanup(func() { close(f.release) })
	case refreshDone:
		m = finishRefresh(t, m, f)
	}
	return m
}

func finishRefresh(t testing.TB, m Model, f *fakeLibrary) Model {
	t.Helper()
	close(f.release)
	for m.refresh != nil {
		m = update(t, m, nextRefreshMsg(t, m))
	}
	return m
}

// Stories arriving from a refresh, in invented places.
func freshStories() []*data.Briefing {
	return []*data.Briefing{
		story("harbour-accord", "Kestria and Lunmark Sign a Harbour Accord", "Ostrava Nova",
			time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC),
			[]string{"Kestrian spokesperson Tomas Orvell said the accord would open the northern harbour to Lunmark ships."},
			[]string{"Kestria", "Lunmark"},
			[]data.Speaker{{Name: "Tomas Orvell", Role: "Kestrian spokesperson", Party: "Kestria", Person: true}},
			said{1, "the accord would open the northern harbour to Lunmark ships", "Tomas Orvell", "Kestrian spokesperson", "Kestria", "reported"}),
		story("grain-tariff", "Sorreland Lifts Its Grain Tariff", "",
			time.Date(2025, 7, 9, 0, 0, 0, 0, time.UTC),
			[]string{"Interior Minister Belo Sarn said the tariff had done its work."},
			[]string{"Sorreland"},
			[]data.Speaker{{Name: "Belo Sarn", Role: "Interior Minister", Party: "Sorreland", Person: true}},
			said{1, "the tariff had done its work", "Belo Sarn", "Interior Minister", "Sorreland", "reported"}),
	}
}
