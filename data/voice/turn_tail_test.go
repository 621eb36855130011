package voice

import (
	"testing"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
)

// TestLabelNameTail: a label that names a known person without their
// given name ("PRESIDENT BIN SAUD AL VARANI") is the person the head of
// the transcript names, else the one known person whose name ends so,
// else the one of several whose role has the label's title; with
// several and no title, no one.
func TestLabelNameTail(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, errs := gazetteer.New(lex, &gazetteer.Entries{
		Parties: []gazetteer.PartyEntry{{Name: "Zemlia", Demonyms: []string{"Zemlian"}}, {Name: "Corvania", Demonyms: []string{"Corvanian"}}},
		People: []gazetteer.PersonEntry{
			{Name: "Tarek bin Saud", Surname: "-", Role: "President", Party: "Zemlia", Gender: "m", Aliases: []string{"Tarek bin Saud Al Varani"}},
			{Name: "Omar bin Saud", Surname: "-", Role: "Foreign Minister", Party: "Zemlia", Gender: "m", Aliases: []string{"Omar bin Saud Al Varani"}},
			{Name: "Luca Di Corva", Role: "Prime Minister", Party: "Corvania", Gender: "m"},
		},
	})
	for _, e := range errs {
		t.Fatal(e)
	}
	r := &Reader{Lexicon: lex, Index: ix}
	for _, c := range []struct {
		title, label, speaker, party string
	}{
		{"Remarks by President Tarek bin Saud Al Varani of Zemlia Before a Bilateral Meeting", "PRESIDENT BIN SAUD AL VARANI", "Tarek bin Saud", "Zemlia"},
		{"Remarks by President Tarek bin Saud Al Varani of Zemlia Before a Bilateral Meeting", "BIN SAUD AL VARANI", "Tarek bin Saud", "Zemlia"},
		{"Remarks Before a Bilateral Meeting", "FOREIGN MINISTER BIN SAUD AL VARANI", "Omar bin Saud", "Zemlia"},
		{"Remarks Before a Bilateral Meeting", "PRIME MINISTER DI CORVA", "Luca Di Corva", "Corvania"},
		{"Remarks Before a Bilateral Meeting", "MR. BIN SAUD AL VARANI", "Bin Saud Al Varani", ""},
	} {
		d := Document{Title: c.title, Paragraphs: labelled(c.label, "We are proud of the bridge.")}
		v := r.Read(&d)
		if len(v.Turns) != 1 || v.Turns[0].Speaker.Name != c.speaker || party(r, v.Turns[0].Speaker.Party) != c.party {
			t.Errorf("%q under %q: turns %+v, want %s of %q", c.label, c.title, v.Turns, c.speaker, c.party)
		}
	}
}
