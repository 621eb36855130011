package syntax_test

import "testing"

// TestRepairMonthSurname: a month that is also a name is a surname after
// a given name or a title, and a time elsewhere.
func TestRepairMonthSurname(t *testing.T) {
	for _, c := range []struct {
		name, sentence, word string
		time                 bool
	}{
		{"after a given name", "Lena May said the ferry would run.", "May", false},
		{"after a title", "Prime Minister June said the ferry would run.", "June", false},
		{"after a preposition", "The ferry will run in May, Velk said.", "May", true},
		{"before a day's number", "Velk Tuesday May 3 said the ferry would run.", "May", true},
		{"after a comma", "The ferry ran on Tuesday, May 3.", "May", true},
	} {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.IsTime() != c.time {
			t.Errorf("%s: %s IsTime() = %v, want %v: %s", c.name, w.Text, w.IsTime(), c.time, tags(s))
		}
	}
}
