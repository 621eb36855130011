package resolve

import (
	"testing"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
)

// testIndex is an invented gazetteer: two states and one known person.
func testIndex(t *testing.T) (*gazetteer.Index, *lexicon.Lexicon) {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, errs := gazetteer.New(lex, &gazetteer.Entries{
		Parties: []gazetteer.PartyEntry{
			{Name: "Tesmar", Official: "Republic of Tesmar", Demonyms: []string{"Tesmari"}, Capital: "Varn", Kind: "state", Domains: []string{"tesmar.gov"}},
			{Name: "Orlavia", Demonyms: []string{"Orlavian"}, Capital: "Ostra", Kind: "state"},
			{Name: "Georgia", Demonyms: []string{"Georgian"}, Capital: "Tbilisi", Kind: "state"},
		},
		People: []gazetteer.PersonEntry{
			{Name: "Jonas Vell", Role: "Foreign Minister", Party: "Orlavia", Gender: "m", Aliases: []string{"Jonas K. Vell"}},
		},
	})
	for _, e := range errs {
		t.Fatal(e)
	}
	return ix, lex
}

func party(t *testing.T, ix *gazetteer.Index, n string) int32 {
	t.Helper()
	if n == "" {
		return -1
	}
	id, ok := ix.PartyID(n)
	if !ok {
		t.Fatalf("no party %q", n)
	}
	return id
}

// step is one mention of a test story: a speaker to resolve (want is
// the name it should get, "" for none) or an antecedent.
type step struct {
	m       mention.Mention
	pos     Position
	speaker bool
	want    string // the speaker's final name
	party   string // the speaker's party
}

func person(sentence int, name, title string, gender byte) mention.Mention {
	return mention.Mention{Sentence: sentence, Kind: mention.Person, Name: name, Text: name, Title: title, Gender: gender,
		Human: title != "" || gender != 0, Party: -1, Person: -1, Unsure: -1}
}

func pronoun(sentence int, word string, gender byte, plural bool) mention.Mention {
	return mention.Mention{Sentence: sentence, Kind: mention.Pronoun, Text: word, Gender: gender, Plural: plural,
		Pron: lexicon.PronounInfo{Gender: gender, Plural: plural, Person: 3, Case: 's'}, Party: -1, Person: -1, Unsure: -1}
}

func role(sentence int, text, head string, mods ...string) mention.Mention {
	return mention.Mention{Sentence: sentence, Kind: mention.Role, Text: text, Title: text, Head: head, Modifiers: mods,
		Definite: true, Human: true, Party: -1, Person: -1, Unsure: -1}
}

func other(sentence int, kind mention.Kind, text string, plural bool) mention.Mention {
	return mention.Mention{Sentence: sentence, Kind: kind, Text: text, Name: text, Plural: plural, Party: -1, Person: -1, Unsure: -1}
}

func place(sentence int, name string) mention.Mention {
	m := person(sentence, name, "", 0)
	m.Place = true
	return m
}

func speaks(m mention.Mention, want string) step { return step{m: m, speaker: true, want: want} }

func mentions(m mention.Mention, pos Position) step { return step{m: m, pos: pos} }

// run reads the steps as one story and checks each speaker's final name
// and party.
func run(t *testing.T, name string, ix *gazetteer.Index, lex *lexicon.Lexicon, home int32, steps []step) {
	t.Helper()
	r := NewStory(ix, lex)
	if home >= 0 {
		r.SetHome(home)
	}
	var got []Speaker
	var wantIdx []int
	for i, s := range steps {
		if !s.speaker {
			r.Mention(s.m, s.pos)
			continue
		}
		sp, ok := r.Speaker(s.m)
		if !ok {
			sp = Speaker{Party: -1}
		}
		got = append(got, sp)
		wantIdx = append(wantIdx, i)
	}
	for k, sp := range got {
		s := steps[wantIdx[k]]
		f := r.Final(sp)
		if f.Name != s.want {
			t.Errorf("%s: step %d (%q): speaker %q, want %q", name, wantIdx[k], s.m.Text, f.Name, s.want)
		}
		if s.party != "" && f.Party != party(t, ix, s.party) {
			t.Errorf("%s: step %d (%q): party %d, want %s", name, wantIdx[k], s.m.Text, f.Party, s.party)
		}
	}
}

