package voice

import (
	"testing"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
)

// The parties and people of these tests are invented.
func testReader(t *testing.T) *Reader {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, errs := gazetteer.New(lex, &gazetteer.Entries{
		Parties: []gazetteer.PartyEntry{
			{Name: "Kestria", Demonyms: []string{"Kestrian"}, Capital: "Ostrava Nova", Seats: []string{"Kestrian Foreign Ministry"}, Domains: []string{"kestria.gov"}},
			{Name: "Tesmar", Demonyms: []string{"Tesmari"}, Domains: []string{"tesmar.example"}},
			{Name: "Orlavia", Official: "Republic of Orlavia", Demonyms: []string{"Orlavian"}},
			{Name: "Varanda", Demonyms: []string{"Varandan"}},
		},
		People: []gazetteer.PersonEntry{
			{Name: "Ana Velk", Role: "President", Party: "Kestria", Gender: "f", Aliases: []string{"Ana M. Velk Jr."}},
			{Name: "Toma Brandt", Role: "Department Spokesperson", Party: "Kestria", Gender: "m"},
			{Name: "Pela Oru", Role: "Foreign Minister", Party: "Tesmar", Gender: "f"},
			{Name: "Ilse Marrow", Role: "Foreign Minister", Party: "Varanda", Gender: "f"},
			{Name: "Mira Holt", Role: "Minister of Water", Party: "Orlavia", Gender: "f"},
			{Name: "Lev Holt", Role: "President", Party: "Varanda", Gender: "m"},
		},
	})
	for _, err := range errs {
		t.Fatal(err)
	}
	return &Reader{Lexicon: lex, Index: ix}
}

func paras(texts ...string) []Paragraph {
	out := make([]Paragraph, len(texts))
	for i, s := range texts {
		out[i].Text = s
	}
	return out
}

func party(r *Reader, id int32) string {
	if id < 0 {
		return ""
	}
	return r.Index.Party(id).Name
}

