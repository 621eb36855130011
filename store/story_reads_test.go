package store

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
)

// A reader's reads of a story (its row, statements, their reports, body),
// each through a statement prepared once, answer for the story asked
// about, story after story and in any order; once the database is closed
// they fail rather than read.
func TestStoryReadsOneAfterAnother(t *testing.T) {
	t.Parallel()
	db := openTest(t, t.TempDir())
	stories := []reportStory{
		{"tesmar-1", 3, [][2]string{{"Ada Morrow", vowText}, {"Ivo Brandt", grainText}}},
		{"tesmar-2", 4, [][2]string{{"Ivo Brandt", grainText}}},
		{"tesmar-3", 5, [][2]string{{"Ada Morrow", vowText}, {"Ada Morrow", "No."}}},
	}
	// Each story's one paragraph is its ID.
	items := make([]BulkItem, len(stories))
	for k, s := range stories {
		date := time.Date(2031, 3, s.day, 9, 0, 0, 0, time.UTC)
		b := &data.Briefing{ID: s.id, Title: "Tesmar briefing " + s.id, Date: date, Paragraphs: []data.Paragraph{{Text: s.id}}}
		for _, st := range s.stmts {
			b.Statements = append(b.Statements, data.Statement{Speaker: st[0], Party: "Tesmar", Text: st[1]})
		}
		items[k] = BulkItem{Item: Item{Key: "k:" + s.id, SID: s.id, Feed: "https://tesmar.example/feed", File: "/items/" + s.id + ".json", Fetched: date, Date: date},
			Hash: s.id, Briefing: b}
	}
	must(t, db.BulkItems(items, "v1"))
	if made, err := db.MakeReports(context.Background(), "v1"); err != nil || !made {
		t.Fatalf("MakeReports: %v %v", made, err)
	}
	docs := make([]int64, len(stories))
	wantReports := make([][]provenance.Stored, len(stories))
	grouped := 0
	for k, s := range stories {
		must(t, db.sql.QueryRow(`SELECT doc FROM items WHERE sid = ?`, s.id).Scan(&docs[k]))
		rows, err := db.sql.Query(`SELECT n, grp, rank FROM reports WHERE version = 'v1' AND doc = ? ORDER BY n`, docs[k])
		must(t, err)
		for rows.Next() {
			var r provenance.Stored
			must(t, rows.Scan(&r.Statement, &r.Group, &r.Rank))
			wantReports[k] = append(wantReports[k], r)
		}
		must(t, rows.Close())
		grouped += len(wantReports[k])
	}
	if grouped == 0 {
		t.Fatal("the stories make no group: the test proves nothing")
	}
	for _, k := range []int{0, 1, 2, 2, 0, 1} {
		var b data.Briefing
		must(t, db.Statements(docs[k], "v1", &b))
		var texts [][2]string
		for _, st := range b.Statements {
			texts = append(texts, [2]string{st.Speaker, st.Text})
		}
		if !reflect.DeepEqual(texts, stories[k].stmts) {
			t.Errorf("%s: statements %q, want %q", stories[k].id, texts, stories[k].stmts)
		}
		reps, err := db.Reports(docs[k], "v1")
		if err != nil || !reflect.DeepEqual(reps, wantReports[k]) {
			t.Errorf("%s: reports %v %v, want %v", stories[k].id, reps, err, wantReports[k])
		}
		if err := db.Body(docs[k], &b); err != nil || len(b.Paragraphs) != 1 || b.Paragraphs[0].Text != stories[k].id {
			t.Errorf("%s: body %+v, %v", stories[k].id, b.Paragraphs, err)
		}
		var rows []string
		err = db.LibraryDocsByID("v1", []int64{docs[k]}, Want{}, func(d Doc) error {
			rows = append(rows, d.Briefing.ID)
			return nil
		})
		if err != nil || len(rows) != 1 || rows[0] != stories[k].id {
			t.Errorf("%s: row %q, %v", stories[k].id, rows, err)
		}
	}
	must(t, db.Close())
	var b data.Briefing
	if err := db.Statements(docs[0], "v1", &b); err == nil {
		t.Error("statements read from a closed database")
	}
	if _, err := db.Reports(docs[0], "v1"); err == nil {
		t.Error("reports read from a closed database")
	}
	if err := db.Body(docs[0], &b); err == nil {
		t.Error("a body read from a closed database")
	}
}
