package resolve

import (
	"testing"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
)

// bodyIndex knows a state with a body of several names and one seat of
// one name, and an organisation with a seat.
func bodyIndex(t *testing.T) (*gazetteer.Index, *lexicon.Lexicon) {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, errs := gazetteer.New(lex, &gazetteer.Entries{Parties: []gazetteer.PartyEntry{
		{Name: "Tesmar", Official: "Republic of Tesmar", Demonyms: []string{"Tesmari"}, Kind: "state",
			Seats: []string{"Water Agency = TWA = Water Office", "Tesmar Palace"}},
		{Name: "Orlavia", Kind: "state", Seats: []string{"Orlavian Water Agency = OWA"}},
		{Name: "Forum of Nine", Aliases: []string{"F9"}, Kind: "organisation", Seats: []string{"Forum Council"}},
	}})
	for _, e := range errs {
		t.Fatal(e)
	}
	return ix, lex
}

func TestKeyOfBodies(t *testing.T) {
	ix, lex := bodyIndex(t)
	for _, c := range []struct{ a, b string }{
		{"the TWA", "the Water Agency"},
		{"Water Office", "TWA"},
		{"the Tesmar Water Agency", "the TWA"},
		{"the Republic of Tesmar TWA", "Water Agency"},
		{"the OWA", "the Orlavian Water Agency"},
		{"the leaders of the Forum of Nine", "F9"},
		{"the F9 nations", "the Forum of Nine"},
		{"F9 members", "the F9"},
		{"the Leaders of the F9", "F9 leaders"},
	} {
		if ka, kb := Key(ix, lex, c.a), Key(ix, lex, c.b); ka != kb {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: want one key", c.a, ka, c.b, kb)
		}
	}
	for _, c := range []struct{ a, b string }{
		{"the Orlavia Water Agency", "the TWA"}, // another party's
		{"the Water Agency", "Tesmar"},          // a body is no party
		{"Tesmar Palace", "the Water Agency"},
		{"the OWA", "the TWA"},
		{"the F9 ministers", "F9"},                 // ministers meet as a speaker of their own
		{"the leaders of Tesmar", "Tesmar"},        // a state's leaders are not the state
		{"the members of the Forum Council", "F9"}, // a seat's members are not its organisation
		{"the members of the Forum Council", "the Forum Council"},
	} {
		if Key(ix, lex, c.a) == Key(ix, lex, c.b) {
			t.Errorf("Key(%q) = Key(%q): want two keys", c.a, c.b)
		}
	}
}

// Within a story, a body of several names is one entity, which speaks
// by the name its sentence gives it.
func TestBodyOfSeveralNames(t *testing.T) {
	ix, lex := bodyIndex(t)
	they := pronoun(3, "they", 0, true)
	run(t, "a body's short form", ix, lex, -1, []step{
		speaks(other(0, mention.Body, "the Water Agency", false), "the Water Agency"),
		mentions(other(1, mention.Body, "the Orlavian Water Agency", false), Elsewhere),
		speaks(other(2, mention.Body, "the TWA", false), "the TWA"),
		speaks(they, "the Water Agency"),
	})
	run(t, "two bodies of one kind", ix, lex, -1, []step{
		speaks(other(0, mention.Body, "the OWA", false), "the OWA"),
		speaks(other(1, mention.Body, "the TWA", false), "the TWA"),
	})
}