func TestAuthor(t *testing.T) {
	r := testReader(t)
	cases := []struct {
		name   string
		doc    Document
		author string // "" for none
		party  string
		group  bool
	}{
		{"statement by a known person", Document{Title: "Statement by President Ana Velk on the Floods in the Delta",
			Paragraphs: paras("I mourn the lives lost.")}, "Ana Velk", "Kestria", false},
		{"an alias with its suffix", Document{Title: "Statement by President Ana M. Velk, Jr. on the Harvest",
			Paragraphs: paras("We celebrate the harvest.")}, "Ana Velk", "Kestria", false},
		{"a title standing for the home's one holder", Document{Title: "Statement from the President on the Harvest",
			Source: "https://www.kestria.gov/statements/harvest", Paragraphs: paras("We celebrate.")}, "Ana Velk", "Kestria", false},
		{"a title of no known party speaks for the government its body speaks as", Document{Title: "Statement from the Harbour Secretary on the Ferry Accident",
			Paragraphs: paras("Orlavia condemns the attack on the ferry.", "We stand with the families.")}, "Harbour Secretary", "Orlavia", false},
		{"two governments in the body: none", Document{Title: "Statement from the Harbour Secretary on the Ferry Accident",
			Paragraphs: paras("Orlavia condemns the attack on the ferry. Tesmar condemns it too.")}, "Harbour Secretary", "", false},
		{"a surname with its title", Document{Title: "Remarks by Foreign Minister Oru at the Water Forum",
			Paragraphs: paras("I thank our hosts.")}, "Pela Oru", "Tesmar", false},
		{"the publisher's unknown official", Document{Title: "Statement by Deputy Spokesperson Daro Venn on the Ferry Accident",
			Source: "https://kestria.gov/x", Paragraphs: paras("We grieve.")}, "Daro Venn", "Kestria", false},
		{"a title's speaker ends at a gerund", Document{Title: "Statement by President Ana Velk Welcoming the Ceasefire",
			Paragraphs: paras("I welcome it.")}, "Ana Velk", "Kestria", false},
		{"two authors of one party", Document{Title: "Statement by President Ana Velk and Spokesperson Toma Brandt on the Strait",
			Paragraphs: paras("We condemn the attack.")}, "Ana Velk and Toma Brandt", "Kestria", true},
		{"a joint statement's signatories in its title", Document{Title: "Joint Statement by Kestria and Tesmar on the Strait",
			Paragraphs: paras("We reaffirm the treaty.")}, "Kestria and Tesmar", "", true},
		{"a joint statement's hyphenated pair", Document{Title: "Kestria-Tesmar Joint Statement on Fisheries",
			Paragraphs: paras("We agree.")}, "Kestria and Tesmar", "", true},
		{"a release line's governments", Document{Title: "Joint Statement on the Delta",
			Paragraphs: paras("Office of the Spokesperson", "The text of the following statement was released by the Governments of Kestria, Tesmar, and the Republic of Orlavia.", "We call upon all sides to stop.")},
			"the Governments of Kestria, Tesmar, and the Republic of Orlavia", "", true},
		{"a release line's one government", Document{Title: "Statement on the Delta",
			Paragraphs: paras("The text of the following statement was released by the Government of Orlavia.", "We call upon all sides to stop.")},
			"the Government of Orlavia", "Orlavia", false},
		{"a release line's issuers before it", Document{Title: "Joint Statement on the Delta",
			Paragraphs: paras("Kestria, Tesmar and Orlavia issue the following joint statement.", "We call upon all sides to stop.")},
			"Kestria, Tesmar and Orlavia", "", true},
		{"a release line's one party is the party", Document{Title: "Statement on the Delta",
			Paragraphs: paras("The text of the following statement was released by the Republic of Orlavia.", "We call upon all sides to stop.")},
			"Orlavia", "Orlavia", false},
		{"we and who we are", Document{Title: "Declaration on the Delta",
			Paragraphs: paras("Tesmar, 3 May", "We, the Foreign Ministers of Kestria and Tesmar, meeting in Tesmar, call upon all sides to stop.")},
			"the Foreign Ministers of Kestria and Tesmar", "", true},
		{"we and who we are, a party and a body", Document{Title: "Statement on the Delta",
			Paragraphs: paras("We, Tesmar and the Kestrian Foreign Ministry, call upon all sides to stop.")},
			"Tesmar and the Kestrian Foreign Ministry", "", true},
		{"we and an aside that is no one", Document{Title: "Statement on the Delta",
			Paragraphs: paras("We, as neighbours of the delta, call upon all sides to stop.")},
			"", "", false},
		{"I and who I am, in an order signed far from its end", Document{Title: "Order on the Delta",
			Paragraphs: paras("By the authority vested in me as President,", "I, ANA VELK, President of Kestria, find that the delta is in danger.", "Section 1. The dam is closed.", "ANA VELK", "Annex", "The Delta Dam Company", "The Delta Ferry Company", "The Delta Salt Company")},
			"Ana Velk", "Kestria", false},
		{"I and an aside that is no one", Document{Title: "Order on the Delta",
			Paragraphs: paras("I, as a neighbour of the delta, call upon all sides to stop.")},
			"", "", false},
		// a joint statement's "we" is its signatories, said or not: the
		// parties its head names, or a group that says what it is
		{"a joint statement whose signatories are not said", Document{Title: "Joint Statement on the Delta",
			Paragraphs: paras("Office of the Spokesperson", "We call upon all sides to stop.")}, "the signatories", "", true},
		{"a joint statement whose head names the signatories", Document{Title: "Joint Statement on the Delta Meeting",
			Paragraphs: paras("Office of the Spokesperson", "Representatives of Kestria, Tesmar and Orlavia met in Ostrava Nova on Monday.", "Begin Text:", "We call upon all sides to stop.")},
			"Kestria, Tesmar, and Orlavia", "", true},
		{"signatories of offices and parties keep their names as written", Document{Title: "Joint Statement on Delta Cooperation",
			Paragraphs: paras("Office of the Spokesperson", "The following is the joint statement released by the Foreign Minister of Kestria and the Foreign Ministers of the Governments of Tesmar and Orlavia.", "Begin Text.", "We agree.")},
			"the Foreign Minister of Kestria and the Foreign Ministers of the Governments of Tesmar and Orlavia", "", true},
		{"a joint statement whose head's subject names the signatories", Document{Title: "Joint Statement on the Delta",
			Paragraphs: paras("Office of the Spokesperson", "Kestria and Tesmar strongly condemn the Orlavian launches.")},
			"Kestria and Tesmar", "", true},
		{"a joint statement whose head tells a visit", Document{Title: "Joint Statement on the Visit to Kestria of President Pela Oru",
			Paragraphs: paras("Today, President Oru visited Kestria at the invitation of Tesmar and Orlavia.", "Building on the Kestrian presidency of the K5, Tesmar and Orlavia will continue to cooperate. We will do this by opening the delta.")},
			"the signatories", "", true},
		{"an attribution line", Document{Title: "Foreign Minister Oru's Meeting with President Velk",
			Paragraphs: paras("Office of the Spokesperson", "The below is attributable to Spokesperson Toma Brandt:", "Foreign Minister Oru met President Velk.")},
			"Toma Brandt", "Kestria", false},
		{"a person's byline", Document{Title: "Fisheries Day",
			Paragraphs: paras("Ilse Marrow, Foreign Minister", "I send my best wishes.")}, "Ilse Marrow", "Varanda", false},
		{"an unknown person's byline and party", Document{Title: "Fisheries Day",
			Paragraphs: paras("Daro Venn, Minister of Water of Orlavia", "I send my best wishes.")}, "Daro Venn", "Orlavia", false},
		{"an envoy for a party is not its envoy", Document{Title: "Fisheries Day", Source: "https://kestria.gov/x",
			Paragraphs: paras("Daro Venn, Special Envoy for Orlavia", "I send my best wishes.")}, "Daro Venn", "Kestria", false},
		{"a bureau's region is no party", Document{Title: "Fisheries Day",
			Paragraphs: paras("Daro Venn, Assistant Minister, Bureau of Orlavian and Coastal Affairs", "I send my best wishes.")}, "Daro Venn", "", false},
		{"two bylines are a panel", Document{Title: "Fisheries Day",
			Paragraphs: paras("Ilse Marrow, Foreign Minister", "Pela Oru, Foreign Minister", "We met.")}, "", "", false},
		{"an issuing office of another government", Document{Title: "Ferry Accident", Source: "https://www.kestria.gov/ferry",
			Paragraphs: paras("Office of the Spokesperson", "We mourn the lost.")}, "Office of the Spokesperson", "Kestria", false},
		{"a readout's narration is no one's", Document{Title: "Readout of President Velk's Call with Foreign Minister Oru",
			Paragraphs: paras("Office of the Spokesperson", "President Velk spoke with Foreign Minister Oru. We discussed fish.")}, "", "", false},
		{"a notice that says no one", Document{Title: "Kestria National Day",
			Paragraphs: paras("The ministry will be closed on Monday.")}, "", "", false},
		{"a signature under a proclamation", Document{Title: "A Proclamation on Fisheries Week",
			Paragraphs: paras("NOW, THEREFORE, I do hereby proclaim this week Fisheries Week.", "ANA M. VELK JR.")}, "Ana Velk", "Kestria", false},
		{"the front matter's author", Document{Title: "On the Delta", Author: "Ilse Marrow",
			Paragraphs: paras("We will help.")}, "Ilse Marrow", "Varanda", false},
		{"an author named before 'Statement'", Document{Title: "President Ana Velk Statement on the Harvest",
			Paragraphs: paras("We celebrate.")}, "Ana Velk", "Kestria", false},
		{"a pair named before 'Statement'", Document{Title: "Kestria-Tesmar Summit Statement",
			Paragraphs: paras("We agree.")}, "Kestria and Tesmar", "", true},
		{"a word before 'Statement' that is no one", Document{Title: "Second Statement on the Delta",
			Paragraphs: paras("We agree.")}, "", "", false},
		{"a communiqué's signatories not said", Document{Title: "Delta Summit Communiqué", Source: "https://www.kestria.gov/x",
			Paragraphs: paras("We agree.")}, "the signatories", "", true},
		{"a speech's speaker after a later 'By'", Document{Title: "Remarks on the Delta Economy By Foreign Minister Pela Oru",
			Paragraphs: paras("I thank our hosts.")}, "Pela Oru", "Tesmar", false},
		{"a speech's speaker before 'Remarks on'", Document{Title: "Pela Oru Remarks on the Delta Economy",
			Paragraphs: paras("I thank our hosts.")}, "Pela Oru", "Tesmar", false},
		{"a first lady", Document{Title: "Remarks by First Lady Mira Holt at the Water Forum",
			Paragraphs: paras("I thank our hosts.")}, "Mira Holt", "Orlavia", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := r.Read(&c.doc)
			switch {
			case c.author == "" && v.Author != nil:
				t.Errorf("author %+v, want none", *v.Author)
			case c.author == "":
			case v.Author == nil:
				t.Errorf("no author, want %q", c.author)
			case v.Author.Name != c.author || party(r, v.Author.Party) != c.party || v.Author.Group != c.group:
				t.Errorf("author %q/%q group=%v, want %q/%q group=%v", v.Author.Name, party(r, v.Author.Party), v.Author.Group, c.author, c.party, c.group)
			}
		})
	}
}

