package library

import "testing"

// A read mark taken back, many marked at once and statement stars are
// kept on disk, for the next brief to open the library.
func TestReadingMarksPersist(t *testing.T) {
	t.Parallel()
	l := open(t)
	for _, err := range []error{
		l.MarkRead("tesmar-ceasefire-1a2b"),
		l.MarkUnread("tesmar-ceasefire-1a2b"),
		l.MarkReadMany([]string{"orlavia-talks-3c4d", "kestria-port-5e6f"}),
		l.SetStatementStarred("orlavia-talks-3c4d#9f", true),
		l.SetStatementStarred("kestria-port-5e6f#aa", true),
		l.SetStatementStarred("kestria-port-5e6f#aa", false),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	for name, lib := range map[string]*Library{"this process": l, "reopened": reopen(t, l)} {
		if lib.IsRead("tesmar-ceasefire-1a2b") {
			t.Errorf("%s: marked unread, still read", name)
		}
		if !lib.IsRead("orlavia-talks-3c4d") || !lib.IsRead("kestria-port-5e6f") {
			t.Errorf("%s: marked read together, not read", name)
		}
		if !lib.IsStatementStarred("orlavia-talks-3c4d#9f") || lib.IsStatementStarred("kestria-port-5e6f#aa") {
			t.Errorf("%s: statement stars not kept", name)
		}
	}
}
