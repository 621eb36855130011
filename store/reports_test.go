package store

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
)

const (
	vowText    = "We will not withdraw a single soldier from the border until the talks resume."
	vowRewrite = "“we will not withdraw a single soldier from the border until talks resume”"
	grainText  = "The grain corridor through Hollin stays open to every ship that flies the Orlavian flag."
)

// reportStory is a story of the reports tests: its ID, its day and who
// said what.
type reportStory struct {
	id    string
	day   int
	stmts [][2]string // speaker, text
}

func storeReportStories(t *testing.T, db *DB, stories []reportStory) {
	t.Helper()
	items := make([]BulkItem, len(stories))
	for k, s := range stories {
		date := time.Date(2031, 3, s.day, 9, 0, 0, 0, time.UTC)
		b := &data.Briefing{ID: s.id, Title: "Tesmar briefing " + s.id, Date: date}
		for _, st := range s.stmts {
			b.Statements = append(b.Statements, data.Statement{Speaker: st[0], Party: "Tesmar", Text: st[1]})
		}
		items[k] = BulkItem{Item: Item{Key: "k:" + s.id, SID: s.id, Feed: "https://tesmar.example/feed", File: "/items/" + s.id + ".json", Fetched: date, Date: date},
			Hash: s.id, Briefing: b}
	}
	must(t, db.BulkItems(items, "v1"))
}

// namedGroups names each grouped statement by its story's ID and place, with
// its group's statements, earliest first.
type namedGroups map[string][]string

// heldGroups is what a reader holding every statement finds: a Sieve over
// the stories in the library's order, newest first.
func heldGroups(stories []reportStory) namedGroups {
	order := slices.Clone(stories)
	slices.SortStableFunc(order, func(a, b reportStory) int {
		if a.day != b.day {
			return b.day - a.day
		}
		if a.id < b.id {
			return -1
		}
		return 1
	})
	var names []string
	var added []provenance.Statement
	sieve := provenance.NewSieve(func(n int) provenance.Statement { return added[n] })
	for si, s := range order {
		for k, st := range s.stmts {
			p := provenance.Statement{Story: si, Date: time.Date(2031, 3, s.day, 9, 0, 0, 0, time.UTC), Speaker: st[0], Party: "Tesmar", Text: st[1]}
			added = append(added, p)
			names = append(names, fmt.Sprintf("%s#%d", s.id, k))
			sieve.Add(p)
		}
	}
	out := namedGroups{}
	for n := range sieve.Len() {
		if sieve.Single(n) {
			continue
		}
		members := append(sieve.Others(n), int32(n))
		slices.SortFunc(members, func(a, b int32) int {
			if sieve.Earlier(int(a), int(b)) {
				return -1
			}
			return 1
		})
		for _, m := range members {
			out[names[n]] = append(out[names[n]], names[m])
		}
	}
	return out
}

// storedGroups is the database's answer for the same stories.
func storedGroups(t *testing.T, db *DB, stories []reportStory) namedGroups {
	t.Helper()
	type member struct {
		name string
		rank int32
	}
	byGroup := map[int64][]member{}
	var all []struct {
		name  string
		group int64
	}
	for _, s := range stories {
		var doc int64
		must(t, db.sql.QueryRow(`SELECT doc FROM items WHERE sid = ?`, s.id).Scan(&doc))
		reps, err := db.Reports(doc, "v1")
		must(t, err)
		for _, r := range reps {
			name := fmt.Sprintf("%s#%d", s.id, r.Statement)
			byGroup[r.Group] = append(byGroup[r.Group], member{name, r.Rank})
			all = append(all, struct {
				name  string
				group int64
			}{name, r.Group})
		}
	}
	out := namedGroups{}
	for _, a := range all {
		ms := slices.Clone(byGroup[a.group])
		slices.SortFunc(ms, func(x, y member) int { return int(x.rank - y.rank) })
		for _, m := range ms {
			out[a.name] = append(out[a.name], m.name)
		}
	}
	return out
}

