package mention

import (
	"slices"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// testFinder is a finder over the built-in lexicon and an invented
// gazetteer (and Georgia, a real name that also names a U.S. state).
func testFinder(t *testing.T) *Finder {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	entries := &gazetteer.Entries{
		Parties: []gazetteer.PartyEntry{
			{Name: "Tesmar", Demonyms: []string{"Tesmari"}, Capital: "Varn", Seats: []string{"High Council", "Hall of Lanterns"}, Kind: "state"},
			{Name: "Orlavia", Demonyms: []string{"Orlavian", "Orlavians"}, Capital: "Ostra", Kind: "state"},
			{Name: "Georgia", Demonyms: []string{"Georgian"}, Capital: "Tbilisi", Kind: "state"},
		},
		People: []gazetteer.PersonEntry{
			{Name: "Jonas Vell", Role: "Foreign Minister", Party: "Orlavia", Gender: "m"},
		},
	}
	ix, errs := gazetteer.New(lex, entries)
	for _, e := range errs {
		t.Fatal(e)
	}
	return &Finder{Lexicon: lex, Index: ix}
}

// sentence tags one sentence with the built-in tagger.
func sentence(t *testing.T, f *Finder, s string) *syntax.Sentence {
	t.Helper()
	d := text.Analyze([]string{s}, f.Lexicon)
	b := syntax.Builder{Lexicon: f.Lexicon, Tagger: tag.Default()}
	sent := b.BuildTagged(d, 0, d.Paragraphs[0].Sentences[0])
	return &sent
}

// checkParty classifies the phrase name of text (with the aside set off
// after it, if any) and wants the mention's party to be want (-1: none).
func checkParty(t *testing.T, f *Finder, text, name, aside string, want int32) {
	t.Helper()
	s := sentence(t, f, text)
	if m := f.Classify(s, text, phrase(t, s, name), phrase(t, s, aside)); m.Party != want {
		t.Errorf("%q (%q) in %q: party %d, want %d", name, aside, text, m.Party, want)
	}
}

// phrase finds the words of want in s, as a phrase.
func phrase(t *testing.T, s *syntax.Sentence, want string) syntax.Phrase {
	t.Helper()
	if want == "" {
		return syntax.Phrase{}
	}
	w := strings.Fields(want)
	for i := 0; i+len(w) <= len(s.Words); i++ {
		ok := true
		for j := range w {
			if s.Words[i+j].Text != w[j] {
				ok = false
				break
			}
		}
		if ok {
			return syntax.Phrase{From: i, To: i + len(w)}
		}
	}
	t.Fatalf("%q is not in the sentence", want)
	return syntax.Phrase{}
}

func TestClassify(t *testing.T) {
	f := testFinder(t)
	party := func(n string) int32 {
		if n == "" {
			return -1
		}
		id, ok := f.Index.PartyID(n)
		if !ok {
			t.Fatalf("no party %q", n)
		}
		return id
	}
	cases := []struct {
		sentence, phrase, aside string
		kind                    Kind
		text, name, title       string
		party                   string
		gender                  byte
		human, place, plural    bool
	}{
		{sentence: "Foreign Minister Jonas Vell said the talks were over.", phrase: "Foreign Minister Jonas Vell",
			kind: Person, text: "Foreign Minister Jonas Vell", name: "Jonas Vell", title: "Foreign Minister", party: "Orlavia", gender: 'm', human: true},
		{sentence: "The Minister for Harbours, Lena Arno, said the talks were over.", phrase: "The Minister for Harbours", aside: "Lena Arno",
			kind: Person, text: "Minister for Harbours", name: "Lena Arno", title: "Minister for Harbours", gender: 'f', human: true},
		{sentence: "Minister for the Western Isles, Lena Arno, said the talks were over.", phrase: "Minister for the Western Isles", aside: "Lena Arno",
			kind: Person, text: "Minister for the Western Isles", name: "Lena Arno", title: "Minister for the Western Isles", gender: 'f', human: true},
		{sentence: "Mrs. Velk said the talks were over.", phrase: "Mrs. Velk",
			kind: Person, text: "Mrs. Velk", name: "Velk", gender: 'f', human: true},
		{sentence: "Lena Arno, a retired general, said the talks were over.", phrase: "Lena Arno", aside: "a retired general",
			kind: Person, text: "Lena Arno", name: "Lena Arno", title: "retired general", gender: 'f', human: true},
		{sentence: "Tom Arno, 49, said the talks were over.", phrase: "Tom Arno", aside: "49",
			kind: Person, text: "Tom Arno", name: "Tom Arno", gender: 'm', human: true},
		{sentence: "Lena Velk and Jonas Arno said the talks were over.", phrase: "Lena Velk and Jonas Arno",
			kind: Group, text: "Lena Velk and Jonas Arno", plural: true},
		{sentence: "Orlavians said the talks were over.", phrase: "Orlavians",
			kind: Group, text: "Orlavians", party: "Orlavia", plural: true},
		// a body, a group or a role keeps its article, "the" included; one that
		// opens the sentence is written in lower case
		{sentence: "The former Tesmari senator said the talks were over.", phrase: "The former Tesmari senator",
			kind: Role, text: "the former Tesmari senator", title: "former Tesmari senator", party: "Tesmar", human: true},
		{sentence: "The retired neurosurgeon said the talks were over.", phrase: "The retired neurosurgeon",
			kind: Role, text: "the retired neurosurgeon", title: "retired neurosurgeon", human: true},
		{sentence: "A spokeswoman said the talks were over.", phrase: "A spokeswoman",
			kind: Role, text: "a spokeswoman", title: "a spokeswoman", gender: 'f', human: true},
		{sentence: "A woman who has accused Vell of fraud said the talks were over.", phrase: "A woman", aside: "who has accused Vell of fraud",
			kind: Role, text: "a woman who has accused Vell of fraud", title: "a woman", gender: 'f', human: true},
		{sentence: "Tesmari officials, who spoke on condition of anonymity, said the talks were over.", phrase: "Tesmari officials", aside: "who spoke on condition of anonymity",
			kind: Group, text: "Tesmari officials", party: "Tesmar", plural: true},
		{sentence: "The talks were held in Hollin on Monday.", phrase: "Hollin",
			kind: Person, text: "Hollin", name: "Hollin", place: true},
		{sentence: "He said the talks were over.", phrase: "He",
			kind: Pronoun, text: "He", gender: 'm'},
		{sentence: "A report by the institute said the talks were over.", phrase: "A report by the institute",
			kind: Document, text: "a report by the institute"},
		{sentence: "The Tesmari Party of Hollin said the talks were over.", phrase: "The Tesmari Party of Hollin",
			kind: Body, text: "the Tesmari Party of Hollin", name: "Tesmari Party of Hollin", party: "Tesmar"},
		{sentence: "On Monday, House Speaker Jonas Arno said the talks were over.", phrase: "House Speaker Jonas Arno",
			kind: Person, text: "House Speaker Jonas Arno", name: "Jonas Arno", title: "House Speaker", gender: 'm', human: true},
		// a party's name or demonym after a given name is a surname, no party
		{sentence: "Tom Orlavian said the talks were over.", phrase: "Tom Orlavian",
			kind: Person, text: "Tom Orlavian", name: "Tom Orlavian", gender: 'm', human: true},
		{sentence: "Rep. Lena Tesmar said the talks were over.", phrase: "Rep. Lena Tesmar",
			kind: Person, text: "Rep. Lena Tesmar", name: "Lena Tesmar", title: "Rep.", gender: 'f', human: true},
		{sentence: "Tesmari envoy Lena Velk said the talks were over.", phrase: "Tesmari envoy Lena Velk",
			kind: Person, text: "Tesmari envoy Lena Velk", name: "Lena Velk", title: "Tesmari envoy", party: "Tesmar", gender: 'f', human: true},
		// a party's name after "New" is another place's ("New Mexico")
		{sentence: "New Orlavia Governor Lena Velk said the talks were over.", phrase: "New Orlavia Governor Lena Velk",
			kind: Person, text: "New Orlavia Governor Lena Velk", name: "Lena Velk", title: "New Orlavia Governor", gender: 'f', human: true},
		// a group of two parties' places is of neither; a floating "both" is no part of it
		{sentence: "Officials in Varn and Ostra both say the talks were over.", phrase: "Officials in Varn and Ostra both",
			kind: Group, text: "Officials in Varn and Ostra", plural: true},
		// a known name holds its "of"
		{sentence: "The Hall of Lanterns, the seat of government, said the talks were over.", phrase: "The Hall of Lanterns",
			kind: Body, text: "the Hall of Lanterns", name: "Hall of Lanterns", party: "Tesmar"},
		// where a free group is is no side it speaks for; its demonym is
		{sentence: "Analysts in Varn said the talks were over.", phrase: "Analysts in Varn",
			kind: Group, text: "Analysts in Varn", plural: true},
		{sentence: "Tesmari analysts said the talks were over.", phrase: "Tesmari analysts",
			kind: Group, text: "Tesmari analysts", party: "Tesmar", plural: true},
		// a seat written in title words is the body, not a title
		// ("the Kremlin", "the White House"); where, after "at the"
		{sentence: "Still, the High Council said the talks were over.", phrase: "the High Council",
			kind: Body, text: "the High Council", name: "High Council", party: "Tesmar"},
		{sentence: "The envoys met at the High Council on Monday.", phrase: "the High Council",
			kind: Body, text: "the High Council", name: "High Council", party: "Tesmar", place: true},
		{sentence: "On Monday, TNA said the talks were over.", phrase: "TNA",
			kind: Body, text: "TNA", name: "TNA"},
		{sentence: "On Monday, one of his advisers, Tom Arno, said the talks were over.", phrase: "one of his advisers", aside: "Tom Arno",
			kind: Person, text: "one of his advisers", name: "Tom Arno", title: "one of his advisers", gender: 'm', human: true},
		// an age after the name in the aside
		{sentence: "On Monday, one of his advisers, Tom Arno, 49, said the talks were over.", phrase: "one of his advisers", aside: "Tom Arno , 49",
			kind: Person, text: "one of his advisers", name: "Tom Arno", title: "one of his advisers", gender: 'm', human: true},
		{sentence: "Almost half of respondents said the talks were over.", phrase: "half of respondents",
			kind: Other, text: "Almost half of respondents"},
		{sentence: "The talks were over, according to people familiar with the plans.", phrase: "people", aside: "familiar with the plans",
			kind: Group, text: "people familiar with the plans", plural: true},
		// a capitalised plural the tagger may take for a name is a group
		{sentence: "Recalling the summit in Varn, the Ministers reaffirmed the importance of the ferries.", phrase: "the Ministers",
			kind: Group, text: "the Ministers", plural: true},
		// an adjunct set off like an appositive is no role
		{sentence: "Jonas Vell, for his part, said the talks were over.", phrase: "Jonas Vell", aside: "for his part",
			kind: Person, text: "Jonas Vell", name: "Jonas Vell", party: "Orlavia", gender: 'm', human: true},
		// a title joined to the name by a preposition is part of an office's name (no article: resolve2 keeps it in the text)
		{sentence: "Tesmari Office of the Commissioner for Ports said the talks were over.", phrase: "Tesmari Office of the Commissioner for Ports",
			kind: Body, text: "Tesmari Office of the Commissioner for Ports", name: "Tesmari Office of the Commissioner for Ports", party: "Tesmar"},
		// a number of people just named is a group of them
		{sentence: "Later, the two agreed that the talks would resume.", phrase: "the two",
			kind: Group, text: "the two", plural: true},
		// a name that ends in an organisation's word is a body, whatever
		// title word opens it
		{sentence: "General Zelmar Electric said the talks were over.", phrase: "General Zelmar Electric",
			kind: Body, text: "General Zelmar Electric", name: "General Zelmar Electric"},
		{sentence: "Business Zelmar Insider said the talks were over.", phrase: "Business Zelmar Insider",
			kind: Body, text: "Business Zelmar Insider", name: "Business Zelmar Insider"},
	}
	for _, c := range cases {
		s := sentence(t, f, c.sentence)
		m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), phrase(t, s, c.aside))
		got := []any{m.Kind, m.Text, m.Name, m.Title, m.Party, m.Gender, m.Human, m.Place, m.Plural}
		want := []any{c.kind, c.text, c.name, c.title, party(c.party), c.gender, c.human, c.place, c.plural}
		if !slices.Equal(got, want) {
			t.Errorf("%q in %q:\n got kind, text, name, title, party, gender, human, place, plural %v\nwant %v", c.phrase, c.sentence, got, want)
		}
	}
}