func TestIdentityWithinStory(t *testing.T) {
	ix, lex := testIndex(t)
	known := person(0, "Jonas K. Vell", "Foreign Minister", 'm')
	known.Person, _ = ix.PersonID("Jonas K. Vell")
	stories := []struct {
		name  string
		steps []step
	}{
		{"a surname is the full name seen before", []step{
			speaks(person(0, "Lena Velk", "", 'f'), "Lena Velk"),
			speaks(person(1, "Velk", "", 0), "Lena Velk"),
		}},
		{"a family name written first is the person", []step{
			speaks(person(0, "Wang Lifan", "Orlavian spokesman", 'm'), "Wang Lifan"),
			speaks(person(1, "Wang", "", 0), "Wang Lifan"),
			speaks(person(2, "Park Sun-hwa", "", 'f'), "Park Sun-hwa"),
			speaks(person(3, "Park", "", 'f'), "Park Sun-hwa"),
		}},
		{"a family name written last comes before one written first", []step{
			mentions(person(0, "Sung Kim", "Ambassador", 'm'), Subject),
			mentions(person(0, "Kim Gunn", "Special Representative", 'm'), Subject),
			speaks(person(1, "Kim", "Special Representative", 'm'), "Sung Kim"),
		}},
		{"only a family name the lexicon writes first", []step{
			speaks(person(0, "Tavor Ben", "", 'm'), "Tavor Ben"),
			speaks(person(1, "Tavor", "", 'm'), "Tavor"),
		}},
		{"a fuller name later names the earlier statements too", []step{
			speaks(person(0, "Velk", "", 0), "Lena M. Velk"),
			speaks(person(3, "Lena M. Velk", "", 'f'), "Lena M. Velk"),
		}},
		{"an honorific of the other gender is another person", []step{
			speaks(person(0, "Lena Velk", "", 'f'), "Lena Velk"),
			speaks(person(1, "Velk", "Mr.", 'm'), "Velk"),
		}},
		{"another given name is another person", []step{
			speaks(person(0, "Lena Velk", "", 'f'), "Lena Velk"),
			speaks(person(1, "Tom Velk", "", 'm'), "Tom Velk"),
			speaks(person(2, "Lena Velk", "", 'f'), "Lena Velk"),
		}},
		{"a known person by alias is their canonical name, with party", []step{
			{m: known, speaker: true, want: "Jonas Vell", party: "Orlavia"},
			speaks(person(1, "Vell", "Mr.", 'm'), "Jonas Vell"),
		}},
		{"a surname with the known person's title is that person", []step{
			{m: person(0, "Vell", "Foreign Minister", 0), speaker: true, want: "Jonas Vell", party: "Orlavia"},
		}},
		{"a surname with the head of the known person's title is that person", []step{
			{m: person(0, "Vell", "Minister", 0), speaker: true, want: "Jonas Vell", party: "Orlavia"},
		}},
		{"a surname with another office is not the known person who has it", []step{
			{m: known, speaker: true, want: "Jonas Vell", party: "Orlavia"},
			speaks(person(1, "Vell", "President", 0), "Vell"),
		}},
		{"a surname with the head of the known person's office, after them, is that person", []step{
			{m: known, speaker: true, want: "Jonas Vell", party: "Orlavia"},
			{m: person(1, "Vell", "Minister", 0), speaker: true, want: "Jonas Vell", party: "Orlavia"},
		}},
		{"a surname alone is not the known person who has it", []step{
			speaks(person(0, "Vell", "", 0), "Vell"),
		}},
		{"suffixes are no surname", []step{
			speaks(person(0, "Tom Arno Jr.", "", 'm'), "Tom Arno Jr."),
			speaks(person(1, "Arno", "", 0), "Tom Arno Jr."),
		}},
		{"a son is not his father", []step{
			speaks(person(0, "Tom Arno", "", 'm'), "Tom Arno"),
			speaks(person(1, "Tom Arno Jr.", "", 'm'), "Tom Arno Jr."),
			speaks(person(2, "Tom Arno", "", 'm'), "Tom Arno"),
		}},
		{"a surname seen before a son's full name stays the one it was", []step{
			speaks(person(0, "Arno", "Mr.", 'm'), "Arno"),
			speaks(person(1, "Tom Arno Jr.", "", 'm'), "Tom Arno Jr."),
		}},
	}
	for _, s := range stories {
		run(t, s.name, ix, lex, -1, s.steps)
	}
}

