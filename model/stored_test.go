package model

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// fakeStored is a library of n compact stories ("Story 0007 of Varanda")
// that records what was read, and may hold back the background read.
type fakeStored struct {
	mu     sync.Mutex
	whole  []*data.Briefing // with paragraphs and statements, by row
	reads  [][2]int
	failAt int // a read that covers this row fails; -1 for none
}

func newFakeStored(n int) *fakeStored {
	f := &fakeStored{failAt: -1}
	parties := []string{"Varanda", "Kestria", "Sorreland"}
	for i := range n {
		party := parties[i%len(parties)]
		sp := data.Speaker{Name: "Envoy of " + party, Party: party, Person: true}
		text := fmt.Sprintf("the talks of round %d would go on", i)
		f.whole = append(f.whole, &data.Briefing{
			ID: fmt.Sprintf("story-%04d", i), Title: fmt.Sprintf("Story %04d of %s", i, party), Dateline: "Port Selin",
			// newest first, as the database gives them, and newer than
			// the fixture's stories, which are listed after them
			Date:    time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC).Add(-time.Duration(i) * time.Hour),
			Parties: []string{party}, Speakers: []data.Speaker{sp},
			Paragraphs: []data.Paragraph{{Text: "The envoy said " + text + "."}},
			Statements: []data.Statement{{Speaker: sp.Name, Party: party, Kind: data.Reported, Cue: "said", Text: text,
				Paragraph: 1, Span: data.Span{Start: 15, End: int32(15 + len(text))}}},
		})
	}
	return f
}

func (f *fakeStored) Len() int { return len(f.whole) }

func (f *fakeStored) Read(from, to int) ([]*data.Briefing, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reads = append(f.reads, [2]int{from, to})
	if f.failAt >= from && f.failAt < to {
		return nil, errors.New("brief.db: disk I/O error")
	}
	out := make([]*data.Briefing, to-from)
	for k := range out {
		c := *f.whole[from+k]
		c.Paragraphs, c.StatementCount, c.Statements = nil, len(c.Statements), nil
		out[k] = &c
	}
	return out, nil
}

func (f *fakeStored) readCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.reads)
}

// storedConfig is the reader of a library (f) and the built-in fixture
// stories after it, with body and statement reads from f.
func storedConfig(f *fakeStored) Config {
	cfg := testConfig(fixture())
	cfg.OpenStored = func() (Stored, error) { return f, nil }
	byID := map[string]*data.Briefing{}
	for _, b := range f.whole {
		byID[b.ID] = b
	}
	cfg.LoadBody = func(b *data.Briefing) error {
		if w, ok := byID[b.ID]; ok {
			b.Paragraphs = w.Paragraphs
		}
		return nil
	}
	cfg.LoadStatements = func(b *data.Briefing) ([]data.Statement, error) { return byID[b.ID].Statements, nil }
	return cfg
}

// run runs cmd as the program would and feeds Update what it brings,
// until nothing more comes; skip leaves out the messages it matches
// (held for the test to deliver). The spinner's ticks are dropped.
func run(t testing.TB, m Model, cmd tea.Cmd, skip func(tea.Msg) bool) (Model, []tea.Msg) {
	t.Helper()
	var held []tea.Msg
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case spinner.TickMsg, nil:
		default:
			if skip != nil && skip(msg) {
				held = append(held, msg)
				continue
			}
			next, more := m.Update(msg)
			m = next.(Model)
			queue = append(queue, more)
		}
	}
	return m, held
}

func isFill(msg tea.Msg) bool {
	r, ok := msg.(storedRowsMsg)
	return ok && r.fill
}

// openLibrary starts the reader of cfg at width x height and runs what
// it starts, holding back the background read of the library's rows.
func openLibrary(t testing.TB, cfg Config, width, height int) (Model, []tea.Msg) {
	t.Helper()
	m := update(t, New(cfg), tea.WindowSizeMsg{Width: width, Height: height})
	return run(t, m, m.Init(), isFill)
}

// A library is listed whole as soon as its first screen is read: the
// header counts every story, the built-in ones after it; the rows are
// read as they come on screen, never all at once before the first frame.
func TestTheLibraryIsListedWholeAtOnce(t *testing.T) {
	t.Parallel()
	f := newFakeStored(500)
	m, held := openLibrary(t, storedConfig(f), 80, 24)
	s := screenText(m)
	assertContains(t, s, "Stories  1/503", "Story 0000 of Varanda", "Story 0001 of Kestria", "reading… 100 of 503")
	assertLacks(t, s, "…\n")
	if len(held) != 1 || f.reads[0] != [2]int{0, firstWindow} {
		t.Fatalf("reads %v, held %v", f.reads, held)
	}

	// The bottom: the built-in stories, and the library's last rows,
	// shown as placeholders until their read comes.
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("G")})
	m = next.(Model)
	s = screenText(m)
	assertContains(t, s, "Stories  503/503", fixture()[2].Title[:20], "…")
	m, more := run(t, m, cmd, isFill)
	s = screenText(m)
	assertContains(t, s, "Story 0499 of Kestria", "Story 0495 of Varanda")
	assertLacks(t, s, "…\n")
	if last := f.reads[len(f.reads)-1]; last[1] != 500 || last[0] > 490 {
		t.Errorf("the window read %v, want the rows on screen up to 500", last)
	}

	// The middle, a page at a time: each screen is read before it is
	// drawn again, and the background read stays where it was.
	m = press(t, m, "g")
	for range 20 {
		next, cmd := m.Update(tea.KeyMsg{Type: tea.KeySpace})
		m, _ = run(t, next.(Model), cmd, isFill)
	}
	s = screenText(m)
	assertLacks(t, s, "…\n")
	if reads := f.readCount(); reads > 6 {
		t.Errorf("%d reads for 20 pages and a jump: %v", reads, f.reads)
	}
	assertContains(t, s, "reading… ")

	// The background read, in order, fills the filters.
	for _, msg := range append(held, more...) {
		next, cmd := m.Update(msg)
		m, _ = run(t, next.(Model), cmd, nil)
	}
	if m.filling || m.lib.Indexed() != 503 {
		t.Fatalf("after the background read: filling %v, %d indexed", m.filling, m.lib.Indexed())
	}
	assertLacks(t, screenText(m), "reading…")
	for _, r := range f.reads[1:] {
		if r[1]-r[0] > fillBatch {
			t.Errorf("a read of %d rows", r[1]-r[0])
		}
	}
}