func TestDescriptionWords(t *testing.T) {
	f := testFinder(t)
	const s = "The former Tesmari senator said the talks were over."
	sent := sentence(t, f, s)
	m := f.Classify(sent, s, phrase(t, sent, "The former Tesmari senator"), syntax.Phrase{})
	if m.Head != "senator" || !slices.Equal(m.Modifiers, []string{"former", "tesmari"}) || !m.Definite || m.New {
		t.Errorf("head %q modifiers %q definite %v new %v, want senator [former tesmari] true false", m.Head, m.Modifiers, m.Definite, m.New)
	}
	const s2 = "A senior official said the talks were over."
	sent = sentence(t, f, s2)
	if m := f.Classify(sent, s2, phrase(t, sent, "A senior official"), syntax.Phrase{}); !m.New || m.Definite || m.Kind != Role {
		t.Errorf("a senior official: kind %v new %v definite %v, want role, new", m.Kind, m.New, m.Definite)
	}
}

func TestPartyEvidenceNeedsNoGuess(t *testing.T) {
	f := testFinder(t)
	cases := []struct {
		sentence, phrase string
		party, unsure    string
		qualified        bool
	}{
		// a name that often names another place is evidence only once the
		// story confirms it
		{"Georgia officials said the vote was fair.", "Georgia officials", "", "Georgia", true},
		{"Georgian officials said the vote was fair.", "Georgian officials", "Georgia", "", false},
		// a place the gazetteer does not know names no party, and the
		// speaker is that place's, not the document's home's
		{"Greenland's premier said the vote was fair.", "Greenland 's premier", "", "", true},
		{"The premier said the vote was fair.", "The premier", "", "", false},
		// the home's own group word, capitalised, qualifies no one
		{"Senior Administration officials said the vote was fair.", "Senior Administration officials", "", "", false},
		{"Hollin police said the vote was fair.", "Hollin police", "", "", true},
		// a body abroad is someone's, never the home's by default
		{"A foreign government said the vote was fair.", "A foreign government", "", "", true},
		{"Overseas officials said the vote was fair.", "Overseas officials", "", "", true},
		// a posting or a remit says where, not whose; a place a group is
		// in says whose
		{"The Orlavian Ambassador to Tesmar said the vote was fair.", "The Orlavian Ambassador to Tesmar", "Orlavia", "", true},
		{"The Special Envoy for Tesmar said the vote was fair.", "The Special Envoy for Tesmar", "", "", false},
		{"Officials in Varn said the vote was fair.", "Officials in Varn", "Tesmar", "", false},
		// two places of two sides say no side; a group that never speaks
		// for a side is where it is, not whose, but a demonym still says whose
		{"Officials in Varn and Ostra said the vote was fair.", "Officials in Varn and Ostra", "", "", false},
		{"Analysts in Varn said the vote was fair.", "Analysts in Varn", "", "", false},
		{"The people of Tesmar said the vote was fair.", "The people of Tesmar", "Tesmar", "", false},
		{"Tesmari analysts said the vote was fair.", "Tesmari analysts", "Tesmar", "", true},
		// a newspaper is printed in the place its name holds, and speaks
		// for no party; its staff's demonym still says whose they are
		{"The Varn Herald said the vote was fair.", "The Varn Herald", "", "", false},
		{"The Tesmar Times said the vote was fair.", "The Tesmar Times", "", "", false},
		{"The Georgia Gazette said the vote was fair.", "The Georgia Gazette", "", "", false},
		{"The Tesmar post office said the vote was fair.", "The Tesmar post office", "Tesmar", "", true},
	}
	id := func(n string) int32 {
		if n == "" {
			return -1
		}
		p, _ := f.Index.PartyID(n)
		return p
	}
	for _, c := range cases {
		s := sentence(t, f, c.sentence)
		m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), syntax.Phrase{})
		if m.Party != id(c.party) || m.Unsure != id(c.unsure) || m.Qualified != c.qualified {
			t.Errorf("%q: party %d unsure %d qualified %v, want %d %d %v", c.phrase, m.Party, m.Unsure, m.Qualified, id(c.party), id(c.unsure), c.qualified)
		}
	}
	words := []string{"Georgia"}
	if p, unsure, n := f.PartyEvidence(words); p != id("Georgia") || !unsure || n != 1 {
		t.Errorf("PartyEvidence(Georgia) = %d %v %d, want Georgia, unsure", p, unsure, n)
	}
	if p, unsure, _ := f.PartyEvidence([]string{"Tbilisi"}); p != id("Georgia") || unsure {
		t.Errorf("PartyEvidence(Tbilisi) = %d %v, want Georgia, sure", p, unsure)
	}
}

