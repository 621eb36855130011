package voice

import (
	"strings"
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
		{"a joint statement whose signatories are not said", Document{Title: "Joint Statement on the Delta",
			Paragraphs: paras("Office of the Spokesperson", "We call upon all sides to stop.")}, "", "", false},
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
			Paragraphs: paras("We agree.")}, "", "", false},
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

// A speech printed without labels is its author's, paragraph by
// paragraph, past the place line over it and the byline.
func TestSpeechTurns(t *testing.T) {
	r := testReader(t)
	for _, title := range []string{"Remarks as Prepared for Delivery by President Ana Velk at the Water Forum", "Remarks at the Water Forum"} {
		d := Document{Title: title, Paragraphs: paras("Ana Velk, President", "Ostrava Nova", "Thank you all for coming.", "We will rebuild the dam.", "###")}
		v := r.Read(&d)
		var got []int
		for _, tu := range v.Turns {
			if tu.Speaker.Name != "Ana Velk" || tu.Cue != "" {
				t.Errorf("%q: turn %+v", title, tu)
			}
			got = append(got, tu.Para)
		}
		if len(got) != 2 || got[0] != 2 || got[1] != 3 {
			t.Errorf("%q: turns in paragraphs %v, want [2 3]", title, got)
		}
	}
	// a notice of remarks to come is no speech
	d := Document{Title: "President Velk to Deliver Remarks at the Water Forum", Paragraphs: paras("Ana Velk, President", "President Velk will deliver remarks at the forum.")}
	if v := r.Read(&d); len(v.Turns) != 0 {
		t.Errorf("notice: turns %+v", v.Turns)
	}
}

type turnWant struct {
	para     int
	speaker  string
	party    string
	question bool
	text     string
}

