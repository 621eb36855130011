package mention

import "testing"

// TestClassifyDescriptionNamedByItsAside holds the family of a
// description whose appositive names the speaker, however the appositive
// goes on: a second appositive, the writer's aside, a phrase that places
// the name. The name speaks, with the description as its role.
func TestClassifyDescriptionNamedByItsAside(t *testing.T) {
	f := testFinder(t)
	cases := []struct {
		sentence, phrase, aside string
		name, title             string
		person                  bool
	}{
		{"Kestria's governor, Lena Velk, said the talks were over.", "Kestria 's governor", "Lena Velk",
			"Lena Velk", "Kestria's governor", true},
		{"Kestria's governor, Lena Velk, a Tesmari, said the talks were over.", "Kestria 's governor", "Lena Velk , a Tesmari",
			"Lena Velk", "Kestria's governor", true},
		{"The chief executive of Ora Media, Tom Arno, of course, said the talks were over.", "The chief executive of Ora Media", "Tom Arno , of course",
			"Tom Arno", "chief executive of Ora Media", true},
		{"One pastor, Anna Verel of the Varn Church, said the talks were over.", "One pastor", "Anna Verel of the Varn Church",
			"Anna Verel", "One pastor", true},
		{"A diplomat, Ambassador Jon Vell, said the talks were over.", "A diplomat", "Ambassador Jon Vell",
			"Jon Vell", "a diplomat", true},
		// an aside that opens with no name leaves the description the speaker
		{"A diplomat, a veteran of the talks, said they were over.", "A diplomat", "a veteran of the talks",
			"", "", false},
		{"Mr. Chairman, Vice Chairman Jon Vell, Chairman Tom Arno, thank you for coming.", "Mr. Chairman", "Vice Chairman Jon Vell , Chairman Tom Arno",
			"", "", false},
		{"A diplomat, who met Lena Velk in Varn, said the talks were over.", "A diplomat", "who met Lena Velk in Varn",
			"", "", false},
	}
	for _, c := range cases {
		s := sentence(t, f, c.sentence)
		m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), phrase(t, s, c.aside))
		if got := m.Kind == Person; got != c.person {
			t.Errorf("%q: kind %v, want a person %v", c.sentence, m.Kind, c.person)
			continue
		}
		if c.person && (m.Name != c.name || m.Title != c.title) {
			t.Errorf("%q: name %q title %q, want %q and %q", c.sentence, m.Name, m.Title, c.name, c.title)
		}
	}
}

// TestClassifyTimeIsNoTitle: the words of a time a name's phrase ran
// into are no title of the name's.
func TestClassifyTimeIsNoTitle(t *testing.T) {
	f := testFinder(t)
	cases := []struct{ sentence, phrase, name, title string }{
		{"It was the same day Lena Velk made two stops in Varn.", "the same day Lena Velk", "Lena Velk", ""},
		{"Last week Tom Arno told reporters the talks were over.", "Last week Tom Arno", "Tom Arno", ""},
		{"The retired general Lena Velk said the talks were over.", "The retired general Lena Velk", "Lena Velk", "retired general"},
	}
	for _, c := range cases {
		s := sentence(t, f, c.sentence)
		m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), phrase(t, s, ""))
		if m.Kind != Person || m.Name != c.name || m.Title != c.title {
			t.Errorf("%q: kind %v name %q title %q, want a person %q titled %q", c.sentence, m.Kind, m.Name, m.Title, c.name, c.title)
		}
	}
}

// TestClassifyPluralName: one plural proper noun the gazetteer does not
// know is a people, not a person a "she" could stand for.
func TestClassifyPluralName(t *testing.T) {
	f := testFinder(t)
	s := sentence(t, f, "The harsh talk about Muslims worried the town.")
	m := f.Classify(s, "The harsh talk about Muslims worried the town.", phrase(t, s, "Muslims"), phrase(t, s, ""))
	if m.Kind != Group || !m.Plural {
		t.Errorf("Muslims: kind %v plural %v, want a plural group", m.Kind, m.Plural)
	}
	s = sentence(t, f, "Tom Arno met Lena Velk in Varn.")
	m = f.Classify(s, "Tom Arno met Lena Velk in Varn.", phrase(t, s, "Lena Velk"), phrase(t, s, ""))
	if m.Kind != Person || m.Plural {
		t.Errorf("Lena Velk: kind %v plural %v, want one person", m.Kind, m.Plural)
	}
}
