package resolve

import (
	"fmt"
	"testing"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
)

// homeOfficeIndex knows ten of Tesmar's officials and the prime ministers and
// ministers of five other parties, and one party's secretary general and
// leader: which offices the home has is what its known people hold.
func homeOfficeIndex(t *testing.T) (*gazetteer.Index, *lexicon.Lexicon) {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	e := &gazetteer.Entries{
		Parties: []gazetteer.PartyEntry{{Name: "Tesmar", Demonyms: []string{"Tesmari"}, Capital: "Varn", Kind: "state"}},
		People: []gazetteer.PersonEntry{
			{Name: "Cato Brenn", Role: "President", Party: "Tesmar"},
			{Name: "Ilse Marr", Role: "Secretary of State", Party: "Tesmar"},
			{Name: "Oren Duval", Role: "Attorney General", Party: "Tesmar"},
			{Name: "Pia Sand", Role: "Ambassador to the Council of Nations", Party: "Tesmar"},
			{Name: "Lars Emde", Role: "Secretary of Defense", Party: "Tesmar"},
			{Name: "Vera Kolt", Role: "Department Spokesperson", Party: "Tesmar"},
			{Name: "Ivo Rask", Role: "National Security Advisor", Party: "Tesmar"},
			{Name: "Nell Ostby", Role: "Vice President", Party: "Tesmar"},
			{Name: "Teo Varga", Role: "Special Envoy", Party: "Tesmar"},
			{Name: "Mina Sorel", Role: "Secretary of the Treasury", Party: "Tesmar"},
			{Name: "Edo Lind", Role: "Secretary General", Party: "Kestria"},
			{Name: "Rafe Holm", Role: "Supreme Leader", Party: "Kestria"},
		},
	}
	for i, p := range []string{"Orlavia", "Kestria", "Velmar", "Ostrava", "Dunmark"} {
		if p != "Kestria" {
			e.Parties = append(e.Parties, gazetteer.PartyEntry{Name: p, Kind: "state"})
		} else {
			e.Parties = append(e.Parties, gazetteer.PartyEntry{Name: p, Demonyms: []string{"Kestrian"}, Kind: "state"})
		}
		e.People = append(e.People,
			gazetteer.PersonEntry{Name: fmt.Sprintf("Anno Prem%c", 'a'+i), Role: "Prime Minister", Party: p},
			gazetteer.PersonEntry{Name: fmt.Sprintf("Tilde Forin%c", 'a'+i), Role: "Foreign Minister", Party: p})
	}
	ix, errs := gazetteer.New(lex, e)
	for _, err := range errs {
		t.Fatal(err)
	}
	return ix, lex
}

// A titled speaker the text ties to no party is the home's only when the
// home has the office: "Prime Minister Velk" in a Tesmari release, whose
// known people hold no ministry, is someone else's, though the text does
// not say whose.
func TestHomeDefaultSkipsOfficesTheHomeLacks(t *testing.T) {
	ix, lex := homeOfficeIndex(t)
	tesmar := party(t, ix, "Tesmar")
	capital := func(text, head string, mods ...string) stepMention {
		m := role(0, text, head, mods...)
		m.Capital = true
		return stepMention{m.Text, func(r *Story) int32 { sp, _ := r.Speaker(m); return sp.Party }}
	}
	titled := func(name, title string) stepMention {
		m := person(0, name, title, 'm')
		return stepMention{title + " " + name, func(r *Story) int32 { sp, _ := r.Speaker(m); return r.Final(sp).Party }}
	}
	for _, c := range []struct {
		s    stepMention
		want int32
	}{
		{titled("Velk", "Prime Minister"), -1},
		{titled("Velk", "Deputy Prime Minister"), -1},   // the longest tail known is another party's office
		{titled("Arlo Velk", "Minister"), -1},           // a minister is many parties' office and none of the home's
		{titled("Akeno", "Secretary General"), -1},      // two words name one office, though one party holds it
		{titled("Marr", "Assistant Secretary"), tesmar}, // "secretary" is the home's too
		{titled("Duval", "Attorney General"), tesmar},   // "general" ends another party's title, and the home's
		{titled("Pia Sand", "Ambassador"), tesmar},      // a run of a longer home role
		{titled("Orsk", "Majority Leader"), tesmar},     // one word one party holds says nothing
		{titled("Orsk", "Sheikh"), tesmar},              // no known role holds it: the home default stands
		{capital("The Prime Minister", "minister", "prime"), -1},
		{capital("The Premier", "premier"), -1}, // read as the office it stands for, "minister"
		{capital("The Secretary", "secretary"), tesmar},
	} {
		r := NewStory(ix, lex)
		r.SetHome(tesmar)
		if got := c.s.party(r); got != c.want {
			t.Errorf("%s in a Tesmari release: party %d, want %d", c.s.text, got, c.want)
		}
	}
	// without a home, nothing to withhold; with a home that has prime
	// ministers, its own
	r := NewStory(ix, lex)
	if sp, _ := r.Speaker(person(0, "Velk", "Prime Minister", 'm')); sp.Party != -1 {
		t.Errorf("Prime Minister Velk of no home: party %d, want none", sp.Party)
	}
	orlavia := party(t, ix, "Orlavia")
	r = NewStory(ix, lex)
	r.SetHome(orlavia)
	if sp, _ := r.Speaker(person(0, "Velk", "Prime Minister", 'm')); sp.Party != orlavia {
		t.Errorf("Prime Minister Velk in an Orlavian release: party %d, want Orlavia", sp.Party)
	}
	// a home the gazetteer knows too few people of lacks no office
	dunmark := party(t, ix, "Dunmark")
	r = NewStory(ix, lex)
	r.SetHome(dunmark)
	if sp, _ := r.Speaker(person(0, "Akeno", "Secretary General", 'm')); sp.Party != dunmark {
		t.Errorf("Secretary General Akeno in a Dunmark release: party %d, want Dunmark", sp.Party)
	}
	// the text's own party still wins: "Kestrian Prime Minister Velk … Velk said"
	r = NewStory(ix, lex)
	r.SetHome(tesmar)
	velk := person(0, "Lio Velk", "Kestrian Prime Minister", 'm')
	velk.Party = party(t, ix, "Kestria")
	r.Mention(velk, Subject)
	if sp, _ := r.Speaker(person(1, "Velk", "", 'm')); r.Final(sp).Party != velk.Party {
		t.Errorf("Velk after Kestrian Prime Minister Lio Velk: party %d, want Kestria", r.Final(sp).Party)
	}
}