func TestTurns(t *testing.T) {
	r := testReader(t)
	labelled := func(pairs ...string) []Paragraph {
		var out []Paragraph
		for i := 0; i+1 < len(pairs); i += 2 {
			out = append(out, Paragraph{Label: pairs[i], Text: pairs[i+1]})
		}
		return out
	}
	cases := []struct {
		name string
		doc  Document
		want []turnWant
	}{
		{"labels resolved by the gazetteer, the title and the lexicon", Document{
			Title: "Remarks by President Velk and Prime Minister Daro of Orlavia at a Press Conference",
			Paragraphs: labelled("MODERATOR", "Good afternoon.", "THE PRESIDENT", "Thank you.", "PRIME MINISTER DARO", "(As interpreted.) Thank you.",
				"Q", "Madam President, will you sign?", "QUESTION", "And the dam?", "MR BRANDT", "One more.", "MS. HALLE", "Over here.", "MR. SPERLING", "Thanks."),
		}, []turnWant{
			{0, "Moderator", "", false, "Good afternoon."},
			{1, "Ana Velk", "Kestria", false, "Thank you."},
			{2, "Prime Minister Daro", "Orlavia", false, "(As interpreted.) Thank you."},
			{3, "Reporter", "", true, "Madam President, will you sign?"},
			{4, "Reporter", "", true, "And the dam?"},
			{5, "Toma Brandt", "Kestria", false, "One more."},
			{6, "Ms. Halle", "", false, "Over here."},
			{7, "Mr. Sperling", "", false, "Thanks."},
		}},
		{"a label brief cannot read is its own speaker, of no party", Document{
			Title:      "What They Are Saying",
			Paragraphs: labelled("Kestria and Orlavia Veterans of the Delta", "“Thank you.”"),
		}, []turnWant{{0, "Kestria and Orlavia Veterans of the Delta", "", false, "“Thank you.”"}}},
		{"the home president among two", Document{
			Title:      "Remarks by President Velk and President Holt before Their Meeting",
			Source:     "https://www.kestria.gov/remarks",
			Paragraphs: labelled("THE PRESIDENT", "Welcome.", "PRESIDENT HOLT", "Thank you."),
		}, []turnWant{{0, "Ana Velk", "Kestria", false, "Welcome."}, {1, "Lev Holt", "Varanda", false, "Thank you."}}},
		{"a surname two people share, told apart by the title", Document{
			Title:      "Press Availability",
			Paragraphs: labelled("MINISTER HOLT", "The river is low.", "PRESIDENT HOLT", "It is."),
		}, []turnWant{{0, "Mira Holt", "Orlavia", false, "The river is low."}, {1, "Lev Holt", "Varanda", false, "It is."}}},
		{"a government's anonymous officials and its staff", Document{
			Title:      "Background Press Call on the Delta",
			Source:     "https://kestria.gov/calls/delta",
			Paragraphs: labelled("MS. HALLE", "Thanks for joining.", "SENIOR ADMINISTRATION OFFICIAL", "The dam holds.", "Q", "Does it?"),
		}, []turnWant{{0, "Ms. Halle", "Kestria", false, "Thanks for joining."}, {1, "Senior Administration Official", "Kestria", false, "The dam holds."}, {2, "Reporter", "", true, "Does it?"}}},
		{"numbered officials and the moderator of a government's call", Document{
			Title:  "Background Press Call on the Delta",
			Source: "https://kestria.gov/calls/delta",
			Paragraphs: labelled("MODERATOR", "This call is on background.", "SENIOR ADMINISTRATION OFFICIAL 1", "The dam holds.",
				"SENIOR ADMINISTRATION OFFICIAL NUMBER TWO", "It does.", "SENIOR ADMINISTRATION OFFICIAL", "Next."),
		}, []turnWant{{0, "Moderator", "Kestria", false, "This call is on background."},
			{1, "Senior Administration Official 1", "Kestria", false, "The dam holds."},
			{2, "Senior Administration Official Number Two", "Kestria", false, "It does."},
			{3, "Senior Administration Official", "Kestria", false, "Next."}}},
		{"a call whose host the byline names", Document{
			Title:      "Background Press Call on the Delta",
			Paragraphs: append(paras("Toma Brandt, Department Spokesperson"), labelled("MODERATOR", "Welcome.", "SENIOR OFFICIAL", "The dam holds.")...),
		}, []turnWant{{1, "Moderator", "Kestria", false, "Welcome."}, {2, "Senior Official", "Kestria", false, "The dam holds."}}},
		{"a call whose host no one names", Document{
			Title:      "Background Press Call on the Delta",
			Paragraphs: labelled("MODERATOR", "Welcome.", "SENIOR OFFICIAL", "The dam holds."),
		}, []turnWant{{0, "Moderator", "", false, "Welcome."}, {1, "Senior Official", "", false, "The dam holds."}}},
		{"a moderator beside leaders is no one's", Document{
			Title:      "Remarks by President Velk and Foreign Minister Oru",
			Source:     "https://kestria.gov/remarks",
			Paragraphs: labelled("MODERATOR", "Welcome.", "THE PRESIDENT", "Thank you."),
		}, []turnWant{{0, "Moderator", "", false, "Welcome."}, {1, "Ana Velk", "Kestria", false, "Thank you."}}},
		{"turns end before stage directions and time stamps", Document{
			Title: "Remarks by President Velk",
			Paragraphs: labelled("THE PRESIDENT", "We will rebuild. (Applause.) Every road. Thank you. (Applause.)",
				"Q", "Madam President —", "THE PRESIDENT", "No more questions.\n\nEND\n\n3:24 P.M. EDT", "Q", "(Laughter.)"),
		}, []turnWant{
			{0, "Ana Velk", "Kestria", false, "We will rebuild. (Applause.) Every road. Thank you."},
			{1, "Reporter", "", true, "Madam President —"},
			{2, "Ana Velk", "Kestria", false, "No more questions."},
		}},
		{"a paragraph after a stage direction goes on with the turn", Document{
			Title: "Remarks by President Velk",
			Paragraphs: append(labelled("THE PRESIDENT", "Thank you all.", "Q", "Madam President?"),
				Paragraph{Label: "THE PRESIDENT", Text: "Yes."}, Paragraph{Text: "(Laughter.)"}, Paragraph{Text: "As I was saying, the dam holds."},
				Paragraph{Text: "END 4:15 P.M."}, Paragraph{Text: "Copies are available."}),
		}, []turnWant{
			{0, "Ana Velk", "Kestria", false, "Thank you all."},
			{1, "Reporter", "", true, "Madam President?"},
			{2, "Ana Velk", "Kestria", false, "Yes."},
			{4, "Ana Velk", "Kestria", false, "As I was saying, the dam holds."},
		}},
		{"a speech of one label", Document{
			Title:      "Remarks by President Velk at the Dam",
			Paragraphs: paras("Ostrava Nova", "10:02 A.M.", "THE PRESIDENT: Good morning.", "The dam is finished.", "(Applause.)", "Thank you.", "END 10:30 A.M."),
		}, []turnWant{
			{2, "Ana Velk", "Kestria", false, "Good morning."},
			{3, "Ana Velk", "Kestria", false, "The dam is finished."},
			{5, "Ana Velk", "Kestria", false, "Thank you."},
		}},
		{"a title-case label after a title", Document{
			Title:      "Statement on the Dam",
			Paragraphs: paras("Foreign Minister Oru: We are glad.", "It took ten years."),
		}, []turnWant{{0, "Pela Oru", "Tesmar", false, "We are glad."}, {1, "Pela Oru", "Tesmar", false, "It took ten years."}}},
		{"a label of offices and a name; a run-in heading ends a turn", Document{
			Title: "What They Are Saying",
			Paragraphs: append(labelled("Minister of Water, Orlavian Minister Mira Holt", "“The river is low.”"),
				Paragraph{Text: "Leaders of Varanda"}, Paragraph{Label: "President Holt", Text: "“It is.”"}),
		}, []turnWant{{0, "Mira Holt", "Orlavia", false, "“The river is low.”"}, {2, "Lev Holt", "Varanda", false, "“It is.”"}}},
		{"a party's name that opens a longer name is no party", Document{
			Title: "What They Are Saying",
			Paragraphs: labelled("Varanda Dairy Council President and CEO Jon Asp", "“We are grateful.”",
				"Tesmar and Orlavia Veterans of the Lakes", "“Thank you.”",
				"Varanda Asp, Executive Director, Women of the Lakes", "“We feel heard.”",
				"Kestria Falls Mayor Jon Asp", "“Recovery starts at home.”"),
		}, []turnWant{
			{0, "Varanda Dairy Council President and CEO Jon Asp", "", false, "“We are grateful.”"},
			{1, "Tesmar and Orlavia Veterans of the Lakes", "", false, "“Thank you.”"},
			{2, "Varanda Asp", "", false, "“We feel heard.”"},
			{3, "Jon Asp", "", false, "“Recovery starts at home.”"},
		}},
		{"a run-in heading among others is no label, though it opens with a title", Document{
			Title: "Fact Sheet: The Delta Plan at Six Months",
			Paragraphs: paras("Roads: The ministry opened ten roads.", "Major Harbour Projects: The ministry opened bids for the port.",
				"The bids close in May.", "Bridges & Locks: Four bridges reopened."),
		}, nil},
		{"a known speaker's label among run-in headings", Document{
			Title:      "Fact Sheet: The Delta Plan at Six Months",
			Paragraphs: paras("Roads: The ministry opened ten roads.", "Bridges: Four reopened.", "Foreign Minister Oru: We are glad.", "It took ten years."),
		}, []turnWant{{2, "Pela Oru", "Tesmar", false, "We are glad."}, {3, "Pela Oru", "Tesmar", false, "It took ten years."}}},
		{"form fields are no speech", Document{
			Title:      "Memorandum on the Dam",
			Paragraphs: paras("SUBJECT: The Dam", "UPDATE: The dam opened.", "Washington: more to come", "I hereby direct the minister to open the dam."),
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := r.Read(&c.doc)
			var got []turnWant
			for _, tu := range v.Turns {
				got = append(got, turnWant{tu.Para, tu.Speaker.Name, party(r, tu.Speaker.Party), tu.Question, c.doc.Paragraphs[tu.Para].Text[tu.Start:tu.End]})
			}
			if len(got) != len(c.want) {
				t.Fatalf("turns:\n%s\nwant:\n%s", show(got), show(c.want))
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("turn %d: %+v, want %+v", i, got[i], c.want[i])
				}
			}
			if len(v.Turns) > 0 && v.Author != nil {
				t.Errorf("a transcript has an author: %+v", *v.Author)
			}
		})
	}
}

