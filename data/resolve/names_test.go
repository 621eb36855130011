package resolve

import (
	"testing"

	"github.com/brief-reader/brief/data/mention"
)

func TestKey(t *testing.T) {
	ix, lex := testIndex(t)
	cases := []struct{ a, b string }{
		{"Jonas Vell", "Vell"},
		{"Jonas K. Vell", "Jonas Vell"},
		{"Tesmar", "the Tesmar"},
		{"Tesmar", "Varn"},
		{"Mr. Arno", "Arno"},
		{"Sen. Lena Velk", "Lena Velk"},
		{"some experts", "Some experts"},
		{"the Department of Ports", "the Ports Department"},
		{"the Ministry of the Interior", "the Interior Ministry"},
		{"the leaders of the Republic of Tesmar", "the Leaders of Tesmar"},
		{"the Tesmari government", "the Tesmari Government"},
		{"the leaders of Tesmar", "Tesmar leaders"},
		{"Jonas Q. Vell", "Jonas Vell"},
		{"Tesmar and Orlavia", "Orlavia and the Republic of Tesmar"},
		{"Tesmar, Orlavia, and Jonas Vell", "Jonas Vell, Orlavia and Tesmar"},
		{"the Vell Administration", "the Administration"},
		{"the Tesmar government", "Tesmar"},
		{"the Republic of Tesmar Government", "Tesmar"},
	}
	for _, c := range cases {
		if ka, kb := Key(ix, lex, c.a), Key(ix, lex, c.b); ka != kb {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: want one key", c.a, ka, c.b, kb)
		}
	}
	for _, c := range []struct{ a, b string }{{"Lena Velk", "Tom Velk"}, {"Tesmar", "Orlavia"}, {"Velk", "Vell"},
		{"the leaders of Tesmar", "the leaders of Orlavia"}, {"the Department of Ports", "the Department of Roads"}, {"the Tesmar+", "Tesmar"}, {"Lena Q. Vell", "Jonas Vell"},
		{"Tesmar and Orlavia", "Tesmar and Georgia"}, {"the Department of Ports and Roads", "the Department of Roads and Ports"},
		{"the Velk Administration", "the Ports Administration"}, {"the Vellmar Administration", "the Administration"},
		{"the Vell-Velk Administration", "the Administration"}, {"the Tesmar government", "Orlavia"}, {"the Tesmar government ministries", "Tesmar"}} {
		if Key(ix, lex, c.a) == Key(ix, lex, c.b) {
			t.Errorf("Key(%q) = Key(%q): want two keys", c.a, c.b)
		}
	}
}

// A surname alone is the one known person who has it when the story
// names that person's party; a capital, or a name the document declared
// for its party, speaks as the party.
func TestKnownByStory(t *testing.T) {
	ix, lex := testIndex(t)
	orlavia, tesmar := party(t, ix, "Orlavia"), party(t, ix, "Tesmar")
	r := NewStory(ix, lex)
	r.Confirm(orlavia) // "Orlavian" elsewhere in the story
	if sp, _ := r.Speaker(person(0, "Vell", "", 0)); r.Final(sp).Name != "Jonas Vell" || sp.Party != orlavia {
		t.Errorf("Vell in a story about Orlavia: %q (%d), want Jonas Vell (Orlavia)", r.Final(sp).Name, sp.Party)
	}
	r = NewStory(ix, lex)
	r.Confirm(tesmar)
	if sp, _ := r.Speaker(person(0, "Vell", "", 0)); r.Final(sp).Name != "Vell" {
		t.Errorf("Vell in a story about Tesmar only: %q, want Vell", r.Final(sp).Name)
	}
	r = NewStory(ix, lex)
	r.Confirm(orlavia)
	if sp, _ := r.Speaker(person(0, "Vell", "Mrs.", 'f')); r.Final(sp).Name != "Vell" {
		t.Errorf("Mrs. Vell: %q, want Vell (the known Vell is a man)", r.Final(sp).Name)
	}

	r = NewStory(ix, lex)
	r.Confirm(orlavia)
	r.SeeName("Lena Vell") // later in the story
	if sp, _ := r.Speaker(person(0, "Vell", "", 0)); r.Final(sp).Name != "Vell" {
		t.Errorf("Vell in a story that names Lena Vell: %q, want Vell", r.Final(sp).Name)
	}

	r = NewStory(ix, lex)
	varn := other(0, mention.Body, "Varn", false)
	varn.Party, varn.PartyName = tesmar, true
	state := other(1, mention.Body, "Tesmar", false)
	state.Party = tesmar
	a, _ := r.Speaker(varn)
	b, _ := r.Speaker(state)
	if a.Name != "Tesmar" || a.ID != b.ID {
		t.Errorf("Varn then Tesmar: %q (entity %d) and entity %d, want Tesmar, one entity", a.Name, a.ID, b.ID)
	}
}

func TestFullName(t *testing.T) {
	ix, lex := testIndex(t)
	cases := []struct {
		name    string
		seen    []string
		surname string
		want    string
	}{
		{"one name", []string{"Piet Arno", "Lena Sorn"}, "Arno", "Piet Arno"},
		{"the fullest of one person's names", []string{"Piet Arno", "Piet K. Arno"}, "ARNO", "Piet K. Arno"},
		{"two people", []string{"Piet Arno", "Lena Arno"}, "Arno", ""},
		{"a title read as a given name is no name", []string{"Minister Arno"}, "Arno", ""},
		{"no one", []string{"Lena Sorn"}, "Arno", ""},
	}
	for _, c := range cases {
		r := NewStory(ix, lex)
		for _, n := range c.seen {
			r.SeeName(n)
		}
		got, ok := r.FullName(c.surname)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("%s: FullName(%q) = %q, %v; want %q", c.name, c.surname, got, ok, c.want)
		}
	}
}

// A definite role speaks as the known person the story calls by that
// title only later ("the Foreign Minister said …" then "Foreign Minister
// Vell"); not when two people are called so, nor when the story never
// calls the person so.
func TestRoleNamedLater(t *testing.T) {
	ix, lex := testIndex(t)
	vell := func(sentence int, title string) mention.Mention {
		m := person(sentence, "Vell", title, 'm')
		m.Person, _ = ix.PersonID("Jonas Vell")
		return m
	}
	cases := []struct {
		name  string
		steps []step
	}{
		{"named later with the title", []step{
			speaks(role(0, "the Foreign Minister", "minister", "foreign"), "Jonas Vell"),
			mentions(vell(1, "Foreign Minister"), Subject),
		}},
		{"named later without it", []step{
			speaks(role(0, "the Foreign Minister", "minister", "foreign"), "the Foreign Minister"),
			mentions(vell(1, ""), Subject),
		}},
		{"two people called so", []step{
			speaks(role(0, "the Foreign Minister", "minister", "foreign"), "the Foreign Minister"),
			mentions(vell(1, "Foreign Minister"), Subject),
			mentions(person(2, "Lena Sorn", "former Foreign Minister", 'f'), Subject),
		}},
	}
	for _, c := range cases {
		run(t, c.name, ix, lex, -1, c.steps)
	}
}