func TestTimeIsNoOne(t *testing.T) {
	f := testFinder(t)
	for _, c := range []struct {
		sentence, phrase string
		time             bool
	}{
		{"Last week said nothing.", "Last week", true},
		{"Sunday said nothing.", "Sunday", true},
		{"A memo released Friday said nothing.", "A memo released Friday", false},
		{"Two in three said nothing.", "Two in three", false},
	} {
		s := sentence(t, f, c.sentence)
		if m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), syntax.Phrase{}); m.Time != c.time {
			t.Errorf("%q: time %v, want %v", c.phrase, m.Time, c.time)
		}
	}
}

// A party speaks by its own name through its capital and through a name
// the document declared for it; a name the text chose among the party's
// own ("the TNA") and a seat are spoken as written.
func TestPartyName(t *testing.T) {
	f := testFinder(t)
	lex := f.Lexicon
	shared := f.Index
	declared, errs := shared.With(gazetteer.Entries{Parties: []gazetteer.PartyEntry{
		{Name: "Kestria", Aliases: []string{"Ostrava Nova"}},
	}})
	for _, e := range errs {
		t.Fatal(e)
	}
	f = &Finder{Lexicon: lex, Index: declared, Shared: shared}
	for _, c := range []struct {
		sentence, phrase string
		partyName        bool
	}{
		{"Varn said the vote was fair.", "Varn", true},
		{"Ostrava Nova said the vote was fair.", "Ostrava Nova", true},
		{"Tesmar said the vote was fair.", "Tesmar", false},
		{"Tesmari officials said the vote was fair.", "Tesmari officials", false},
		{"Jonas Vell said the vote was fair.", "Jonas Vell", false},
	} {
		s := sentence(t, f, c.sentence)
		if m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), syntax.Phrase{}); m.PartyName != c.partyName {
			t.Errorf("%q: party name %v, want %v", c.phrase, m.PartyName, c.partyName)
		}
	}
}

