package resolve

import (
	"testing"

	"github.com/brief-reader/brief/data/mention"
)

// TestEpithet: a definite description no one was seen with speaks as
// written, but a pronoun after it is the one person the story has just
// named; with two people named, or a title the description's rank words
// deny, the pronoun stays the description's.
func TestEpithet(t *testing.T) {
	ix, lex := testIndex(t)
	senator := person(0, "Lena Velk", "Sen.", 'f')
	stories := []struct {
		name  string
		steps []step
	}{
		{"a pronoun after an epithet is the named person", []step{
			mentions(person(0, "Tom Arno", "", 'm'), Subject),
			speaks(role(1, "retired surgeon", "surgeon", "retired"), "retired surgeon"),
			speaks(pronoun(2, "he", 'm', false), "Tom Arno"),
		}},
		{"two people named: the description is no one's but its own", []step{
			mentions(person(0, "Tom Arno", "", 'm'), Subject),
			mentions(person(0, "Piet Marr", "", 'm'), Elsewhere),
			speaks(role(1, "retired surgeon", "surgeon", "retired"), "retired surgeon"),
			speaks(pronoun(2, "he", 'm', false), "retired surgeon"),
		}},
		{"a person named long before is not reached", []step{
			mentions(person(0, "Tom Arno", "", 'm'), Subject),
			speaks(role(6, "retired surgeon", "surgeon", "retired"), "retired surgeon"),
			speaks(pronoun(7, "he", 'm', false), "retired surgeon"),
		}},
		{"the former senator is not Senator Velk", []step{
			mentions(senator, Subject),
			speaks(role(1, "former senator", "senator", "former"), "former senator"),
			speaks(pronoun(2, "she", 'f', false), "former senator"),
		}},
	}
	for _, s := range stories {
		run(t, s.name, ix, lex, -1, s.steps)
	}
}

// TestEpithetParty: an epithet that names no party of its own is of the
// person it stands for ("the diplomat" just after Orlavian Foreign
// Minister Tom Arno); one that names a party keeps it, and with two
// people named it has none.
func TestEpithetParty(t *testing.T) {
	ix, lex := testIndex(t)
	orlavia, tesmar := party(t, ix, "Orlavia"), party(t, ix, "Tesmar")
	arno := person(0, "Tom Arno", "Orlavian Foreign Minister", 'm')
	arno.Party = orlavia
	marr := person(0, "Piet Marr", "", 'm')
	tesmari := role(1, "Tesmari diplomat", "diplomat", "tesmari")
	tesmari.Party, tesmari.Qualified = tesmar, true
	for _, c := range []struct {
		name   string
		before []mention.Mention
		desc   mention.Mention
		want   int32
	}{
		{"the person's party", []mention.Mention{arno}, role(1, "diplomat", "diplomat"), orlavia},
		{"its own party", []mention.Mention{arno}, tesmari, tesmar},
		{"two people named", []mention.Mention{arno, marr}, role(1, "diplomat", "diplomat"), -1},
	} {
		r := NewStory(ix, lex)
		for _, m := range c.before {
			r.Mention(m, Subject)
		}
		if sp, _ := r.Speaker(c.desc); sp.Party != c.want {
			t.Errorf("%s: party %d, want %d", c.name, sp.Party, c.want)
		}
	}
}
