package views

import "testing"

// StatementIndex finds statement k of a story among the library's, held
// whole or attached later (where the library's order is not the
// stories'), and nothing past a story's last statement.
func TestStatementIndexFindsEachStatement(t *testing.T) {
	held, compact := twoLibraries(t)
	for name, l := range map[string]*Library{"held": held, "compact": compact} {
		for i, e := range l.stmts {
			if got, ok := l.StatementIndex(int(e.story), int(e.index)); !ok || got != i {
				t.Errorf("%s: statement %d of story %d: %d, %v; want %d", name, e.index, e.story, got, ok, i)
			}
			if story, k := l.StatementInStory(i); story != int(e.story) || k != int(e.index) {
				t.Errorf("%s: statement %d is statement %d of story %d; want %d of %d", name, i, k, story, e.index, e.story)
			}
		}
		for story := range l.stories {
			n := len(compactFixture()[story].Statements)
			if _, ok := l.StatementIndex(story, n); ok {
				t.Errorf("%s: story %d has a statement %d, past its last", name, story, n)
			}
		}
		if _, ok := l.StatementIndex(len(l.stories), 0); ok {
			t.Errorf("%s: a story past the last has a statement", name)
		}
	}
}