// A place's name that is a given name before a surname is a person's
// ("Victoria Lenk"), and an appositive role says whose a person is.
func TestPartyEvidenceOfNames(t *testing.T) {
	f := testFinder(t)
	ix, errs := f.Index.With(gazetteer.Entries{Parties: []gazetteer.PartyEntry{{Name: "Dravia", Capital: "Victoria"}}})
	for _, e := range errs {
		t.Fatal(e)
	}
	f = &Finder{Lexicon: f.Lexicon, Index: ix}
	id := func(n string) int32 {
		if n == "" {
			return -1
		}
		p, _ := f.Index.PartyID(n)
		return p
	}
	for _, c := range []struct {
		sentence, phrase, aside string
		party                   string
	}{
		{"Victoria Lenk said the vote was fair.", "Victoria Lenk", "", ""},
		{"Victoria police said the vote was fair.", "Victoria police", "", "Dravia"},
		{"Lena Arno, a Tesmari minister, said the vote was fair.", "Lena Arno", "a Tesmari minister", "Tesmar"},
		{"Lena Arno, who met the Tesmari minister, said the vote was fair.", "Lena Arno", "who met the Tesmari minister", ""},
		{"Lena Arno, a military spokeswoman in Varn, said the vote was fair.", "Lena Arno", "a military spokeswoman in Varn", ""},
		{"Hollin, Tesmar, said the vote was fair.", "Hollin", "Tesmar", ""},
	} {
		checkParty(t, f, c.sentence, c.phrase, c.aside, id(c.party))
	}
}