func TestPronouns(t *testing.T) {
	ix, lex := testIndex(t)
	stories := []struct {
		name  string
		steps []step
	}{
		{"gender decides between two people", []step{
			speaks(person(0, "Lena Velk", "", 'f'), "Lena Velk"),
			mentions(person(1, "Tom Arno", "", 'm'), Subject),
			speaks(pronoun(2, "she", 'f', false), "Lena Velk"),
			speaks(pronoun(2, "he", 'm', false), "Tom Arno"),
		}},
		{"the speaker outweighs a person named after", []step{
			speaks(person(0, "Tom Arno", "", 'm'), "Tom Arno"),
			mentions(person(0, "Jonas Marr", "", 'm'), Elsewhere),
			speaks(pronoun(1, "he", 'm', false), "Tom Arno"),
		}},
		{"a subject of the last sentence outweighs a speaker three sentences back", []step{
			speaks(person(0, "Tom Arno", "", 'm'), "Tom Arno"),
			mentions(person(3, "Jonas Marr", "", 'm'), Subject),
			speaks(pronoun(4, "he", 'm', false), "Jonas Marr"),
		}},
		{"a place is never he or she", []step{
			speaks(person(0, "Tom Arno", "", 'm'), "Tom Arno"),
			mentions(place(2, "Hollin"), Subject),
			mentions(place(2, "South Varna"), Elsewhere),
			speaks(pronoun(2, "he", 'm', false), "Tom Arno"),
		}},
		{"a body is never he or she", []step{
			speaks(person(0, "Lena Velk", "", 'f'), "Lena Velk"),
			mentions(other(1, mention.Body, "Kestria", false), Subject),
			speaks(pronoun(1, "she", 'f', false), "Lena Velk"),
		}},
		{"a name whose gender nothing says learns it from a clear pronoun", []step{
			mentions(person(0, "Dana Orsk", "Senator", 0), Subject),
			speaks(pronoun(1, "she", 'f', false), "Dana Orsk"),
			mentions(person(2, "Tom Arno", "", 'm'), Elsewhere),
			speaks(pronoun(2, "he", 'm', false), "Tom Arno"),
		}},
		{"a speaker whose given name says no gender outweighs a woman named in passing", []step{
			speaks(person(1, "Zorya Brankovic", "", 0), "Zorya Brankovic"),
			mentions(person(1, "Lena Velk", "", 'f'), Elsewhere),
			speaks(func() mention.Mention { m := pronoun(2, "she", 'f', false); m.Phrase.From = 3; return m }(), "Zorya Brankovic"),
		}},
		{"they is a group, not a person", []step{
			speaks(person(0, "Tom Arno", "", 'm'), "Tom Arno"),
			mentions(other(1, mention.Group, "Tesmari officials", true), Subject),
			speaks(pronoun(2, "they", 0, true), "Tesmari officials"),
		}},
		{"it is a body or a document", []step{
			mentions(person(0, "Tom Arno", "", 'm'), Subject),
			speaks(other(1, mention.Document, "The ministry's report", false), "The ministry's report"),
			speaks(pronoun(2, "it", 'n', false), "The ministry's report"),
		}},
		{"a party named as a place before it spoke is still it", []step{
			mentions(func() mention.Mention { m := other(0, mention.Body, "Kestria", false); m.Place = true; return m }(), Elsewhere),
			speaks(other(1, mention.Body, "Kestria", false), "Kestria"),
			speaks(pronoun(2, "it", 'n', false), "Kestria"),
		}},
		{"they opening a sentence is the last subject, not a group named more often", []step{
			mentions(other(0, mention.Group, "participants", true), Subject),
			mentions(other(1, mention.Group, "participants", true), Subject),
			mentions(other(2, mention.Group, "Rice and Reynoso", true), Subject),
			mentions(other(2, mention.Group, "participants", true), Elsewhere),
			speaks(pronoun(3, "they", 0, true), "Rice and Reynoso"),
		}},
		{"no pronoun reaches back three paragraphs", []step{
			speaks(func() mention.Mention { m := other(0, mention.Group, "Tesmari officials", true); m.Para = 0; return m }(), "Tesmari officials"),
			speaks(func() mention.Mention { m := pronoun(3, "they", 0, true); m.Para = 3; return m }(), ""),
		}},
		{"an it that says nothing makes no name salient: she is the woman named, not the name it fits", []step{
			speaks(person(0, "Velk", "", 0), "Velk"),
			mentions(pronoun(1, "It", 'n', false), Subject),
			mentions(person(1, "Lena Arno", "", 'f'), Elsewhere),
			speaks(pronoun(2, "she", 'f', false), "Lena Arno"),
		}},
		{"no antecedent, no speaker", []step{
			speaks(pronoun(0, "she", 'f', false), ""),
		}},
	}
	for _, s := range stories {
		run(t, s.name, ix, lex, -1, s.steps)
	}
}

