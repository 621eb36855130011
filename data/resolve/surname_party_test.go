package resolve

import "testing"

// A lone name that is also a party's demonym or name, of a person the
// story named in full, is the person's name and says nothing of a party
// ("Cuban said" of Mark Cuban); alone, or of someone else, it still does.
func TestSurnameThatNamesAParty(t *testing.T) {
	ix, lex := testIndex(t)
	orlavia := party(t, ix, "Orlavia")
	lone := func(sentence int, name, named string) step {
		m := person(sentence, name, "", 0)
		m.Party = party(t, ix, named) // what the mention stage reads in the name
		return step{m: m, speaker: true}
	}
	arno := person(0, "Tom Arno", "Orlavian Foreign Minister", 'm')
	arno.Party = orlavia
	for _, c := range []struct {
		name   string
		before []step
		lone   step
		want   string
		party  int32
	}{
		{"surname of a full name", []step{mentions(person(0, "Tom Orlavian", "", 'm'), Subject)}, lone(1, "Orlavian", "Orlavia"), "Tom Orlavian", -1},
		{"surname of a titled full name", []step{mentions(person(0, "Ana Tesmar", "television host", 'f'), Subject)}, lone(1, "Tesmar", "Tesmar"), "Ana Tesmar", -1},
		{"no full name before", nil, lone(1, "Orlavian", "Orlavia"), "Orlavian", orlavia},
		{"another person's surname", []step{mentions(arno, Subject)}, lone(1, "Orlavian", "Orlavia"), "Orlavian", orlavia},
	} {
		r := NewStory(ix, lex)
		for _, s := range c.before {
			r.Mention(s.m, s.pos)
		}
		sp, _ := r.Speaker(c.lone.m)
		if f := r.Final(sp); f.Name != c.want || f.Party != c.party {
			t.Errorf("%s: %q %d, want %q %d", c.name, f.Name, f.Party, c.want, c.party)
		}
	}
	// the full name's own party stays: "Arno" of Orlavian Foreign Minister Tom Arno
	r := NewStory(ix, lex)
	r.Mention(arno, Subject)
	if sp, _ := r.Speaker(person(1, "Arno", "", 0)); r.Final(sp).Party != orlavia {
		t.Errorf("Arno: party %d, want Orlavia", r.Final(sp).Party)
	}
}
