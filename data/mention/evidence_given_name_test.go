package mention

import (
	"testing"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
)

// A capital whose name is a given name, before a capitalised proper
// noun, opens a person's name, however long ("Sofia Lenk Haro"); before a
// common noun it is the capital ("Sofia police"). The capital is an
// invented party's.
func TestGivenNameOfACapital(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, errs := gazetteer.New(lex, &gazetteer.Entries{Parties: []gazetteer.PartyEntry{
		{Name: "Velmora", Demonyms: []string{"Velmoran"}, Capital: "Sofia", Kind: "state"},
	}})
	for _, e := range errs {
		t.Fatal(e)
	}
	f := &Finder{Lexicon: lex, Index: ix}
	velmora, _ := ix.PartyID("Velmora")
	for _, c := range []struct {
		sentence, phrase string
		party            int32
	}{
		{"Sofia Lenk Haro said the vote was fair.", "Sofia Lenk Haro", -1},
		{"Sofia Lenk said the vote was fair.", "Sofia Lenk", -1},
		{"Sofia police said the vote was fair.", "Sofia police", velmora},
	} {
		checkParty(t, f, c.sentence, c.phrase, "", c.party)
	}
}
