package store

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

// TestStatementWords: the words read in bulk are those Statements reads,
// each story at its place in the docs asked for, whatever their order; a
// story without statements of the version is left out, a damaged record
// is an error, and a cancelled read stops.
func TestStatementWords(t *testing.T) {
	t.Parallel()
	db := openTest(t, t.TempDir())
	a, b := sampleBriefing(t), sampleBriefing(t)
	a.Path, b.Path = "/stories/a.md", "/stories/b.md"
	b.Statements = b.Statements[:1]
	b.Statements[0].Text = "Kestria's ministry said the talks in Ostrava Nova would resume"
	var docs []int64
	for _, x := range []*data.Briefing{a, b} {
		ids, err := db.CacheFile(CachedFile{Path: x.Path, Size: 1, MTime: time.Unix(1, 0), Hash: x.Path}, []*data.Briefing{x}, "v1")
		must(t, err)
		docs = append(docs, ids...)
	}
	if len(a.Statements) < 2 {
		t.Fatalf("the sample has %d statements", len(a.Statements))
	}
	asked := []int64{docs[1], docs[0] + docs[1] + 10, docs[0]}
	got := map[int][]string{}
	must(t, db.StatementWords(context.Background(), "v1", asked, func(k int, stmts []data.StatementWords) {
		for _, w := range stmts {
			got[k] = append(got[k], string(w.Text)+"|"+string(w.Speaker)+"|"+string(w.Role))
		}
	}))
	word := func(st data.Statement) string { return st.Text + "|" + st.Speaker + "|" + st.Role }
	want := map[int][]string{0: {word(b.Statements[0])}}
	for _, st := range a.Statements {
		want[2] = append(want[2], word(st))
	}
	if len(got) != 2 || !slices.Equal(got[0], want[0]) || !slices.Equal(got[2], want[2]) {
		t.Errorf("texts read: %v, want %v", got, want)
	}
	if err := db.StatementWords(context.Background(), "v2", asked, func(int, []data.StatementWords) { t.Error("another version read") }); err != nil {
		t.Error(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := db.StatementWords(ctx, "v1", asked, func(int, []data.StatementWords) {}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	rec := encodeStatements(a)
	for i := range len(rec) - 1 {
		if _, _, err := statementWords(rec[:i], nil, nil); err == nil {
			t.Fatalf("a record cut at %d of %d bytes read without error", i, len(rec))
		}
	}
}