// The groups the database keeps are those a reader holding every
// statement makes of the same stories: copies, rewrites, a speaker's
// other quote apart, short quotes apart, reports too far apart in time
// apart; and a story added later that reports an older one's statement
// joins it, both sides, once the grouping is made again.
func TestReportsAsHeld(t *testing.T) {
	t.Parallel()
	db := openTest(t, t.TempDir())
	stories := []reportStory{
		{"tesmar-1", 3, [][2]string{{"Ada Morrow", vowText}, {"Ada Morrow", "No."}, {"Ivo Brandt", grainText}}},
		{"tesmar-2", 4, [][2]string{{"Foreign Minister Ada Morrow", vowRewrite}, {"Ada Morrow", "No."}}},
		{"tesmar-3", 4, [][2]string{{"Ivo Brandt", vowText}, {"Ivo Brandt", grainText}}},
		{"tesmar-4", 28, [][2]string{{"Ada Morrow", vowText}}},
		{"tesmar-5", 5, [][2]string{{"Ada Morrow", vowText}, {"Ivo Brandt", "The corridor is closed to ships of Kestria until the audit is done."}}},
	}
	storeReportStories(t, db, stories)
	if made, err := db.ReportsMade("v1"); err != nil || made {
		t.Fatalf("made before MakeReports: %v %v", made, err)
	}
	made, err := db.MakeReports(context.Background(), "v1")
	if err != nil || !made {
		t.Fatalf("MakeReports: %v %v", made, err)
	}
	want, got := heldGroups(stories), storedGroups(t, db, stories)
	if len(want) == 0 {
		t.Fatal("the stories make no group: the test proves nothing")
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stored groups\n%v\nheld\n%v", got, want)
	}
	if ok, err := db.ReportsMade("v1"); err != nil || !ok {
		t.Errorf("made after MakeReports: %v %v", ok, err)
	}
	if ok, _ := db.ReportsMade("v2"); ok {
		t.Error("another version made")
	}

	// A later story reports tesmar-3's grain quote: stale, then both grouped.
	later := reportStory{"tesmar-6", 6, [][2]string{{"Ivo Brandt", grainText}}}
	storeReportStories(t, db, []reportStory{later})
	if ok, _ := db.ReportsMade("v1"); ok {
		t.Error("made after a story was stored")
	}
	stories = append(stories, later)
	if made, err := db.MakeReports(context.Background(), "v1"); err != nil || !made {
		t.Fatalf("MakeReports again: %v %v", made, err)
	}
	want, got = heldGroups(stories), storedGroups(t, db, stories)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after a later story, stored groups\n%v\nheld\n%v", got, want)
	}
	if len(got["tesmar-6#0"]) < 2 || !slices.Contains(got["tesmar-3#1"], "tesmar-6#0") {
		t.Errorf("the later story is not also in the older one: %v", got)
	}

	// Another version's statements replace these (a new brief): the
	// grouping of the old version goes when the new one is made.
	must(t, rekeyAndMake(t, db, "v1", "v2"))
	var old int
	must(t, db.sql.QueryRow(`SELECT count(*) FROM reports WHERE version = 'v1'`).Scan(&old))
	if old != 0 {
		t.Errorf("%d rows of a version whose statements are gone", old)
	}

	// A story deleted: stale again, and its reports gone with it.
	var doc int64
	must(t, db.sql.QueryRow(`SELECT doc FROM items WHERE sid = 'tesmar-6'`).Scan(&doc))
	must(t, db.DeleteItems([]Item{{Key: "k:tesmar-6", File: "/items/tesmar-6.json"}}))
	if ok, _ := db.ReportsMade("v2"); ok {
		t.Error("made after a story was deleted")
	}
}

// Migration 9 adds the reports to a database of version 8, which keeps
// its stories, and the grouping is made for them.
func TestReportsMigration(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	raw, err := openSQL(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	must(t, migrateTo(raw, 8))
	if _, err := raw.Exec(`SELECT count(*) FROM reports`); err == nil {
		t.Fatal("version 8 already has reports: the test proves nothing")
	}
	stories := []reportStory{
		{"orlavia-1", 2, [][2]string{{"Ada Morrow", vowText}}},
		{"orlavia-2", 3, [][2]string{{"Ada Morrow", vowText}}},
	}
	storeReportStories(t, &DB{sql: raw, path: filepath.Join(dir, FileName)}, stories)
	raw.Close()
	db := openTest(t, dir)
	if made, _ := db.ReportsMade("v1"); made {
		t.Error("made by the migration")
	}
	if made, err := db.MakeReports(context.Background(), "v1"); err != nil || !made {
		t.Fatalf("MakeReports: %v %v", made, err)
	}
	got := storedGroups(t, db, stories)
	if want := []string{"orlavia-1#0", "orlavia-2#0"}; !slices.Equal(got["orlavia-2#0"], want) {
		t.Errorf("groups after the migration: %v", got)
	}
}

// rekeyAndMake files every statement under version to, as a new brief's
// attribution would be, and makes its grouping.
func rekeyAndMake(t *testing.T, db *DB, from, to string) error {
	t.Helper()
	if _, err := db.sql.Exec(`UPDATE statements SET version = ? WHERE version = ?`, to, from); err != nil {
		return err
	}
	made, err := db.MakeReports(context.Background(), to)
	if err == nil && !made {
		t.Error("not made after the rekey")
	}
	return err
}
