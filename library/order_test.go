package library

import (
	"context"
	"testing"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/store"
)

// The library's order and its rows read a few at a time give the stories
// Each gives, in the same order, attributed; a row the library no longer
// holds comes back as nil.
func TestOrderAndRows(t *testing.T) {
	t.Parallel()
	srv := newFeedServer(t)
	l := open(t)
	subscribe(t, l, srv.set("/almora.rss", rss("Almora", marrow, exchange, consulate)))
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	attr, _ := data.NewAttributor("")
	var each []*data.Briefing
	if errs := l.Each(attr, store.Want{}, func(b *data.Briefing, _ int64) { each = append(each, b) }); len(errs) > 0 {
		t.Fatal(errs)
	}
	order, err := l.Order()
	if err != nil || len(order) != len(each) || len(each) != 3 {
		t.Fatalf("order %v (%v) for %d stories", order, err, len(each))
	}
	rows, err := l.Rows(attr, []int64{order[2], 424242, order[0]}, store.Want{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[1] != nil || rows[0] == nil || rows[2] == nil {
		t.Fatalf("rows %v", rows)
	}
	for k, i := range map[int]int{0: 2, 2: 0} {
		got, want := rows[k], each[i]
		if got.ID != want.ID || got.Title != want.Title || got.NumStatements() != want.NumStatements() ||
			len(got.Parties) != len(want.Parties) || got.Paragraphs != nil || got.Statements != nil {
			t.Errorf("row %d: %q %q %d statements %v; want %q %q %d %v", k, got.ID, got.Title, got.NumStatements(), got.Parties,
				want.ID, want.Title, want.NumStatements(), want.Parties)
		}
	}
}