// A government page that names no author speaks as its government in
// its "we"; a readout, a joint text or a transcript does not.
func TestPublisher(t *testing.T) {
	r := testReader(t)
	cases := []struct {
		name string
		doc  Document
		want string // "" for none
	}{
		{"a fact sheet", Document{Title: "Fact Sheet: Rebuilding the Delta", Source: "https://www.kestria.gov/x",
			Paragraphs: paras("We will rebuild every bridge.")}, "Kestria"},
		{"a page of no government", Document{Title: "Fact Sheet: Rebuilding the Delta", Source: "https://example.org/x",
			Paragraphs: paras("We will rebuild every bridge.")}, ""},
		{"a readout", Document{Title: "Readout of President Velk's Call", Source: "https://www.kestria.gov/x",
			Paragraphs: paras("We will rebuild every bridge.")}, ""},
		{"a communiqué", Document{Title: "Delta Summit Communiqué", Source: "https://www.kestria.gov/x",
			Paragraphs: paras("We will rebuild every bridge.")}, ""},
		{"an authored text has its author", Document{Title: "Statement by President Ana Velk", Source: "https://www.kestria.gov/x",
			Paragraphs: paras("We will rebuild every bridge.")}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := r.Read(&c.doc)
			switch {
			case c.want == "" && v.Publisher != nil:
				t.Errorf("publisher %+v, want none", *v.Publisher)
			case c.want != "" && (v.Publisher == nil || v.Publisher.Name != c.want || party(r, v.Publisher.Party) != c.want):
				t.Errorf("publisher %+v, want %q", v.Publisher, c.want)
			}
		})
	}
}

