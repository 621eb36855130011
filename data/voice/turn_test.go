package voice

// Tests of transcript turns: labels, home parties, spans and spoken text.

import (
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/lexicon"
)

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

// labelled is a transcript's paragraphs from label, text pairs.
func labelled(pairs ...string) []Paragraph {
	var out []Paragraph
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, Paragraph{Label: pairs[i], Text: pairs[i+1]})
	}
	return out
}

func TestTurns(t *testing.T) {
	r := testReader(t)
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
		{"an acronym the text writes in capitals stays so; a name in capitals is a name", Document{
			Title:      "Fact Sheet: Relief for Ferry Owners",
			Paragraphs: labelled("KFA", "The KFA relief measure gives owners new options.", "VARNO", "Thanks to the KFA for its help."),
		}, []turnWant{{0, "KFA", "", false, "The KFA relief measure gives owners new options."}, {1, "Varno", "", false, "Thanks to the KFA for its help."}}},
		{"a label brief cannot read is its own speaker, of no party", Document{
			Title:      "What They Are Saying",
			Paragraphs: labelled("Kestria and Orlavia Veterans of the Delta", "“Thank you.”"),
		}, []turnWant{{0, "Kestria and Orlavia Veterans of the Delta", "", false, "“Thank you.”"}}},
		{"the home president among two", Document{
			Title:      "Remarks by President Velk and President Holt before Their Meeting",
			Source:     "https://www.kestria.gov/remarks",
			Paragraphs: labelled("THE PRESIDENT", "Welcome.", "PRESIDENT HOLT", "Thank you."),
		}, []turnWant{{0, "Ana Velk", "Kestria", false, "Welcome."}, {1, "Lev Holt", "Varanda", false, "Thank you."}}},
		{"a guest the title names, by a surname of two words or the last of a long name", Document{
			Title:  "Secretary Velk and Varandan Foreign Minister Luca Di Sarno and Orlavian Minister Sheikh Dr. Amir Nasir Al-Hadi Al-Farun at a Press Availability",
			Source: "https://kestria.gov/remarks",
			Paragraphs: labelled("FOREIGN MINISTER DI SARNO", "(Via interpreter) Welcome.", "MINISTER AL-FARUN", "Thank you.",
				"MR DI SARNO", "Next."),
		}, []turnWant{{0, "Luca Di Sarno", "Varanda", false, "(Via interpreter) Welcome."},
			{1, "Amir Nasir Al-Hadi Al-Farun", "Orlavia", false, "Thank you."},
			{2, "Luca Di Sarno", "Varanda", false, "Next."}}},
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
		{"turns end before stage directions and time stamps; a turn cut off before a word is none", Document{
			Title: "Remarks by President Velk",
			Paragraphs: labelled("THE PRESIDENT", "We will rebuild. (Applause.) Every road. Thank you. (Applause.)",
				"Q", "Madam President —", "Q", "—", "THE PRESIDENT", "No more questions.\n\nEND\n\n3:24 P.M. EDT", "Q", "(Laughter.)"),
		}, []turnWant{
			{0, "Ana Velk", "Kestria", false, "We will rebuild. (Applause.) Every road. Thank you."},
			{1, "Reporter", "", true, "Madam President —"},
			{3, "Ana Velk", "Kestria", false, "No more questions."},
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
		{"a title-case label with lower-case links", Document{
			Title:      "Statement on the Dam",
			Paragraphs: paras("Minister of the Interior Oru: We are glad.", "It took ten years."),
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

// An upper-case label is written as a name: "Mc" and an apostrophe open
// a capital as in the name ("McArno", "O’Velk").
func TestTitleCase(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"MS. JEAN-VELK", "Ms. Jean-Velk"},
		{"MR. MCARNO", "Mr. McArno"},
		{"MS. O’VELK", "Ms. O’Velk"},
		{"MS. O'VELK", "Ms. O'Velk"},
		{"MC", "Mc"},
		{"CITIZEN’S FORUM", "Citizen’s Forum"},
		{"SENATOR MARC ARNO", "Senator Marc Arno"},
	} {
		if got := titleCase(c.in); got != c.want {
			t.Errorf("titleCase(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A label of several people at once is a group, as the picker marks it.
func TestGroupLabel(t *testing.T) {
	r := testReader(t)
	doc := Document{Title: "Remarks by President Velk at the Delta Forum",
		Paragraphs: []Paragraph{{Label: "THE PRESIDENT", Text: "Are we ready?"}, {Label: "PARTICIPANTS", Text: "Yes."}, {Label: "MR. SPERLING", Text: "Thanks."}}}
	v := r.Read(&doc)
	want := map[string]bool{"Ana Velk": false, "Participants": true, "Mr. Sperling": false}
	if len(v.Turns) != len(want) {
		t.Fatalf("turns %+v", v.Turns)
	}
	for _, tu := range v.Turns {
		if g, ok := want[tu.Speaker.Name]; !ok || tu.Speaker.Group != g {
			t.Errorf("%q group=%v, want %v", tu.Speaker.Name, tu.Speaker.Group, g)
		}
	}
}
