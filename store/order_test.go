package store

import (
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

// putStories stores n library items, story i dated i hours after a fixed
// time (so the newest is the last), and returns their rows in order of
// storing.
func putStories(t *testing.T, db *DB, dir string, n int) []int64 {
	t.Helper()
	var items []BulkItem
	for i := range n {
		b := &data.Briefing{Title: fmt.Sprintf("Tesmar and Orlavia, round %d", i), Dateline: "Hollin",
			Paragraphs: []data.Paragraph{{Text: "The envoys met again."}}}
		date := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
		b.Date = date
		items = append(items, BulkItem{
			Item: Item{Key: fmt.Sprintf("k%d", i), SID: fmt.Sprintf("round-%d", i), Feed: "https://tesmar.example/feed",
				File: filepath.Join(dir, "items", fmt.Sprintf("%d.json", i)), Fetched: date, Date: date},
			Hash: fmt.Sprint(i), Briefing: b,
		})
	}
	if err := db.BulkItems(items, ""); err != nil {
		t.Fatal(err)
	}
	var rows []int64
	for _, it := range items {
		var doc int64
		if err := db.sql.QueryRow(`SELECT doc FROM items WHERE key = ?`, it.Item.Key).Scan(&doc); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, doc)
	}
	return rows
}

// The library's order is the rows LibraryDocs lists, in its order, and
// reading rows by ID gives the same stories in the order asked.
func TestLibraryOrderAndRowsByID(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := openTest(t, dir)
	if order, err := db.LibraryOrder(); err != nil || order != nil {
		t.Fatalf("an empty library: %v %v", order, err)
	}
	stored := putStories(t, db, dir, 30)
	order, err := db.LibraryOrder()
	if err != nil {
		t.Fatal(err)
	}
	var listed []int64
	var titles []string
	if err := db.LibraryDocs("", Want{}, func(d Doc) error {
		listed = append(listed, d.ID)
		titles = append(titles, d.Briefing.Title)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(order, listed) || len(order) != 30 || order[0] != stored[29] {
		t.Fatalf("order %v\nlisted %v", order, listed)
	}
	// A window from the middle, asked for in the list's order, with a
	// row that is not (or no longer) a story of the library.
	ask := append([]int64{order[12], order[3], 999999}, order[20:24]...)
	var got []int64
	var gotTitles []string
	if err := db.LibraryDocsByID("", ask, Want{}, func(d Doc) error {
		got = append(got, d.ID)
		gotTitles = append(gotTitles, d.Briefing.Title)
		if d.Briefing.ID == "" || d.Briefing.Paragraphs != nil {
			t.Errorf("row %d: ID %q, paragraphs %v", d.ID, d.Briefing.ID, d.Briefing.Paragraphs)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := append([]int64{order[12], order[3]}, order[20:24]...)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows by ID %v, want %v", got, want)
	}
	if gotTitles[0] != titles[12] || gotTitles[2] != titles[20] {
		t.Errorf("titles %q", gotTitles)
	}
	// The rows of item files, newest first.
	files := []string{filepath.Join(dir, "items", "3.json"), filepath.Join(dir, "items", "nothing.json"), filepath.Join(dir, "items", "7.json")}
	docs, err := db.ItemDocs(files)
	if err != nil || !reflect.DeepEqual(docs, []int64{stored[7], stored[3]}) {
		t.Errorf("item docs %v %v, want %v", docs, err, []int64{stored[7], stored[3]})
	}
}

func TestParseRowList(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in   string
		want []int64
		ok   bool
	}{
		{"1", []int64{1}, true},
		{"12,7,900000000001", []int64{12, 7, 900000000001}, true},
		{"", nil, false},
		{"1,,2", nil, false},
		{"1,x", nil, false},
		{"1,", nil, false},
		{"-3", nil, false},
		{"1234567890123456789012", nil, false},
	} {
		got, err := parseRowList(tt.in)
		if (err == nil) != tt.ok || tt.ok && !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseRowList(%q) = %v, %v", tt.in, got, err)
		}
	}
}

// The head of the order comes first, and the whole order after it is of
// the same moment: a story stored meanwhile by another process is in
// neither.
func TestLibraryOrderHeadIsOneSnapshot(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := openTest(t, dir)
	putStories(t, db, dir, 20)
	want, err := db.LibraryOrder()
	if err != nil {
		t.Fatal(err)
	}
	other := openTest(t, dir)
	var gotTotal int
	var gotFirst []int64
	order, err := db.LibraryOrderHead(5, func(total int, first []int64) bool {
		gotTotal, gotFirst = total, first
		// Another process stores the newest story of all.
		b := &data.Briefing{Title: "Kestria Joins the Talks", Paragraphs: []data.Paragraph{{Text: "Late news."}}}
		date := time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)
		if err := other.BulkItems([]BulkItem{{Item: Item{Key: "late", SID: "late", Feed: "f", File: filepath.Join(dir, "items", "late.json"),
			Fetched: date, Date: date}, Hash: "late", Briefing: b}}, ""); err != nil {
			t.Error(err)
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	if gotTotal != 20 || !reflect.DeepEqual(gotFirst, want[:5]) || !reflect.DeepEqual(order, want) {
		t.Errorf("head %d %v, order %v; want 20 %v, %v", gotTotal, gotFirst, order, want[:5], want)
	}
	if now, _ := db.LibraryOrder(); len(now) != 21 {
		t.Errorf("after the snapshot the order has %d stories, want 21", len(now))
	}
	// The head alone, when the rest is not wanted; the whole order when
	// the head holds it.
	if order, err := db.LibraryOrderHead(5, func(int, []int64) bool { return false }); order != nil || err != nil {
		t.Errorf("the rest not wanted: %v, %v", order, err)
	}
	if order, err := db.LibraryOrderHead(50, func(int, []int64) bool { return true }); len(order) != 21 || err != nil {
		t.Errorf("a head of all: %d rows, %v", len(order), err)
	}
}
