package model

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
	"github.com/brief-reader/brief/store"
)

const (
	reportVow   = "We will not withdraw a single soldier from the border until the talks resume."
	reportGrain = "The grain corridor through Hollin stays open to every ship that flies the Orlavian flag."
)

// reportStories are stories newest first, as the library lists them, in
// which statements are reported again: a copy, a rewrite, a quote of
// another speaker, and short quotes that stay apart.
func reportStories() []*data.Briefing {
	mk := func(id string, day int, stmts ...[2]string) *data.Briefing {
		b := &data.Briefing{ID: id, Title: "Tesmar briefing " + id, Date: time.Date(2031, 3, day, 9, 0, 0, 0, time.UTC), Parties: []string{"Tesmar"}}
		for k, st := range stmts {
			b.Statements = append(b.Statements, data.Statement{Speaker: st[0], Party: "Tesmar", Text: st[1], Paragraph: int32(k)})
			b.Paragraphs = append(b.Paragraphs, data.Paragraph{Text: st[0] + " said: " + st[1]})
		}
		return b
	}
	return []*data.Briefing{
		mk("tesmar-5", 9, [2]string{"Ada Morrow", reportVow}),
		mk("tesmar-4", 6, [2]string{"Ivo Brandt", reportGrain}, [2]string{"Ada Morrow", "No."}),
		mk("tesmar-3", 5, [2]string{"Ivo Brandt", reportVow}),
		mk("tesmar-2", 4, [2]string{"Foreign Minister Ada Morrow", "“we will not withdraw a single soldier from the border until talks resume”"}, [2]string{"Ada Morrow", "No."}),
		mk("tesmar-1", 3, [2]string{"Ada Morrow", reportVow}, [2]string{"Ivo Brandt", reportGrain}),
	}
}

// storeReportStories records stories as library items with their
// statements under version "v1", and gives the doc of each ID.
func storeReportStories(t testing.TB, db *store.DB, bs []*data.Briefing) map[string]int64 {
	t.Helper()
	items := make([]store.BulkItem, len(bs))
	for k, b := range bs {
		items[k] = store.BulkItem{Item: store.Item{Key: "k:" + b.ID, SID: b.ID, Feed: "https://tesmar.example/feed",
			File: "/items/" + b.ID + ".json", Fetched: b.Date, Date: b.Date}, Hash: b.ID, Briefing: b}
	}
	if err := db.BulkItems(items, "v1"); err != nil {
		t.Fatal(err)
	}
	docs := map[string]int64{}
	rows, err := db.SQL().Query(`SELECT sid, doc FROM items`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var sid string
		var doc int64
		rows.Scan(&sid, &doc)
		docs[sid] = doc
	}
	return docs
}

// withStoredReports is cfg taking "also in" from db, whose stories docs
// names.
func withStoredReports(cfg Config, db *store.DB, docs func() map[string]int64) Config {
	cfg.MakeReports = func(ctx context.Context) error {
		_, err := db.MakeReports(ctx, "v1")
		return err
	}
	cfg.ReportsMade = func() bool {
		made, err := db.ReportsMade("v1")
		return made && err == nil
	}
	cfg.LoadReports = func(b *data.Briefing) ([]provenance.Stored, error) {
		doc, ok := docs()[b.ID]
		if !ok {
			return nil, nil
		}
		return db.Reports(doc, "v1")
	}
	return cfg
}

// alsoInByStatement is, for each statement of the library, its story and
// text with the stories "also in" names, earliest first.
func alsoInByStatement(m Model) []string {
	var out []string
	for i := range m.lib.StatementCount() {
		story, st := m.lib.Statement(i)
		line := m.lib.Story(story).ID + ": " + st.Text
		for _, o := range m.lib.AlsoIn(i) {
			line += " | " + m.lib.Story(m.lib.StatementStory(int(o))).ID
		}
		out = append(out, line)
	}
	return out
}

// quoteScreens is the quote view's screen with the cursor on each
// statement shown in turn.
func quoteScreens(t testing.TB, m Model) []string {
	var out []string
	for range m.quotes.Statements() {
		out = append(out, m.View())
		m = press(t, m, "j")
	}
	return out
}