func TestDescriptions(t *testing.T) {
	ix, lex := testIndex(t)
	officialNamed := person(4, "Jonas Marr", "official", 'm')
	officialNamed.Definite, officialNamed.Head = true, "official"
	newOfficial := role(0, "a senior official", "official", "senior")
	newOfficial.Definite, newOfficial.New = false, true
	kestrian := role(1, "Kestrian senator", "senator", "kestrian")
	kestrian.Names = []string{"kestrian"}
	capital := role(3, "President", "president")
	capital.Capital = true
	stories := []struct {
		name  string
		home  string
		steps []step
	}{
		{"the senator is the person seen as Sen.", "", []step{
			mentions(person(0, "Lena Velk", "Sen.", 'f'), Subject),
			mentions(person(1, "Tom Arno", "", 'm'), Subject),
			speaks(role(2, "senator", "senator"), "Lena Velk"),
		}},
		{"an appositive role is found again", "", []step{
			mentions(person(0, "Tom Arno", "retired neurosurgeon", 'm'), Subject),
			mentions(person(1, "Jonas Marr", "", 'm'), Subject),
			speaks(role(5, "retired neurosurgeon", "neurosurgeon", "retired"), "Tom Arno"),
		}},
		{"the modifiers choose between two of one title", "", []step{
			mentions(person(0, "Lena Velk", "Tesmari Foreign Minister", 'f'), Subject),
			mentions(person(1, "Dana Orsk", "Orlavian Foreign Minister", 'f'), Subject),
			speaks(role(2, "Tesmari minister", "minister", "tesmari"), "Lena Velk"),
		}},
		{"a name in a description must be the person's", "", []step{
			mentions(person(0, "Lena Velk", "Sen.", 'f'), Subject),
			speaks(kestrian, "Kestrian senator"),
			speaks(role(2, "senator", "senator"), "Kestrian senator"), // the one last speaking
		}},
		{"rank words must agree", "", []step{
			mentions(person(0, "Tom Arno", "President", 'm'), Subject),
			speaks(role(1, "former president", "president", "former"), "former president"),
			speaks(role(2, "vice president", "president", "vice"), "vice president"),
			speaks(role(3, "president", "president"), "Tom Arno"),
		}},
		{"a prime minister is not the foreign minister", "", []step{
			mentions(person(0, "Badu Arlet", "Foreign Minister", 'm'), Subject),
			speaks(role(1, "prime minister", "minister", "prime"), "prime minister"),
			mentions(person(2, "Ben Tavor", "Prime Minister", 'm'), Subject),
			speaks(role(3, "prime minister", "minister", "prime"), "Ben Tavor"),
		}},
		{"an indefinite role is someone new, named later", "", []step{
			mentions(person(0, "Tom Arno", "official", 'm'), Subject),
			speaks(newOfficial, "Jonas Marr"),
			speaks(role(2, "official", "official"), "Jonas Marr"),
			speaks(officialNamed, "Jonas Marr"),
		}},
		{"The President of a readout is the home government's", "Tesmar", []step{
			mentions(person(-1, "Orsk", "President", 0), Headline),
			mentions(person(0, "Dana Orsk", "Tesmari President", 'f'), Subject),
			mentions(person(1, "Tom Arno", "Orlavian President", 'm'), Subject),
			mentions(person(2, "Arno", "President", 'm'), Subject),
			{m: capital, speaker: true, want: "Dana Orsk"},
			speaks(pronoun(3, "She", 'f', false), "Dana Orsk"),
		}},
		{"The Secretary is the Secretary, not the Education Secretary named after", "", []step{
			mentions(person(0, "Lena Velk", "Secretary", 'f'), Subject),
			mentions(person(0, "Tom Arno", "Education Secretary", 'm'), Subject),
			{m: func() mention.Mention { m := role(1, "Secretary", "secretary"); m.Capital = true; return m }(), speaker: true, want: "Lena Velk"},
		}},
		{"without a home, the first named in the headline", "", []step{
			mentions(person(-1, "Orsk", "President", 0), Headline),
			mentions(person(-1, "Arno", "President", 0), Headline),
			mentions(person(0, "Dana Orsk", "President", 'f'), Subject),
			mentions(person(1, "Tom Arno", "President", 'm'), Subject),
			speaks(capital, "Dana Orsk"),
		}},
	}
	for _, s := range stories {
		home := int32(-1)
		if s.home != "" {
			home = party(t, ix, s.home)
		}
		// the parties of the readout come from the titles' demonyms
		for i := range s.steps {
			m := &s.steps[i].m
			switch {
			case len(m.Title) > 7 && m.Title[:7] == "Tesmari":
				m.Party = party(t, ix, "Tesmar")
			case len(m.Title) > 8 && m.Title[:8] == "Orlavian":
				m.Party = party(t, ix, "Orlavia")
			}
		}
		run(t, s.name, ix, lex, home, s.steps)
	}
}

