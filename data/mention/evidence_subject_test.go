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
		checkParty(t, f, c.sentence, c.phrase, c.aside, c.party)
	}
}

// A capitalised name a body that speaks for no party or a press title
// closes holds a party's name as what the body is about or where it is
// printed, not whose it is; a ministry, a party or a seat's centre stays
// the party's, and a paper printed at a seat is not.
func TestCivilBodyIsNoParty(t *testing.T) {
	f := kestriaFinder(t)
	kestria, _ := f.Index.PartyID("Kestria")
	for _, c := range []struct {
		sentence, phrase string
		party            int32
	}{
		{"The Kestria Caucus in the House said the talks were over.", "The Kestria Caucus in the House", -1},
		{"The Kestrian Network for Human Rights said the talks were over.", "The Kestrian Network for Human Rights", -1},
		{"The Kestrian Veterans Memorial Fund said the talks were over.", "The Kestrian Veterans Memorial Fund", -1},
		{"The Port Selin Business Association said the talks were over.", "The Port Selin Business Association", -1},
		{"The Kestrian Society Of Medicine said the talks were over.", "The Kestrian Society Of Medicine", -1},
		{"A Port Selin Post columnist said the talks were over.", "A Port Selin Post columnist", -1},
		{"The Amber Hall Times said the talks were over.", "The Amber Hall Times", -1},
		{"An Amber Hall Post columnist said the talks were over.", "An Amber Hall Post columnist", -1},
		// whose
		{"The Kestrian Foreign Ministry said the talks were over.", "The Kestrian Foreign Ministry", kestria},
		{"The Kestrian Independence Party said the talks were over.", "The Kestrian Independence Party", kestria},
		{"The Amber Hall Processing Center said the talks were over.", "The Amber Hall Processing Center", kestria},
		{"The Kestrian association said the talks were over.", "The Kestrian association", kestria},
		{"A Kestrian post office clerk said the talks were over.", "A Kestrian post office clerk", kestria},
	} {
		checkParty(t, f, c.sentence, c.phrase, "", c.party)
	}
}