// An issued document speaks for its issuer, and one no one the text names
// issued says nothing; a plan or a bill says nothing whoever wrote it; a
// report speaks itself.
func TestDocumentIssuer(t *testing.T) {
	f := testFinder(t)
	for _, c := range []struct {
		sentence, phrase string
		issuer           string
		mute             bool
	}{
		{"A statement from the Tesmari presidency said the vote was fair.", "A statement from the Tesmari presidency", "the Tesmari presidency", false},
		{"A readout issued by the presidency said the vote was fair.", "A readout issued by the presidency", "the presidency", false},
		{"Tesmar's statement said the vote was fair.", "Tesmar 's statement", "Tesmar", false},
		{"A joint statement said the vote was fair.", "A joint statement", "", true},
		{"A Tesmar Palace statement said the vote was fair.", "A Tesmar Palace statement", "Tesmar Palace", false},
		{"A plan from the ministry says the vote was fair.", "A plan from the ministry", "", true},
		{"The Equity Action Plan outlines new steps.", "The Equity Action Plan", "", true},
		{"A report by the institute said the vote was fair.", "A report by the institute", "", false},
	} {
		s := sentence(t, f, c.sentence)
		m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), syntax.Phrase{})
		if got := s.Text(c.sentence, m.Issuer.From, m.Issuer.To); got != c.issuer || m.Mute != c.mute || m.Kind != Document {
			t.Errorf("%q: %v issuer %q mute %v, want document issuer %q mute %v", c.phrase, m.Kind, got, m.Mute, c.issuer, c.mute)
		}
	}
}

