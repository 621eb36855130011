package model

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// folderStories are stories as a folder gives them, in the order of
// their paths: not the order of their dates, statements or titles.
func folderStories() []*data.Briefing {
	mk := func(name, title string, date time.Time, stmts int) *data.Briefing {
		b := &data.Briefing{ID: name, Path: "briefings/" + name + ".md", Title: title, Date: date}
		for i := range stmts {
			b.Statements = append(b.Statements, data.Statement{
				Speaker: "Envoy of " + title[:strings.Index(title, " ")], Party: "Orlavia", Kind: data.Reported,
				Text: fmt.Sprintf("round %d of %s went well", i, name), Cue: "said", Paragraph: 1,
			})
		}
		return b
	}
	day := func(m time.Month, d int) time.Time { return time.Date(2025, m, d, 0, 0, 0, 0, time.UTC) }
	return []*data.Briefing{
		mk("a-aldmoor", "Aldmoor Hosts a Summit", day(1, 10), 0),
		mk("b-kestria", "Kestria Names an Envoy", day(6, 1), 2),
		mk("c-tesmar", "Tesmar Signs an Accord", time.Time{}, 3),
		mk("d-orlavia", "Orlavia Opens a Consulate", day(5, 1), 1),
		mk("e-varanda", "Varanda Recalls Its Envoy", time.Time{}, 0),
	}
}

// listedTitles is the stories' titles in the order the list draws them.
func listedTitles(t *testing.T, m Model) []string {
	t.Helper()
	var out []string
	for _, line := range strings.Split(screenText(m), "\n") {
		line = strings.TrimLeft(line, "▌ ●★")
		for _, b := range folderStories() {
			if strings.HasPrefix(line, b.Title) {
				out = append(out, b.Title)
			}
		}
	}
	return out
}

// A folder is listed newest first, whatever the order of its files;
// stories without a date go last, in the order they came. S cycles the
// sort, which the header names: statements (most first), title, date.
func TestTheSortCycles(t *testing.T) {
	t.Parallel()
	m := newModel(t, 80, 24, folderStories())
	steps := []struct {
		keys   []string
		header string
		titles []string
	}{
		{nil, "(by date)", []string{"Kestria Names an Envoy", "Orlavia Opens a Consulate", "Aldmoor Hosts a Summit", "Tesmar Signs an Accord", "Varanda Recalls Its Envoy"}},
		{[]string{"S"}, "(by statements)", []string{"Tesmar Signs an Accord", "Kestria Names an Envoy", "Orlavia Opens a Consulate", "Aldmoor Hosts a Summit", "Varanda Recalls Its Envoy"}},
		{[]string{"S"}, "(by title)", []string{"Aldmoor Hosts a Summit", "Kestria Names an Envoy", "Orlavia Opens a Consulate", "Tesmar Signs an Accord", "Varanda Recalls Its Envoy"}},
		{[]string{"S"}, "(by date)", []string{"Kestria Names an Envoy", "Orlavia Opens a Consulate", "Aldmoor Hosts a Summit", "Tesmar Signs an Accord", "Varanda Recalls Its Envoy"}},
	}
	for i, step := range steps {
		m = press(t, m, step.keys...)
		if got := listedTitles(t, m); !slices.Equal(got, step.titles) {
			t.Errorf("step %d: listed %q, want %q", i, got, step.titles)
		}
		header := strings.SplitN(screenText(m), "\n", 2)[0]
		if !strings.Contains(header, step.header) {
			t.Errorf("step %d: header %q lacks %q", i, header, step.header)
		}
	}
}

// The sort keeps the cursor on its story, and the quote view follows
// the stories' order.
func TestTheSortKeepsTheCursorAndOrdersTheQuotes(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 80, 24, folderStories()), "j") // Orlavia
	m = press(t, m, "S")
	if !strings.Contains(selectedLine(screenText(m)), "Orlavia Opens a Consulate") {
		t.Errorf("the cursor left its story:\n%s", screenText(m))
	}
	m = press(t, m, "tab")
	s := screenText(m)
	tesmar, kestria := strings.Index(s, "round 0 of c-tesmar"), strings.Index(s, "round 0 of b-kestria")
	if tesmar < 0 || kestria < 0 || tesmar > kestria {
		t.Errorf("by statements, Tesmar's come before Kestria's:\n%s", s)
	}
	assertContains(t, s, "(by statements)")
}

