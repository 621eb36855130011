package syntax_test

import "testing"

// A short parenthesis with no verb is read the same from either bracket:
// ParentheticalAfter at its "(" is the word after its ")", and
// ParentheticalBefore at its ")" is its "("; a long one, one with a
// verb, or a word that opens none gives -1.
func TestParenthetical(t *testing.T) {
	cases := []struct {
		name, sentence, open string // open: the bracket's word before it, "" for none
		parenthesised        bool
	}{
		{"a party and a region", "Sen. Jon Arno (R-Ru.) is an underdog.", "Arno", true},
		{"a side", "Ana Velk (right) met Jon Arno.", "Velk", true},
		{"a verb inside", "Ana Velk (who won twice) met Jon Arno.", "Velk", false},
		{"a long aside", "Ana Velk (of the Tesmar Water Agency board in Port Selin) met Jon Arno.", "Velk", false},
		{"no bracket", "Ana Velk met Jon Arno.", "Velk", false},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		k := -1
		for i := range s.Words {
			if s.Text(para, i, i+1) == c.open {
				k = i + 1
			}
		}
		if k < 0 {
			t.Fatalf("%s: no %q in %q", c.name, c.open, c.sentence)
		}
		after := s.ParentheticalAfter(k)
		if !c.parenthesised {
			if after != -1 {
				t.Errorf("%s: ParentheticalAfter(%d) = %d, want -1", c.name, k, after)
			}
			continue
		}
		if after <= k+1 || s.Text(para, after-1, after) != ")" {
			t.Fatalf("%s: ParentheticalAfter(%d) = %d, want the word after its )", c.name, k, after)
		}
		if got := s.ParentheticalBefore(after - 1); got != k {
			t.Errorf("%s: ParentheticalBefore(%d) = %d, want %d", c.name, after-1, got, k)
		}
	}
}