// Bodies and people by the shape of their names: a seat after a demonym
// is the seat, a name ending in a plan's word is a person's when a given
// name opens it, and a head noun the cue stage left as an aside is the
// head.
func TestNamesAndHeads(t *testing.T) {
	f := testFinder(t)
	ix, errs := f.Index.With(gazetteer.Entries{Parties: []gazetteer.PartyEntry{{Name: "Tesmar", Seats: []string{"Diet"}}}})
	for _, e := range errs {
		t.Fatal(e)
	}
	f = &Finder{Lexicon: f.Lexicon, Index: ix}
	for _, c := range []struct {
		sentence, phrase, aside string
		kind                    Kind
		text                    string
	}{
		{"The Tesmari Diet said the vote was fair.", "The Tesmari Diet", "", Body, "the Tesmari Diet"},
		{"Jonas Law said the vote was fair.", "Jonas Law", "", Person, "Jonas Law"},
		{"The Ferry Action Plan says the vote was fair.", "The Ferry Action Plan", "", Document, "the Ferry Action Plan"},
		{"A Tesmari Foreign Ministry official said the vote was fair.", "A Tesmari Foreign Ministry", "official", Role, "a Tesmari Foreign Ministry official"},
		{"A senior Tesmari official who spoke on condition of anonymity said the vote was fair.", "A senior Tesmari official", "who spoke on condition of anonymity", Role, "a senior Tesmari official"},
		{"People who saw the vote said it was fair.", "People", "who saw the vote", Group, "People who saw the vote"},
		{"Villagers who discussed the flood and reaffirmed their support left.", "Villagers", "", Other, "Villagers"},
		{"Officials in Hollin and Varn both said the vote was fair.", "Officials in Hollin and Varn both", "", Group, "Officials in Hollin and Varn"},
	} {
		s := sentence(t, f, c.sentence)
		if m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), phrase(t, s, c.aside)); m.Kind != c.kind || m.Text != c.text {
			t.Errorf("%q: %v %q, want %v %q", c.phrase, m.Kind, m.Text, c.kind, c.text)
		}
	}
}

// A coordination of people, or of bodies and groups, is a group of its
// members, lists with commas included; a person and a party's name are no
// one who speaks together.
func TestCoordination(t *testing.T) {
	f := testFinder(t)
	for _, c := range []struct {
		sentence, phrase string
		members, mute    bool
		text             string
	}{
		{"Lena Velk, Tom Arno and Dana Orsk said the vote was fair.", "Lena Velk , Tom Arno and Dana Orsk", true, false, "Lena Velk, Tom Arno and Dana Orsk"},
		{"The Tesmari envoy and the Orlavian envoy said the vote was fair.", "The Tesmari envoy and the Orlavian envoy", true, false, "the Tesmari envoy and the Orlavian envoy"},
		{"Lena Velk and her Tesmari counterparts said the vote was fair.", "Lena Velk and her Tesmari counterparts", true, false, "Lena Velk and her Tesmari counterparts"},
		{"Tesmar and Orlavian partners said the vote was fair.", "Tesmar and Orlavian partners", true, false, "Tesmar and Orlavian partners"},
		{"Lena Velk & Tom Arno said the vote was fair.", "Lena Velk & Tom Arno", true, false, "Lena Velk & Tom Arno"},
		{"The Secretary and Varn said the vote was fair.", "The Secretary and Varn", false, true, "the Secretary and Varn"},
	} {
		s := sentence(t, f, c.sentence)
		m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), syntax.Phrase{})
		if m.Members != c.members || m.Mute != c.mute || m.Members && m.Text != c.text {
			t.Errorf("%q: members %v mute %v text %q, want %v %v %q", c.phrase, m.Members, m.Mute, m.Text, c.members, c.mute, c.text)
		}
		if m.Members && m.Party != -1 {
			t.Errorf("%q: party %d, want none", c.phrase, m.Party)
		}
	}
}

