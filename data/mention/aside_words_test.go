package mention

import "testing"

// TestAsideOpeners: of the prepositions only "of" opens an appositive
// that gives a role, and of the relative pronouns "who" and "whom" say
// that the aside is about a person; the words come from the lexicon's
// [role prepositions] and [personal relatives].
func TestAsideOpeners(t *testing.T) {
	f := testFinder(t)
	for _, c := range []struct {
		sentence, aside string
		role            bool
		human           bool
	}{
		{"Ana Velk, of the Harbour Institute, said the count was steady.", "of the Harbour Institute", true, false},
		{"Ana Velk, for her part, said the count was steady.", "for her part", false, false},
		{"Ana Velk, who leads the delegation, said the count was steady.", "who leads the delegation", false, true},
		{"Ana Velk, whom the council named in May, said the count was steady.", "whom the council named in May", false, true},
		{"The harbour, which the council named in May, stayed shut.", "which the council named in May", false, false},
	} {
		s := sentence(t, f, c.sentence)
		aside := phrase(t, s, c.aside)
		if got := appositiveRole(s, c.sentence, aside) != ""; got != c.role {
			t.Errorf("%q: a role %v, want %v", c.aside, got, c.role)
		}
		if got := f.asideIsHuman(s, aside); got != c.human {
			t.Errorf("%q: about a person %v, want %v", c.aside, got, c.human)
		}
	}
}
