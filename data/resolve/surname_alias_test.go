package resolve

import (
	"testing"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
)

// A known person's surname as one of their other names writes it
// ("Szolnoki" of Ádám Szölnöki, known also as Adam Szolnoki) is the
// person, as the canonical surname is.
func TestSurnameOfAnAlias(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, errs := gazetteer.New(lex, &gazetteer.Entries{
		Parties: []gazetteer.PartyEntry{{Name: "Orlavia", Demonyms: []string{"Orlavian"}, Kind: "state"}},
		People:  []gazetteer.PersonEntry{{Name: "Ádám Szölnöki", Role: "Foreign Minister", Party: "Orlavia", Gender: "m", Aliases: []string{"Adam Szolnoki"}}},
	})
	for _, e := range errs {
		t.Fatal(e)
	}
	known := person(0, "Adam Szolnoki", "Foreign Minister", 'm')
	known.Person, _ = ix.PersonID("Ádám Szölnöki")
	run(t, "alias surname", ix, lex, -1, []step{
		mentions(known, Subject),
		{m: person(1, "Szolnoki", "", 0), speaker: true, want: "Ádám Szölnöki", party: "Orlavia"},
		{m: person(2, "Szölnöki", "", 0), speaker: true, want: "Ádám Szölnöki", party: "Orlavia"},
	})
}