// A title's remit ("for Orlavia", "for Trade and Ports") is part of
// the title, not of the name after it.
func TestRemitIsTitle(t *testing.T) {
	f := testFinder(t)
	for _, c := range []struct {
		sentence, phrase string
		name, title      string
	}{
		{"Special Envoy for Orlavia Ana Velk said the talks were over.", "Special Envoy for Orlavia Ana Velk", "Ana Velk", "Special Envoy for Orlavia"},
		{"Special Envoy for Orlavia Sung Velk said the talks were over.", "Special Envoy for Orlavia Sung Velk", "Sung Velk", "Special Envoy for Orlavia"},
		{"Deputy Minister for Trade and Ports Tom Arno said the talks were over.", "Deputy Minister for Trade and Ports Tom Arno", "Tom Arno", "Deputy Minister for Trade and Ports"},
		{"Orlavia Tom Arno said the talks were over.", "Orlavia Tom Arno", "Orlavia Tom Arno", ""},
	} {
		s := sentence(t, f, c.sentence)
		if m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), syntax.Phrase{}); m.Kind != Person || m.Name != c.name || m.Title != c.title {
			t.Errorf("%q: %v name %q title %q, want name %q title %q", c.phrase, m.Kind, m.Name, m.Title, c.name, c.title)
		}
	}
}

// An aside is read from its first word, which may open the sentence: a
// preposition there has no word before it to look back at.
func TestAsideAtTheSentenceStart(t *testing.T) {
	f := testFinder(t)
	s := sentence(t, f, "Of the ministry, a spokesman for Tesmar said nothing.")
	for _, tc := range []struct {
		aside string
		human bool
	}{
		{"Of the ministry", false},
		{"a spokesman for Tesmar", true},
	} {
		if got := f.asideIsHuman(s, phrase(t, s, tc.aside)); got != tc.human {
			t.Errorf("asideIsHuman(%q) = %v, want %v", tc.aside, got, tc.human)
		}
	}
}

// A possessive pronoun's phrase is owned when what it heads speaks for
// the owner: a body's leadership, a person's office or spokesman; a
// person's campaign or advisers speak for themselves, and "its terms"
// for no one.
func TestOwnedVoice(t *testing.T) {
	f := testFinder(t)
	for _, c := range []struct {
		sentence, phrase, owned string
	}{
		{"Its leadership said the vote was fair.", "Its leadership", "leadership"},
		{"His office said the vote was fair.", "His office", "office"},
		{"Her spokeswoman said the vote was fair.", "Her spokeswoman", "spokeswoman"},
		{"His government said the vote was fair.", "His government", "government"},
		{"His campaign said the vote was fair.", "His campaign", ""},
		{"Her advisers said the vote was fair.", "Her advisers", ""},
		{"Their office said the vote was fair.", "Their office", ""},
	} {
		s := sentence(t, f, c.sentence)
		m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), syntax.Phrase{})
		if m.Owned != c.owned {
			t.Errorf("%q: owned %q, want %q", c.phrase, m.Owned, c.owned)
		}
	}
}

// A posting's "for" says where someone works, a spokesperson's whom
// they speak for: "a spokesperson for the Orlavian ministry" is
// Orlavia's, "the envoy for Orlavia" no one's the phrase can tell.
func TestSpokespersonFor(t *testing.T) {
	f := testFinder(t)
	orlavia, _ := f.Index.PartyID("Orlavia")
	for _, c := range []struct {
		sentence, phrase string
		party            int32
	}{
		{"A spokesperson for the Orlavian ministry said the talks were over.", "A spokesperson for the Orlavian ministry", orlavia},
		{"A spokesman for Orlavia's foreign minister said the talks were over.", "A spokesman for Orlavia 's foreign minister", orlavia},
		{"A spokeswoman for Orlavian President Ana Velk said the talks were over.", "A spokeswoman for Orlavian President Ana Velk", orlavia},
		{"The special envoy for Orlavia said the talks were over.", "The special envoy for Orlavia", -1},
		{"The ambassador to Orlavia said the talks were over.", "The ambassador to Orlavia", -1},
	} {
		checkParty(t, f, c.sentence, c.phrase, "", c.party)
	}
}