func TestIntroducedSpeech(t *testing.T) {
	r := testReader(t)
	cases := []struct {
		name  string
		paras []string
		want  []turnWant // text is the paragraph's
	}{
		{"two paragraphs after 'said:'", []string{
			"Kestria welcomed the ceasefire on Monday.",
			"Foreign Minister Pela Oru said:",
			"Tesmar welcomes the agreement. It is a first step.",
			"We will keep working with our partners until the border is open.",
			"The talks resume on Friday, the ministry announced.",
		}, []turnWant{{2, "Pela Oru", "Tesmar", false, "Tesmar welcomes the agreement. It is a first step."},
			{3, "Pela Oru", "Tesmar", false, "We will keep working with our partners until the border is open."}}},
		{"a title in apposition, and 'in a statement'", []string{
			"Daro Venn, the Orlavian Minister of Water, said in a statement:",
			"The dam will be repaired by May.",
		}, []turnWant{{1, "Daro Venn", "Orlavia", false, "The dam will be repaired by May."}}},
		{"the narration names the speaker again", []string{
			"President Ana Velk said:",
			"We will rebuild the bridge.",
			"Velk will travel to Tesmar on Friday, where we expect talks.",
		}, []turnWant{{1, "Ana Velk", "Kestria", false, "We will rebuild the bridge."}}},
		{"quoted speech is the statement stage's", []string{
			"President Ana Velk said:",
			"“We will rebuild the bridge.”",
		}, nil},
		{"a pronoun is not resolved here", []string{
			"She said:",
			"We will rebuild the bridge.",
		}, nil},
		{"a description is the resolver's", []string{
			"The governor added:",
			"We will rebuild the bridge.",
		}, nil},
		{"a quotation ends the speech", []string{
			"President Ana Velk said:",
			"We will rebuild the bridge.",
			"Oru told reporters, “We are glad.”",
		}, []turnWant{{1, "Ana Velk", "Kestria", false, "We will rebuild the bridge."}}},
		{"the title first, the holder in apposition", []string{
			"The Minister for Harbours, Lord Arvel, added:",
			"We are working with our partners to reopen the port.",
		}, []turnWant{{1, "Lord Arvel", "", false, "We are working with our partners to reopen the port."}}},
		{"a remit with an article, a named holder", []string{
			"Minister of State for the Western Isles, Lena Osk, said:",
			"The ferries will run again in May.",
		}, []turnWant{{1, "Lena Osk", "", false, "The ferries will run again in May."}}},
		{"speech goes on without the first person, up to narration of one person", []string{
			"Foreign Minister Pela Oru said:",
			"The people of Kestria are facing a desperate winter.",
			"This fund will bring food and shelter to the border towns.",
			"During her visit, she will also meet the mayors of the border towns.",
		}, []turnWant{{1, "Pela Oru", "Tesmar", false, "The people of Kestria are facing a desperate winter."},
			{2, "Pela Oru", "Tesmar", false, "This fund will bring food and shelter to the border towns."}}},
		{"a verb of a stance in the speech is no narration", []string{
			"Foreign Minister Pela Oru said:",
			"This partnership marks a new chapter for Kestria.",
			"It will open new markets and support jobs across the country.",
		}, []turnWant{{1, "Pela Oru", "Tesmar", false, "This partnership marks a new chapter for Kestria."},
			{2, "Pela Oru", "Tesmar", false, "It will open new markets and support jobs across the country."}}},
		{"a title after 'the' is narration", []string{
			"Foreign Minister Pela Oru said:",
			"The border must open.",
			"The aid will reach the towns by May.",
			"The foreign minister will travel to the border on Friday.",
		}, []turnWant{{1, "Pela Oru", "Tesmar", false, "The border must open."},
			{2, "Pela Oru", "Tesmar", false, "The aid will reach the towns by May."}}},
		{"a short heading ends the speech", []string{
			"Foreign Minister Pela Oru said:",
			"Notes to editors",
			"The fund opened in 2020.",
		}, nil},
		{"one who speaks in a government's name is its", []string{
			"Harbour Secretary Jonas Arno said:",
			"We have worked for this day.",
			"Orlavia welcomes the agreement and calls on both sides to honour it.",
		}, []turnWant{{1, "Jonas Arno", "Orlavia", false, "We have worked for this day."},
			{2, "Jonas Arno", "Orlavia", false, "Orlavia welcomes the agreement and calls on both sides to honour it."}}},
		{"a government named otherwise is no evidence", []string{
			"Harbour Secretary Jonas Arno said:",
			"Orlavia has been a partner of ours for decades. We thank Orlavia for its help.",
		}, []turnWant{{1, "Jonas Arno", "", false, "Orlavia has been a partner of ours for decades. We thank Orlavia for its help."}}},
		{"two governments: whose is not said", []string{
			"Harbour Secretary Jonas Arno said:",
			"Orlavia welcomes the agreement. Kestria welcomes it too.",
		}, []turnWant{{1, "Jonas Arno", "", false, "Orlavia welcomes the agreement. Kestria welcomes it too."}}},
		{"a portfolio of two before the title", []string{
			"Water and Roads Secretary Lena Osk said:",
			"The new bridge opens in May.",
		}, []turnWant{{1, "Lena Osk", "", false, "The new bridge opens in May."}}},
		{"a portfolio of two, each of words", []string{
			"Harbour Security and Coastal Trade Minister Lena Osk said:",
			"The new bridge opens in May.",
		}, []turnWant{{1, "Lena Osk", "", false, "The new bridge opens in May."}}},
		{"a person and a titled person are two", []string{
			"Ana Velk and Foreign Minister Pela Oru said:",
			"The new bridge opens in May.",
		}, []turnWant{{1, "Ana Velk and Pela Oru", "", false, "The new bridge opens in May."}}},
		{"a peer goes by the place of the title, with a post in apposition", []string{
			"Lord Arvel of Eastmarch, Minister for Harbours, said:",
			"The port reopens in May.",
		}, []turnWant{{1, "Lord Arvel of Eastmarch", "", false, "The port reopens in May."}}},
		{"a baroness of a place", []string{
			"Baroness Lira of Westholm said:",
			"The port reopens in May.",
		}, []turnWant{{1, "Baroness Lira of Westholm", "", false, "The port reopens in May."}}},
		{"a person of a party is the party's", []string{
			"Ms. Lena Osk of Orlavia said:",
			"The port reopens in May.",
		}, []turnWant{{1, "Lena Osk", "Orlavia", false, "The port reopens in May."}}},
		{"a list is no speech", []string{
			"The measures include:",
			"new bridges.",
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Document{Title: "Ceasefire", Paragraphs: paras(c.paras...)}
			v := r.Read(&d)
			var got []turnWant
			for _, tu := range v.Turns {
				got = append(got, turnWant{tu.Para, tu.Speaker.Name, party(r, tu.Speaker.Party), tu.Question, d.Paragraphs[tu.Para].Text[tu.Start:tu.End]})
				if tu.Cue == "" {
					t.Errorf("turn %d has no cue", tu.Para)
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("turns:\n%s\nwant:\n%s", show(got), show(c.want))
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("turn %d: %+v, want %+v", i, got[i], c.want[i])
				}
			}
		})
	}
}

// TestPublisherNote: a paragraph opened by form labels and a colon is the
// publisher's note on the story; a transcript turn, a correction and a
// sentence with a colon later on are not.
func TestPublisherNote(t *testing.T) {
	r := testReader(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Editor’s note: Ana Velk is a serial liar who has repeatedly pledged to close the border.", true},
		{"Editor's Note: Lev Holt said the river was his.", true},
		{"Note: Country text is being validated with host governments.", true},
		{"Background:", false},
		{"CLARIFICATION: Velk is calling for a process to name a successor.", false},
		{"MR. VELK: The border is closed.", false},
		{"Ana Velk said: the border is closed.", false},
	} {
		if got := PublisherNote(r.Lexicon, c.text); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