type stepMention struct {
	text  string
	party func(*Story) int32
}

// Bare "officials" are the home's in its own story, and both sides' once a
// counterpart of another party has acted or spoken: "Kestrian Deputy
// Minister Velk led her delegation … Officials discussed".
func TestOfficialsOfADialogueAreBothSides(t *testing.T) {
	ix, lex := homeOfficeIndex(t)
	tesmar, kestria := party(t, ix, "Tesmar"), party(t, ix, "Kestria")
	officials := func(text string) mention.Mention {
		m := other(1, mention.Group, text, true)
		m.Head = "officials"
		return m
	}
	velk := person(0, "Ana Velk", "Kestrian Deputy Minister", 'f')
	velk.Party = kestria
	for _, c := range []struct {
		name   string
		before []step
		m      mention.Mention
		want   int32
	}{
		{"no counterpart", nil, officials("Officials"), tesmar},
		{"a counterpart acted", []step{mentions(velk, Subject)}, officials("Officials"), -1},
		{"a counterpart with rank words", []step{mentions(velk, Subject)}, officials("the senior officials"), -1},
		{"the home's own officials", []step{mentions(velk, Subject)}, officials("Administration officials"), tesmar},
		{"a counterpart only named", []step{mentions(velk, Possessor)}, officials("Officials"), tesmar},
	} {
		r := NewStory(ix, lex)
		r.SetHome(tesmar)
		for _, s := range c.before {
			r.Mention(s.m, s.pos)
		}
		if sp, _ := r.Speaker(c.m); sp.Party != c.want {
			t.Errorf("%s: %q: party %d, want %d", c.name, c.m.Text, sp.Party, c.want)
		}
	}
}

// A story read with a document's own declarations (With) answers from
// them, and leaves the gazetteer's kept runs for the stories after it.
func TestOfficesOfADocumentsOwnIndexAreNotKept(t *testing.T) {
	ix, lex := homeOfficeIndex(t)
	tesmar := party(t, ix, "Tesmar")
	base := NewStory(ix, lex)
	base.SetHome(tesmar)
	base.foreignOffice([]string{"prime", "minister"})
	kept := lastOffices.Load()
	if kept == nil || kept.index != ix {
		t.Fatal("the gazetteer's runs were not kept")
	}
	own, errs := ix.With(gazetteer.Entries{People: []gazetteer.PersonEntry{{Name: "Jan Orr", Role: "Harbour Master", Party: "Kestria"}}})
	for _, err := range errs {
		t.Fatal(err)
	}
	r := NewStory(own, lex)
	r.SetHome(tesmar)
	if !r.foreignOffice([]string{"prime", "minister"}) {
		t.Error("Prime Minister in a Tesmari release with its own declarations: not another party's office")
	}
	if lastOffices.Load() != kept {
		t.Error("a document's own index replaced the gazetteer's kept runs")
	}
}
