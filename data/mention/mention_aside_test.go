package mention

import "testing"

// TestAsideTitleWithOfNamesTheSpeaker: an appositive that is a title
// with a preposition in it ("of", "for", "to", "on") and a name ("former Secretary of State Anna Verel")
// names the description's person, as "former Foreign Minister Anna
// Verel" does.
func TestAsideTitleWithOfNamesTheSpeaker(t *testing.T) {
	f := testFinder(t)
	for _, c := range []struct{ sentence, phrase, aside, name string }{
		{"But the other candidate on the stage, former Secretary of State Anna Verel, drew a contrast.", "the other candidate on the stage", "former Secretary of State Anna Verel", "Anna Verel"},
		{"A senior adviser, Minister for the Interior Jon Arno, said the talks were over.", "A senior adviser", "Minister for the Interior Jon Arno", "Jon Arno"},
		{"A senior aide, Special Adviser to the President Pela Oru, said the talks were over.", "A senior aide", "Special Adviser to the President Pela Oru", "Pela Oru"},
		{"A veteran negotiator, Envoy on Climate Lena Velk, said the talks were over.", "A veteran negotiator", "Envoy on Climate Lena Velk", "Lena Velk"},
	} {
		s := sentence(t, f, c.sentence)
		m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), phrase(t, s, c.aside))
		if m.Kind != Person || m.Name != c.name {
			t.Errorf("%q: kind %v name %q, want a person, %q", c.sentence, m.Kind, m.Name, c.name)
		}
	}
}

// TestAsideNameOfPlaceIsNoTitle: "David Woodard of Clemson University",
// "Peter King, Republican of New York" name a person and where they are
// from; the place is no name of the speaker.
func TestAsideNameOfPlaceIsNoTitle(t *testing.T) {
	f := testFinder(t)
	s := sentence(t, f, "Another pollster, David Woodard of Varn University, said the count was steady.")
	m := f.Classify(s, "Another pollster, David Woodard of Varn University, said the count was steady.", phrase(t, s, "Another pollster"), phrase(t, s, "David Woodard of Varn University"))
	if m.Name == "Varn University" {
		t.Errorf("named %q, a place", m.Name)
	}
}

// TestAsidePartyOfPlaceIsNoName: "Representative Jon Arno, Republican
// of New Ostra" is Jon Arno; the aside names where he sits, not him.
func TestAsidePartyOfPlaceIsNoName(t *testing.T) {
	f := testFinder(t)
	const text = "“The count was fair,” said Representative Jon T. Arno, Republican of New Ostra."
	s := sentence(t, f, text)
	m := f.Classify(s, text, phrase(t, s, "Representative Jon T. Arno"), phrase(t, s, "Republican of New Ostra"))
	if m.Name == "New Ostra" {
		t.Errorf("named %q, a place", m.Name)
	}
}