// A document's home is its publisher's government, or when the page's
// address does not say, its host's or author's: the byline over a
// transcript's turns (not the parties of its speakers), the one author
// of a text.
func TestTranscriptHome(t *testing.T) {
	r := testReader(t)
	cases := []struct {
		name string
		doc  Document
		want string
	}{
		{"the address", Document{Source: "https://tesmar.example/x", Paragraphs: []Paragraph{{Label: "MR BRANDT", Text: "Welcome."}}}, "Tesmar"},
		{"the byline's person", Document{Paragraphs: []Paragraph{{Text: "Toma Brandt, Department Spokesperson"}, {Label: "MR BRANDT", Text: "Welcome."}}}, "Kestria"},
		{"a panel of bylines", Document{Paragraphs: []Paragraph{{Text: "Toma Brandt, Department Spokesperson"}, {Text: "Pela Oru, Foreign Minister"},
			{Label: "MR BRANDT", Text: "Welcome."}}}, ""},
		{"two leaders' press conference", Document{Title: "Remarks by President Velk and Foreign Minister Oru",
			Paragraphs: []Paragraph{{Label: "THE PRESIDENT", Text: "Welcome."}, {Label: "FOREIGN MINISTER ORU", Text: "Thank you."}}}, ""},
		{"an author writes for their government", Document{Paragraphs: paras("Toma Brandt, Department Spokesperson", "We welcome the talks.")}, "Kestria"},
		{"a joint statement's authors are of no one home", Document{Title: "Joint Statement by Kestria and Tesmar", Paragraphs: paras("We welcome the talks.")}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := party(r, r.Read(&c.doc).Home); got != c.want {
				t.Errorf("home %q, want %q", got, c.want)
			}
		})
	}
}

