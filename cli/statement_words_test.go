package cli

import (
	"context"
	"slices"
	"testing"

	"github.com/brief-reader/brief/data"
)

// The words the quote view's text filter reads in bulk are the texts,
// speakers and roles of the statements LoadStatements reads, each story
// at its place.
func TestReaderStatementWords(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	r, bs := readTwoStories(t)
	got := make([][]string, len(bs))
	err := r.StatementWords(context.Background(), bs, func(k int, stmts []data.StatementWords) {
		for _, w := range stmts {
			got[k] = append(got[k], string(w.Text)+"|"+string(w.Speaker)+"|"+string(w.Role))
		}
	})
	if err != nil || len(bs) != 2 {
		t.Fatalf("%d stories; %v", len(bs), err)
	}
	for k, b := range bs {
		stmts, err := r.LoadStatements(b)
		if err != nil || len(stmts) == 0 {
			t.Fatalf("%s: %d statements, %v", b.ID, len(stmts), err)
		}
		var want []string
		for _, st := range stmts {
			want = append(want, st.Text+"|"+st.Speaker+"|"+st.Role)
		}
		if !slices.Equal(got[k], want) {
			t.Errorf("%s: texts %q, want %q", b.ID, got[k], want)
		}
	}
}
