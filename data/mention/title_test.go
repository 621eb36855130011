package mention

import "testing"

// TestTitleIsAnOffice: the title before a name is the words that make an
// office, not the words the phrase ran into before them (a question's
// verb, a time, a noun of the clause before), and a place's or body's
// name with no office after it is no title.
func TestTitleIsAnOffice(t *testing.T) {
	f := testFinder(t)
	cases := []struct{ sentence, phrase, title string }{
		{"Kestria's foreign minister Ruben Sato said the deal was done.", "Kestria 's foreign minister Ruben Sato", "Kestria's foreign minister"},
		{"Fort Merara commander Ana Verel said the base was safe.", "Fort Merara commander Ana Verel", "Fort Merara commander"},
		{"Secretary of State Lena Velk said the deal was done.", "Secretary of State Lena Velk", "Secretary of State"},
		{"Former President Tom Arno said the deal was done.", "Former President Tom Arno", "Former President"},
		{"Retired general Lena Arno said the deal was done.", "Retired general Lena Arno", "Retired general"},
		{"Varn Post bureau chief Lena Arno said the deal was done.", "bureau chief Lena Arno", "bureau chief"},
		{"Kestrian Sen. Lena Arno said the deal was done.", "Kestrian Sen. Lena Arno", "Kestrian Sen."},
		{"The deal was done, said then-Vice President Lena Arno.", "then-Vice President Lena Arno", "then-Vice President"},
		{"Ambassador to Kestria Lena Arno said the deal was done.", "Ambassador to Kestria Lena Arno", "Ambassador to Kestria"},
		// the words before the office are no part of it
		{"Today President Anna Tul said the deal was done.", "Today President Anna Tul", "President"},
		{"Does President Anna Tul believe that the deal is done?", "Does President Anna Tul", "President"},
		{"He described the way President Anna Tul said the deal was done.", "the way President Anna Tul", "President"},
		{"Reporters asked how the meeting Vice President Anna Tul held had gone.", "meeting Vice President Anna Tul", "Vice President"},
		// a place or a body alone is whose, not an office
		{"Fort Merara's Lena Velk said the fence would be repaired.", "Fort Merara 's Lena Velk", ""},
		{"The Emerging Technology Lena Velk said the fence would be repaired.", "Emerging Technology Lena Velk", ""},
	}
	for _, c := range cases {
		s := sentence(t, f, c.sentence)
		m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), phrase(t, s, ""))
		if m.Title != c.title {
			t.Errorf("%q in %q: title %q, want %q (kind %v, name %q)", c.phrase, c.sentence, m.Title, c.title, m.Kind, m.Name)
		}
	}
}

// TestPlaceIsNoRole: an appositive that only says where its person is
// from gives no role; one that says what they are does.
func TestPlaceIsNoRole(t *testing.T) {
	f := testFinder(t)
	cases := []struct{ sentence, phrase, aside, title string }{
		{"Ana Verel, of Fort Merara, said the base was safe.", "Ana Verel", "of Fort Merara", ""},
		{"Ana Verel, Fort Merara, said the base was safe.", "Ana Verel", "Fort Merara", ""},
		{"Ana Verel, a nurse at Fort Merara, said the base was safe.", "Ana Verel", "a nurse at Fort Merara", "nurse at Fort Merara"},
		{"Ana Verel, a retired general, said the base was safe.", "Ana Verel", "a retired general", "retired general"},
	}
	for _, c := range cases {
		s := sentence(t, f, c.sentence)
		m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), phrase(t, s, c.aside))
		if m.Title != c.title {
			t.Errorf("%q, %q: title %q, want %q", c.phrase, c.aside, m.Title, c.title)
		}
	}
}