// TestStoredReportsAsHeld: with "also in" read from the database, the
// quote view shows what the grouping of the statements held shows on
// the same stories: the same statements, each group once, the same
// "also in" on every screen.
func TestStoredReportsAsHeld(t *testing.T) {
	t.Parallel()
	full := reportStories()
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	docs := storeReportStories(t, db, full)

	held := startModel(t, 80, 24, compactConfig(full))
	held = pressAndRead(t, held, "tab")
	want := alsoInByStatement(held)
	if !strings.Contains(strings.Join(want, "\n"), "| tesmar-") {
		t.Fatalf("no statement is also in another story: the test proves nothing\n%s", strings.Join(want, "\n"))
	}
	wantScreens := quoteScreens(t, held)
	// First with the grouping stale (made after the statements are
	// read), then made (read with each batch of statements).
	for _, when := range []string{"made after", "made before"} {
		stored := startModel(t, 80, 24, withStoredReports(compactConfig(full), db, func() map[string]int64 { return docs }))
		if !stored.lib.ReportsStored() || held.lib.ReportsStored() {
			t.Fatal("the stored model does not take its groups from the database")
		}
		if made, _ := db.ReportsMade("v1"); made != (when == "made before") {
			t.Fatalf("%s: made is %v", when, made)
		}
		stored = pressAndRead(t, stored, "tab")
		if got := alsoInByStatement(stored); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: also in, from the database:\n%s\nheld:\n%s", when, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if g := quoteScreens(t, stored); !reflect.DeepEqual(g, wantScreens) {
			for k := range min(len(wantScreens), len(g)) {
				if wantScreens[k] != g[k] {
					t.Errorf("%s: screen %d, from the database:\n%s\nheld:\n%s", when, k, g[k], wantScreens[k])
					break
				}
			}
			if len(wantScreens) != len(g) {
				t.Errorf("%s: %d screens from the database, %d held", when, len(g), len(wantScreens))
			}
		}
	}
}

// A story a refresh brings that reports an older story's statement is
// "also in" for it, both ways, once the grouping is made again.
func TestStoredReportsAfterRefresh(t *testing.T) {
	t.Parallel()
	full := reportStories()
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	docs := storeReportStories(t, db, full)
	m := startModel(t, 80, 24, withStoredReports(compactConfig(full), db, func() map[string]int64 { return docs }))
	m = pressAndRead(t, m, "tab")

	later := &data.Briefing{ID: "tesmar-6", Title: "Tesmar briefing tesmar-6", Date: time.Date(2031, 3, 10, 9, 0, 0, 0, time.UTC),
		Statements: []data.Statement{{Speaker: "Ivo Brandt", Party: "Tesmar", Text: reportVow}}}
	for id, doc := range storeReportStories(t, db, []*data.Briefing{later}) {
		docs[id] = doc
	}
	m.refresh = &refresher{}
	next, cmd := m.Update(refreshDoneMsg{r: m.refresh, stories: []*data.Briefing{later}})
	m = runStatementCmds(t, next.(Model), cmd)

	lines := alsoInByStatement(m)
	want := map[string]bool{
		"tesmar-3: " + reportVow + " | tesmar-6": true,
		"tesmar-6: " + reportVow + " | tesmar-3": true,
	}
	for _, l := range lines {
		delete(want, l)
	}
	if len(want) > 0 {
		t.Errorf("after the refresh, missing %v in\n%s", want, strings.Join(lines, "\n"))
	}
}

// A story whose groups cannot be read keeps none; the stories after it
// are still read, and the first error is the one reported, whether the
// grouping was made by this read or before it.
func TestGroupsOfTheOtherStoriesReadPastAFailure(t *testing.T) {
	t.Parallel()
	bs := []*data.Briefing{{ID: "selin-1"}, {ID: "selin-2"}, {ID: "selin-3"}, {ID: "selin-4"}}
	unreadable := map[string]error{"selin-2": errors.New("page 7 unreadable"), "selin-4": errors.New("page 9 unreadable")}
	g := groupReader{
		made: func() bool { return true },
		make: func(context.Context) error { return nil },
		load: func(b *data.Briefing) ([]provenance.Stored, error) {
			if err := unreadable[b.ID]; err != nil {
				return nil, err
			}
			return []provenance.Stored{{Statement: 0, Group: int64(len(b.ID))}}, nil
		},
	}
	for name, read := range map[string]func([]*data.Briefing) ([][]provenance.Stored, error){
		"made before": g.loadGroups, "made now": g.makeAndLoadGroups,
	} {
		groups, err := read(bs)
		if err == nil || err.Error() != "page 7 unreadable" {
			t.Errorf("%s: error %v, want the first story's (page 7)", name, err)
		}
		if len(groups) != 4 || groups[0] == nil || groups[1] != nil || groups[2] == nil || groups[3] != nil {
			t.Errorf("%s: groups %v, want the first and third stories' only", name, groups)
		}
	}
}
