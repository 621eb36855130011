package views

import (
	"testing"

	"github.com/brief-reader/brief/data"
)

// TestStatementStatusCountsTheUnmarkedToo: when some statements cannot
// be marked in the text, the story's status line says how many there
// are in all, as the list does, rather than a smaller count alone.
func TestStatementStatusCountsTheUnmarkedToo(t *testing.T) {
	t.Parallel()
	story := &data.Briefing{Statements: make([]data.Statement, 3)}
	tests := []struct {
		order []int
		stmt  int
		want  string
	}{
		{[]int{0, 2}, 2, "statement 2/2 marked (3 in all)"},
		{[]int{0, 2}, -1, "2 statements marked (3 in all)"},
		{[]int{0, 1, 2}, 1, "statement 2/3"},
	}
	for _, tt := range tests {
		d := Detail{story: story, doc: &Doc{Order: tt.order}, stmt: tt.stmt}
		if got := d.statementStatus(); got != tt.want {
			t.Errorf("order %v, statement %d: %q, want %q", tt.order, tt.stmt, got, tt.want)
		}
	}
}
