package query

import (
	"errors"
	"strings"
	"testing"
)

// FuzzQuery: any text parses or fails with an *Error naming a term it
// holds; a query that parses prints as text that parses back to it.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{
		`party:Tesmar speaker:"Ana Verin" after:2025-01 before:2025-06-30 kind:direct is:unread is:starred ceasefire "security guarantees"`,
		`-party:Orlavia -"x y" -z`, `speaker:"a \" b \\ c"`, `10:30 https://x.org/a:b`, `partty:x`, `after:2025-13`, `"open`, `-`, `a"b`,
		`kind:`, `is:read`, "party:\x00\xff", `speaker:""`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Parse(s)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse(%q): %T %v, not an *Error", s, err, err)
			}
			if !strings.Contains(e.Msg, e.Term) {
				t.Fatalf("Parse(%q): %q does not name %q", s, e.Msg, e.Term)
			}
			return
		}
		again, err := Parse(q.String())
		if err != nil {
			t.Fatalf("Parse(%q) printed as %q, which fails: %v", s, q.String(), err)
		}
		if len(again.Terms) != len(q.Terms) {
			t.Fatalf("Parse(%q) printed as %q reads back as %d terms, not %d", s, q.String(), len(again.Terms), len(q.Terms))
		}
		for i := range q.Terms {
			if again.Terms[i] != q.Terms[i] {
				t.Fatalf("Parse(%q) printed as %q: term %d reads back as %+v, not %+v", s, q.String(), i, again.Terms[i], q.Terms[i])
			}
		}
	})
}