// Spoken keeps a turn's offsets and blanks what is not its speech.
func TestSpoken(t *testing.T) {
	s := "MINISTER ORU: We agree. (Applause.)"
	got := Spoken(s, Turn{Start: 14, End: 23})
	if want := "              We agree.            "; got != want {
		t.Errorf("Spoken = %q, want %q", got, want)
	}
	if got := Spoken("We agree.", Turn{Start: 0, End: 9}); got != "We agree." {
		t.Errorf("Spoken = %q", got)
	}
}

func show(ts []turnWant) string {
	var sb strings.Builder
	for _, t := range ts {
		sb.WriteString("  ")
		sb.WriteString(strings.ReplaceAll(strings.TrimSpace(strings.Join([]string{t.speaker, t.party, t.text}, " | ")), "\n", `\n`))
		sb.WriteString("\n")
	}
	return sb.String()
}

func TestSpanTrimsClosings(t *testing.T) {
	lex, _ := lexicon.Default()
	cases := map[string]string{
		"Thank you. (Applause.)":                 "Thank you.",
		"Thank you.  (Applause.)  (Laughter.)  ": "Thank you.",
		"We are done. END 3:24 P.M. EDT":         "We are done.",
		"We are done.\n\n11:02 a.m.":             "We are done.",
		"Go ahead. # # #":                        "Go ahead.",
		"The law (H.R. 12) passed":               "The law (H.R. 12) passed",
		"See the annex (in full detail, pages one through twenty-two, as published by the ministry last spring)": "See the annex (in full detail, pages one through twenty-two, as published by the ministry last spring)",
		"(As interpreted.) We agree.": "(As interpreted.) We agree.",
		"We meet at 3:24 P.M.":        "We meet at 3:24 P.M.",
		"Will it end":                 "Will it end",
		"(Applause.)":                 "",
	}
	for in, want := range cases {
		a, b := span(lex, in, 0)
		if got := in[a:b]; got != want {
			t.Errorf("span(%q) = %q, want %q", in, got, want)
		}
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
			"The talks resume on Friday.",
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