func TestPartiesFromEvidenceOnly(t *testing.T) {
	ix, lex := testIndex(t)
	georgia := party(t, ix, "Georgia")
	tesmar := party(t, ix, "Tesmar")

	unsure := other(0, mention.Group, "Georgia officials", true)
	unsure.Unsure, unsure.Qualified, unsure.Head = georgia, true, "officials"
	r := NewStory(ix, lex)
	if sp, _ := r.Speaker(unsure); sp.Party != -1 {
		t.Errorf("Georgia officials next to no confirmation: party %d, want none", sp.Party)
	}
	r = NewStory(ix, lex)
	r.Confirm(georgia) // "Tbilisi" or "Georgian" elsewhere in the story
	if sp, _ := r.Speaker(unsure); sp.Party != georgia {
		t.Errorf("Georgia officials in a story that names Tbilisi: party %d, want Georgia", sp.Party)
	}

	// the document's home speaks through its officials and titles, but
	// not through someone a place qualifies ("Greenland's premier")
	spokes := role(0, "spokesperson", "spokesperson")
	secretary := role(0, "Secretary", "secretary")
	secretary.Capital = true
	minister := role(0, "foreign minister", "minister", "foreign")
	premier := role(1, "Greenland's premier", "premier", "greenland")
	premier.Qualified = true
	analyst := role(2, "analyst", "analyst")
	analyst.Head = "neurosurgeon"
	officials := other(0, mention.Group, "officials", true)
	officials.Head = "officials"
	two := other(0, mention.Group, "the two officials", true)
	two.Head, two.Joint = "officials", true
	// a home group word written as a name is the home's body; a body
	// of a longer name says nothing of whose it is
	administration := other(0, mention.Body, "the Administration", true)
	ports := other(0, mention.Body, "the Ports Administration", true)
	for _, c := range []struct {
		m    mention.Mention
		want int32
	}{{spokes, tesmar}, {premier, -1}, {analyst, -1}, {secretary, tesmar}, {minister, -1}, {officials, tesmar}, {two, -1},
		{administration, tesmar}, {ports, -1}} {
		r := NewStory(ix, lex)
		r.SetHome(tesmar)
		if sp, _ := r.Speaker(c.m); sp.Party != c.want {
			t.Errorf("%q in a Tesmari release: party %d, want %d", c.m.Text, sp.Party, c.want)
		}
	}
	// a named person's party is what the text or the gazetteer says, not
	// the document's home: the counterpart in a readout is not the host
	r = NewStory(ix, lex)
	r.SetHome(tesmar)
	arno := person(0, "Tom Arno", "Orlavian Foreign Minister", 'm')
	arno.Party = party(t, ix, "Orlavia")
	r.Mention(arno, Subject)
	if sp, _ := r.Speaker(person(1, "Arno", "Foreign Minister", 'm')); sp.Party != arno.Party {
		t.Errorf("Foreign Minister Arno in a Tesmari release after Orlavian Foreign Minister Tom Arno: party %d, want Orlavia", sp.Party)
	}
	if sp, _ := r.Speaker(person(2, "Jonas Marr", "Acting Assistant Secretary", 'm')); sp.Party != tesmar {
		t.Errorf("Acting Assistant Secretary Jonas Marr in a Tesmari release: party %d, want Tesmar", sp.Party)
	}
	// no home, no party
	r = NewStory(ix, lex)
	if sp, _ := r.Speaker(spokes); sp.Party != -1 {
		t.Errorf("spokesperson of no known government: party %d, want none", sp.Party)
	}
}
