package mention

import "testing"

// A demonym that names a person or a place with the word after it, that
// owns with no article, or that an unknown word opens a longer name
// with, is no people's: "Kestrian Ortega" is a man, "Kestrian Columbia" a
// province, "the Tulvak Kestrian Nation" a tribe; a known word after a
// demonym, a plural, an article before an owner, or an adjective before
// it leaves the demonym whose.
func TestDemonymInAName(t *testing.T) {
	f := kestriaFinder(t)
	kestria, _ := f.Index.PartyID("Kestria")
	for _, c := range []struct {
		sentence, phrase, aside string
		party                   int32
	}{
		{"Kestrian Ortega said the talks were over.", "Kestrian Ortega", "", -1},
		{"Tom Ortega, Kestrian's brother and fellow comedian, said the talks were over.", "Tom Ortega", "Kestrian 's brother and fellow comedian", -1},
		{"The Business Council of Kestrian Columbia said the talks were over.", "The Business Council of Kestrian Columbia", "", -1},
		{"Officials in Kestrian Columbia said the talks were over.", "Officials in Kestrian Columbia", "", -1},
		{"Tulvak Kestrian Nation leader Ray Halm said the talks were over.", "Tulvak Kestrian Nation leader Ray Halm", "", -1},
		{"The Continental Kestrian Network said the talks were over.", "The Continental Kestrian Network", "", -1},
		// whose
		{"Kestrian Muslims said the talks were over.", "Kestrian Muslims", "", kestria},
		{"The Kestrian Foreign Minister said the talks were over.", "The Kestrian Foreign Minister", "", kestria},
		{"The Kestrian Navy said the talks were over.", "The Kestrian Navy", "", kestria},
		{"Ana Velk, the Kestrian's lawyer, said the talks were over.", "Ana Velk", "the Kestrian 's lawyer", kestria},
		{"The Kestrian Patriarchate of Varn said the talks were over.", "The Kestrian Patriarchate of Varn", "", kestria},
		{"A Kestrian diplomat said the talks were over.", "A Kestrian diplomat", "", kestria},
		{"Sunni Kestrian officials said the talks were over.", "Sunni Kestrian officials", "", kestria},
		{"Senior Kestrian Officials said the talks were over.", "Senior Kestrian Officials", "", kestria},
		{"Tom Arno, the Nobel-winning Kestrian Novelist, said the talks were over.", "Tom Arno", "the Nobel-winning Kestrian Novelist", kestria},
	} {
		checkParty(t, f, c.sentence, c.phrase, c.aside, c.party)
	}
}

// A one-word name of a party or its capital in a person's name is no
// party's: before a surname neither the lexicon nor the gazetteer knows
// that ends the phrase ("actress Tesmar Ortega"), or after an honorific
// or an unknown singular noun ("Grandpa Varn", "Mr. Ostra"). A known word,
// an abbreviation, a plural before it or a longer name leave it whose.
func TestPlaceInAPersonsName(t *testing.T) {
	f := testFinder(t)
	for _, c := range []struct {
		sentence, phrase, party string
	}{
		{"Actress Tesmar Ortega said the vote was fair.", "Actress Tesmar Ortega", ""},
		{"Tesmar Ortega said the vote was fair.", "Tesmar Ortega", ""},
		{"Grandpa Varn said the vote was fair.", "Grandpa Varn", ""},
		{"Mr. Ostra said the vote was fair.", "Mr. Ostra", ""},
		{"Jonas K. Ostra said the vote was fair.", "Jonas K. Ostra", ""},
		// whose
		{"Tesmar Ortega Airlines said the vote was fair.", "Tesmar Ortega Airlines", "Tesmar"},
		{"The Tesmar Navy said the vote was fair.", "The Tesmar Navy", "Tesmar"},
		{"Statistics Tesmar said the vote was fair.", "Statistics Tesmar", "Tesmar"},
		{"Officials in Varn said the vote was fair.", "Officials in Varn", "Tesmar"},
		{"Orlavian officials in Varn said the vote was fair.", "Orlavian officials in Varn", "Orlavia"},
	} {
		want := int32(-1)
		if c.party != "" {
			want, _ = f.Index.PartyID(c.party)
		}
		checkParty(t, f, c.sentence, c.phrase, "", want)
	}
}