// Stories streaming in are merged into the order shown, batch by batch.
func TestStoriesArrivingAreSortedIn(t *testing.T) {
	t.Parallel()
	bs := folderStories()
	m := New(testConfig(nil))
	m = update(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, batch := range [][]*data.Briefing{bs[:2], bs[2:4], bs[4:]} {
		m = update(t, m, loadBatchMsg{briefings: batch})
	}
	want := []string{"Kestria Names an Envoy", "Orlavia Opens a Consulate", "Aldmoor Hosts a Summit", "Tesmar Signs an Accord", "Varanda Recalls Its Envoy"}
	if got := listedTitles(t, m); !slices.Equal(got, want) {
		t.Errorf("listed %q, want %q", got, want)
	}
}

// The quote view shows each statement's date: its story's.
func TestTheQuoteViewShowsTheDate(t *testing.T) {
	t.Parallel()
	s := screenText(press(t, newModel(t, 80, 24, folderStories()), "tab"))
	assertContains(t, s, "1 Jun 2025 — Envoy of Kestria · Orlavia")
	// At 40 columns, the month, so that the party still fits.
	s = screenText(press(t, newModel(t, 40, 12, folderStories()), "tab"))
	assertContains(t, s, "Jun 2025 — Envoy of Kestria · Orlavia")
	// An undated story's statements have no date.
	s = screenText(press(t, newModel(t, 80, 24, folderStories()), "S", "tab"))
	assertContains(t, s, "— Envoy of Tesmar")
	assertLacks(t, s, "2025 — Envoy of Tesmar")
}

// readingLibrary is the fake library with m and M's functions and
// statement stars, recording what they were given.
type readingLibrary struct {
	*fakeLibrary
	unmarked []string
	all      [][]string
	stars    map[string]bool
	starSets int
}

func newReadingLibrary(read ...string) *readingLibrary {
	return &readingLibrary{fakeLibrary: newFakeLibrary(read...), stars: map[string]bool{}}
}

func (r *readingLibrary) config(cfg Config) Config {
	cfg = r.fakeLibrary.config(cfg)
	cfg.MarkUnread = func(id string) {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.unmarked = append(r.unmarked, id)
		delete(r.read, id)
	}
	cfg.MarkAllRead = func(ids []string) {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.all = append(r.all, ids)
		for _, id := range ids {
			r.read[id] = true
		}
	}
	cfg.SetStatementStarred = func(key string, on bool) {
		r.starSets++
		r.stars[key] = on
	}
	cfg.IsStatementStarred = func(key string) bool { return r.stars[key] }
	return cfg
}

func readingModel(t *testing.T, r *readingLibrary, width, height int) Model {
	t.Helper()
	return startModel(t, width, height, r.config(testConfig(folderStories())))
}

// m marks the story under the cursor read, and unread again.
func TestMTogglesTheReadMark(t *testing.T) {
	t.Parallel()
	r := newReadingLibrary()
	m := readingModel(t, r, 80, 24)
	assertContains(t, selectedLine(screenText(m)), "● Kestria Names an Envoy")
	m = press(t, m, "m")
	if got := r.markedIDs(); !slices.Equal(got, []string{"b-kestria"}) {
		t.Errorf("marked read %q", got)
	}
	if line := selectedLine(screenText(m)); strings.Contains(line, "●") {
		t.Errorf("still marked unread: %q", line)
	}
	m = press(t, m, "m")
	if !slices.Equal(r.unmarked, []string{"b-kestria"}) {
		t.Errorf("marked unread %q", r.unmarked)
	}
	assertContains(t, selectedLine(screenText(m)), "● Kestria Names an Envoy")
}

// M marks every story listed read, at once, and says how many; stories
// filtered out are left as they are.
func TestMMarksTheListedStoriesRead(t *testing.T) {
	t.Parallel()
	r := newReadingLibrary("d-orlavia")
	m := readingModel(t, r, 80, 24)
	m = press(t, m, "/", "envoy", "enter", "M") // all but Aldmoor; Orlavia was read
	if len(r.all) != 1 || !slices.Equal(r.all[0], []string{"b-kestria", "c-tesmar", "e-varanda"}) {
		t.Errorf("marked read together %q", r.all)
	}
	assertContains(t, screenText(m), "marked 3 stories read")
	m = press(t, m, "M")
	assertContains(t, screenText(m), "no unread stories here")
	m = press(t, m, "esc")
	if n := strings.Count(screenText(m), "●"); n != 1 || !strings.Contains(screenText(m), "● Aldmoor") {
		t.Errorf("%d stories unread, want Aldmoor alone:\n%s", n, screenText(m))
	}
}

// U opens the first unread story from the cursor on, in the list's
// order, coming round to the top; from a story, the next after it.
func TestUOpensTheNextUnread(t *testing.T) {
	t.Parallel()
	read := []string{"b-kestria", "d-orlavia", "e-varanda"}
	// The cursor's own story, when unread, is the next to read.
	first := press(t, readingModel(t, newReadingLibrary(read...), 80, 24), "j", "j", "U")
	assertContains(t, strings.SplitN(screenText(first), "\n", 3)[1], "Aldmoor Hosts a Summit")
	// From the last story, round to the top.
	round := press(t, readingModel(t, newReadingLibrary(read...), 80, 24), "G", "U")
	assertContains(t, strings.SplitN(screenText(round), "\n", 3)[1], "Aldmoor Hosts a Summit")

	r := newReadingLibrary(read...)
	m := press(t, readingModel(t, r, 80, 24), "U")
	assertContains(t, strings.SplitN(screenText(m), "\n", 3)[1], "Aldmoor Hosts a Summit")
	m = press(t, m, "U")
	assertContains(t, strings.SplitN(screenText(m), "\n", 3)[1], "Tesmar Signs an Accord")
	m = press(t, m, "U") // none left: back to the list, which says so
	assertContains(t, screenText(m), "no unread stories here")
	assertContains(t, selectedLine(screenText(m)), "Tesmar Signs an Accord")
	if got := r.markedIDs(); !slices.Equal(got, []string{"a-aldmoor", "c-tesmar"}) {
		t.Errorf("marked read %q", got)
	}
}

// H hides the read stories and shows them again; a story read while they
// are hidden stays until H is pressed again.
func TestHHidesReadStories(t *testing.T) {
	t.Parallel()
	r := newReadingLibrary("b-kestria", "d-orlavia")
	m := readingModel(t, r, 80, 24)
	m = press(t, m, "H")
	want := []string{"Aldmoor Hosts a Summit", "Tesmar Signs an Accord", "Varanda Recalls Its Envoy"}
	if got := listedTitles(t, m); !slices.Equal(got, want) {
		t.Errorf("listed %q, want %q", got, want)
	}
	assertContains(t, strings.SplitN(screenText(m), "\n", 2)[0], "1/3", "(by date, unread)")
	m = press(t, m, "enter", "esc") // Aldmoor is read now, and stays
	if got := listedTitles(t, m); !slices.Equal(got, want) {
		t.Errorf("after reading one: %q, want %q", got, want)
	}
	m = press(t, m, "H", "H")
	if got := listedTitles(t, m); !slices.Equal(got, want[1:]) {
		t.Errorf("hidden again: %q, want %q", got, want[1:])
	}
	m = press(t, m, "H")
	if got := listedTitles(t, m); len(got) != 5 {
		t.Errorf("shown again: %q", got)
	}
	// All read and hidden: the screen says so, and how to get them back.
	m = press(t, m, "M", "H")
	assertContains(t, screenText(m), "Nothing unread — H shows the read stories.")
}

// Without a library there are no read marks, and the keys for them do
// nothing and are not offered.
func TestNoReadKeysWithoutALibrary(t *testing.T) {
	t.Parallel()
	m := newModel(t, 120, 30, folderStories())
	before := listedTitles(t, m)
	m = press(t, m, "H", "M", "m", "U")
	if got := listedTitles(t, m); !slices.Equal(got, before) || m.screen != screenList {
		t.Errorf("keys acted without a library: %q", got)
	}
	assertLacks(t, screenText(press(t, m, "?")), "hide read", "mark all read")
}

// * in the quote view stars the statement under the cursor, through the
// injected functions, and shows it; a new reader asks them again.
func TestStatementStars(t *testing.T) {
	t.Parallel()
	r := newReadingLibrary()
	m := press(t, readingModel(t, r, 80, 24), "tab", "j", "*")
	key := data.StatementKey("b-kestria", folderStories()[1].Statements[1])
	if !r.stars[key] || len(r.stars) != 1 {
		t.Fatalf("stars %v, want %s", r.stars, key)
	}
	assertContains(t, screenText(m), "▌ round 1 of b-kestria went well\n▌ ★ 1 Jun 2025 — Envoy of Kestria")
	if strings.Count(screenText(m), "★") != 1 {
		t.Errorf("more than one star:\n%s", screenText(m))
	}
	// Kept: another reader of the same library shows it.
	again := press(t, readingModel(t, r, 80, 24), "tab")
	assertContains(t, screenText(again), "round 1 of b-kestria went well\n  ★ 1 Jun 2025 — Envoy of Kestria")
	// And taken away.
	m = press(t, m, "*")
	if r.stars[key] || r.starSets != 2 {
		t.Errorf("stars %v after the second *", r.stars)
	}
	assertLacks(t, screenText(m), "★")
}

// A click on an entry selects it, in the story list and the quote view;
// a click below the entries changes nothing.
func TestAClickSelectsARow(t *testing.T) {
	t.Parallel()
	click := func(m Model, y int) Model {
		return update(t, m, tea.MouseMsg{X: 5, Y: y, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft})
	}
	m := newModel(t, 80, 24, folderStories())
	m = click(m, 6) // the header, then two lines an entry: the third entry
	assertContains(t, selectedLine(screenText(m)), "Aldmoor Hosts a Summit")
	m = click(m, 3) // the second entry's first line
	assertContains(t, selectedLine(screenText(m)), "Orlavia Opens a Consulate")
	m = click(m, 20) // nothing there
	assertContains(t, selectedLine(screenText(m)), "Orlavia Opens a Consulate")

	// At 30 columns the cursor's statement is wrapped on two lines,
	// then its attribution: the next entry starts on the body's 4th.
	q := press(t, newModel(t, 30, 24, folderStories()), "tab")
	q = click(q, 4)
	assertContains(t, screenText(q), "▌ round 1 of b-kestria")
	q = click(q, 3) // the first line of the entry, now the cursor's and taller
	assertContains(t, screenText(q), "▌ round 1 of b-kestria")
	q = click(q, 2)
	assertContains(t, screenText(q), "▌ round 0 of b-kestria")
}

// When the reader holds real stories, the built-in examples are left
// out: in the list, and their statements in the quote view.
func TestExamplesAreHiddenBesideRealStories(t *testing.T) {
	t.Parallel()
	example := folderStories()[0]
	example.Path = "embedded:" + example.ID + ".md"
	only := newModel(t, 80, 24, []*data.Briefing{example})
	assertContains(t, screenText(only), "Aldmoor Hosts a Summit")

	real := folderStories()[1]
	m := newModel(t, 80, 24, []*data.Briefing{example, real})
	assertLacks(t, screenText(m), "Aldmoor Hosts a Summit")
	assertContains(t, screenText(m), "Kestria Names an Envoy", "1/1")
}

// A folder, read as the reader reads one (data.LoadEach, in the order of
// its paths), is listed newest first, the undated story last.
func TestAFolderIsListedNewestFirst(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, text := range map[string]string{
		"1-oldest.md":  "---\ntitle: Kestria Opens a Port\ndate: 2024-02-01\n---\nThe port opened.\n",
		"2-undated.md": "---\ntitle: Tesmar Plants a Forest\n---\nThe forest grew.\n",
		"3-newest.md":  "---\ntitle: Orlavia Elects a Council\ndate: 2025-09-30\n---\nThe council met.\n",
		"4-middle.md":  "---\ntitle: Varanda Builds a Bridge\ndate: 2025-03-15\n---\nThe bridge stood.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := testConfig(nil)
	cfg.Load = func(emit func(*data.Briefing, error)) { data.LoadEach([]string{dir}, nil, data.LoadOptions{}, emit) }
	s := screenText(startModel(t, 80, 24, cfg))
	var order []int
	for _, title := range []string{"Orlavia Elects a Council", "Varanda Builds a Bridge", "Kestria Opens a Port", "Tesmar Plants a Forest"} {
		order = append(order, strings.Index(s, title))
	}
	if !slices.IsSorted(order) || order[0] < 0 {
		t.Errorf("not newest first (positions %v):\n%s", order, s)
	}
}
