package syntax_test

import "testing"

// TestSlashJoinsNames: a slash written tight between two names joins one
// phrase ("a Varn Times/CBN News poll" is one poll's, by both); one with
// spaces, or between common words, joins nothing.
func TestSlashJoinsNames(t *testing.T) {
	cases := []struct {
		sentence, start string
		want            string
	}{
		{"The vote is close, according to a Varn Times/CBN News poll released Sunday.", "a", "a Varn Times/CBN News poll"},
		{"Some 20 percent of people in a recent CBN/ORV poll said they would vote.", "a", "a recent CBN/ORV poll"},
		{"The vote is close, according to a Varn Times / CBN News poll released Sunday.", "a", "a Varn Times"},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		start := find(t, s, para, c.start).From
		got := ""
		if e := s.NounPhraseAt(start); e >= 0 {
			got = s.Text(para, start, e)
		}
		if got != c.want {
			t.Errorf("%q starting at %q: %q, want %q: %s", c.sentence, c.start, got, c.want, tags(s))
		}
	}
}
