package views

import "testing"

// StatementIndex finds statement k of a story among the library's, held
// whole or attached later (where the library's order is not the
// stories'), and nothing past a story's last statement.
func TestStatementIndexFindsEachStatement(t *testing.T) {
	t.Parallel()
	held, compact := twoLibraries(t)
	for name, l := range map[string]*Library{"held": held, "compact": compact} {
		seen := 0
		for story, b := range compactFixture() {
			for k, want := range b.Statements {
				i, ok := l.StatementIndex(story, k)
				if !ok {
					t.Errorf("%s: statement %d of story %d not found", name, k, story)
					continue
				}
				seen++
				if s, got := l.Statement(i); s != story || got.Text != want.Text {
					t.Errorf("%s: statement %d of story %d is %d: %q of story %d; want %q", name, k, story, i, got.Text, s, want.Text)
				}
				if s, kk := l.StatementInStory(i); s != story || kk != k {
					t.Errorf("%s: statement %d is statement %d of story %d; want %d of %d", name, i, kk, s, k, story)
				}
			}
		}
		if seen != l.StatementCount() {
			t.Errorf("%s: found %d statements of %d", name, seen, l.StatementCount())
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
