package mention

import (
	"testing"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
)

// kestriaFinder is a finder over the built-in lexicon and an invented
// gazetteer with an abbreviation and a seat.
func kestriaFinder(t *testing.T) *Finder {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, errs := gazetteer.New(lex, &gazetteer.Entries{Parties: []gazetteer.PartyEntry{
		{Name: "Kestria", Aliases: []string{"KR"}, Demonyms: []string{"Kestrian", "Kestrians"}, Capital: "Port Selin", Seats: []string{"Amber Hall"}, Kind: "state"},
	}})
	for _, e := range errs {
		t.Fatal(e)
	}
	return &Finder{Lexicon: lex, Index: ix}
}

// A party's name before one who studies or covers it, or before a field,
// is the subject, not the speaker's party; a demonym or an abbreviation
// before one who studies says whose they are.
func TestStudiedSubjectIsNoParty(t *testing.T) {
	f := kestriaFinder(t)
	kestria, _ := f.Index.PartyID("Kestria")
	for _, c := range []struct {
		sentence, phrase, aside string
		party                   int32
	}{
		{"Ana Velk, a Kestria scholar at the Varn Institute, said the talks were over.", "Ana Velk", "a Kestria scholar at the Varn Institute", -1},
		{"Kestria analysts said the talks were over.", "Kestria analysts", "", -1},
		{"A Port Selin correspondent said the talks were over.", "A Port Selin correspondent", "", -1},
		{"Tom Arno, a Kestrian history professor, said the talks were over.", "Tom Arno", "a Kestrian history professor", -1},
		{"Kestria studies experts said the talks were over.", "Kestria studies experts", "", -1},
		// whose they are
		{"Ana Velk, a Kestrian analyst at the Varn Institute, said the talks were over.", "Ana Velk", "a Kestrian analyst at the Varn Institute", kestria},
		{"KR analysts said the talks were over.", "KR analysts", "", kestria},
		{"Tom Arno, a Kestrian diplomat, said the talks were over.", "Tom Arno", "a Kestrian diplomat", kestria},
		{"Kestria's foreign minister said the talks were over.", "Kestria 's foreign minister", "", kestria},
		{"The Kestrian embassy's spokesman said the talks were over.", "The Kestrian embassy 's spokesman", "", kestria},
		{"Kestria officials said the talks were over.", "Kestria officials", "", kestria},
	} {
		s := sentence(t, f, c.sentence)
		m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), phrase(t, s, c.aside))
		if m.Party != c.party {
			t.Errorf("%q (%q): party %d, want %d", c.phrase, c.aside, m.Party, c.party)
		}
	}
}