// Filters work on the stories read so far, in order, and on every story
// once all are read; the pickers count them.
func TestTheLibraryFiltersAsItIsRead(t *testing.T) {
	t.Parallel()
	f := newFakeStored(1200)
	m, held := openLibrary(t, storedConfig(f), 100, 30)
	m = press(t, m, "p", "Sorreland", "enter")
	assertContains(t, screenText(m), "party:Sorreland", "Stories  1/33 ") // of the first 100 read
	// The built-in Sorreland story is listed last: after the library.
	m, _ = run(t, m, func() tea.Msg { return held[0] }, nil)
	s := screenText(m)
	assertContains(t, s, "Stories  1/402", "Story 0002 of Sorreland", "Story 0005 of Sorreland")
	assertLacks(t, s, "Kestria\n", "reading…")
	m = press(t, m, "esc", "/", `"story 07"`, "enter")
	assertContains(t, screenText(m), "Stories  1/100 ", "Story 0700 of Kestria")
	m = press(t, m, "esc", "s")
	s = screenText(m)
	assertContains(t, s, "Choose a speaker (9 of 9)", "Envoy of Varanda (Varanda)")
	if !regexp.MustCompile(`Envoy of Varanda \(Varanda\) +400\n`).MatchString(s) {
		t.Errorf("the picker does not count 400 stories for the envoy:\n%s", s)
	}
}

// A story opened, stepped to or starred before its row was read is read
// then; its body is read when it is opened; marks are asked for as rows
// arrive.
func TestALibraryStoryIsReadWhenOpened(t *testing.T) {
	t.Parallel()
	f := newFakeStored(300)
	lib := newFakeLibrary("story-0299")
	cfg := lib.config(storedConfig(f))
	starred := map[string]bool{}
	cfg.SetStarred = func(id string, on bool) { starred[id] = on }
	cfg.IsStarred = func(id string) bool { return starred[id] }
	m, _ := openLibrary(t, cfg, 80, 24)
	lib.mu.Lock()
	asked := len(lib.asked)
	lib.mu.Unlock()
	if want := firstWindow + len(fixture()); asked != want {
		t.Errorf("read marks asked for %d stories, want the %d read", asked, want)
	}
	// The last row of the library: not read before it is opened (no
	// command is run here, so no window read either).
	m = press(t, m, "G", "k", "k", "k") // above the 3 built-in stories
	if got, _ := m.list.Selected(); got != 299 || m.lib.Read(299) {
		t.Fatalf("cursor on %d, read %v", got, m.lib.Read(299))
	}
	m = press(t, m, "enter")
	s := screenText(m)
	assertContains(t, s, "Story 0299 of Sorreland")
	assertContains(t, untagged(words(body(m))), "the talks of round 299 would go on")
	m = press(t, m, "h") // the previous story, newer: row 298
	assertContains(t, screenText(m), "Story 0298 of Kestria")
	if got := lib.markedIDs(); len(got) != 1 || got[0] != "story-0298" {
		t.Errorf("marked read %v (0299 was read before)", got)
	}
	m = press(t, m, "esc", "k", "*")
	if !starred["story-0297"] {
		t.Errorf("starred %v", starred)
	}
	assertContains(t, screenText(m), "★ Story 0297 of Varanda")
}

// A row that cannot be read is listed as such, with the error among the
// load errors, and never holds back the filters.
func TestAnUnreadableRowIsListed(t *testing.T) {
	t.Parallel()
	f := newFakeStored(700)
	f.failAt = 650
	m, held := openLibrary(t, storedConfig(f), 80, 24)
	m, _ = run(t, m, func() tea.Msg { return held[0] }, nil)
	if m.lib.Indexed() != 703 || m.filling {
		t.Fatalf("%d indexed, filling %v", m.lib.Indexed(), m.filling)
	}
	m = press(t, m, "G")
	assertContains(t, screenText(m), "(this story could not be read: E lists why)", "1 failed to load")
	m = press(t, m, "E")
	assertContains(t, screenText(m), "brief.db: disk I/O error")
	if n := strings.Count(screenText(m), "disk I/O"); n != 1 {
		t.Errorf("the error is listed %d times", n)
	}
}

// The quote view holds every statement of the library once it is read.
func TestTheLibraryQuotes(t *testing.T) {
	t.Parallel()
	f := newFakeStored(250)
	m, held := openLibrary(t, storedConfig(f), 80, 24)
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyTab})
	m, _ = run(t, next.(Model), cmd, nil)
	m, _ = run(t, m, func() tea.Msg { return held[0] }, nil)
	want := 250
	for _, b := range fixture() {
		want += len(b.Statements)
	}
	if m.lib.StatementCount() != want {
		t.Errorf("%d statements, want %d", m.lib.StatementCount(), want)
	}
	assertContains(t, screenText(m), fmt.Sprintf("Quotes  1/%d", want))
}
