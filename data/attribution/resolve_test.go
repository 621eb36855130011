package attribution

import (
	"testing"

	"github.com/brief-reader/brief/data/gazetteer"
)

// testEngine is the built-in engine with invented parties and people
// declared by the document, as a briefing's front matter declares them.
func testEngine(t *testing.T) *Engine {
	t.Helper()
	e, errs := New("")
	for _, err := range errs {
		t.Fatal(err)
	}
	return e
}

var inventedParties = gazetteer.Entries{
	Parties: []gazetteer.PartyEntry{
		{Name: "Tesmar", Demonyms: []string{"Tesmari"}, Capital: "Varn", Kind: "state"},
		{Name: "Orlavia", Demonyms: []string{"Orlavian"}, Capital: "Ostra", Kind: "state"},
	},
}

type wantStatement struct{ speaker, party, text string }

func checkStatements(t *testing.T, e *Engine, name string, doc *Document, want []wantStatement) {
	t.Helper()
	doc.Declared.Parties = inventedParties.Parties // with the people the case declares
	res := e.Attribute(doc)
	for _, w := range want {
		found := false
		for _, st := range res.Statements {
			if st.Text != w.text {
				continue
			}
			found = true
			if st.Speaker != w.speaker || st.Party != w.party {
				t.Errorf("%s: %q: speaker %q (%q), want %q (%q)", name, w.text, st.Speaker, st.Party, w.speaker, w.party)
			}
		}
		if !found {
			t.Errorf("%s: no statement %q in %+v", name, w.text, res.Statements)
		}
	}
}

func paragraphs(ps ...string) []Paragraph {
	out := make([]Paragraph, len(ps))
	for i, p := range ps {
		out[i] = Paragraph{Text: p}
	}
	return out
}

func TestResolveSpeakers(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	cases := []struct {
		name string
		doc  Document
		want []wantStatement
	}{
		{"she is the woman who spoke, not a place or a man named after her",
			Document{Paragraphs: paragraphs(
				"Foreign Minister Lena Velk of Tesmar said on Monday that the border would stay closed.",
				"Officials in Hollin met Tom Arno, an Orlavian envoy, on Tuesday.",
				"“We will not sign this,” she said.",
			)},
			[]wantStatement{
				{"Lena Velk", "Tesmar", "the border would stay closed"},
				{"Lena Velk", "Tesmar", "We will not sign this"},
			}},
		{"a surname and a description are the person named before, by their full name",
			Document{Paragraphs: paragraphs(
				"Tom Arno, a retired neurosurgeon, said the army was ready.",
				"Velk disagreed. “The army is tired,” Mrs. Velk said.",
				"The retired neurosurgeon said he had been misunderstood.",
				"Lena Velk is the Tesmari defence minister.",
			)},
			[]wantStatement{
				{"Tom Arno", "", "the army was ready"},
				{"Lena Velk", "", "The army is tired"},
				{"Tom Arno", "", "he had been misunderstood"},
			}},
		{"the speaker of a readout's The President is the principal, and so is He",
			Document{Title: "Readout of President Orsk’s Meeting with President Arno of Orlavia",
				Paragraphs: paragraphs(
					"Today, Tesmari President Dana Orsk met with Orlavian President Tom Arno. The President reaffirmed the importance of the ceasefire. He also stressed that trade must resume.",
				)},
			[]wantStatement{
				{"Dana Orsk", "Tesmar", "the importance of the ceasefire"},
				{"Dana Orsk", "Tesmar", "trade must resume"},
			}},
		{"Georgia next to Atlanta is no country; Georgian officials in Tbilisi are the country's",
			Document{Paragraphs: paragraphs(
				"Election officials in Georgia said the count in Atlanta was fair.",
			)},
			[]wantStatement{{"Election officials in Georgia", "", "the count in Atlanta was fair"}}},
		{"a story that names Tbilisi confirms Georgia",
			Document{Paragraphs: paragraphs(
				"Lena Velk, a Georgian diplomat, arrived in Tbilisi on Monday.",
				"Election officials in Georgia said the count was fair.",
			)},
			[]wantStatement{{"Election officials in Georgia", "Georgia", "the count was fair"}}},
		{"they is the group that acted, not the people it met",
			Document{Paragraphs: paragraphs(
				"Tesmari officials met Orlavian envoys in Varn on Monday.",
				"They said the talks would resume in May.",
			)},
			[]wantStatement{{"Tesmari officials", "Tesmar", "the talks would resume"}}},
		{"the author's own body with a first-person possessive is the author",
			Document{Title: "Statement by Foreign Minister Lena Velk on the Harbour",
				Declared: gazetteer.Entries{People: []gazetteer.PersonEntry{{Name: "Lena Velk", Role: "Foreign Minister", Party: "Tesmar", Gender: "f"}}},
				Paragraphs: paragraphs(
					"My Government announced new steps to reopen the harbour.",
					"Our Government reaffirms that the harbour stays open to all.",
				)},
			[]wantStatement{
				{"Lena Velk", "Tesmar", "new steps to reopen the harbour"},
				{"Lena Velk", "Tesmar", "the harbour stays open to all"},
			}},
	}
	for _, c := range cases {
		checkStatements(t, e, c.name, &c.doc, c.want)
	}
}

// Speakers named through others: a capital is its party, a possessive
// pronoun's phrase its antecedent's, a statement its issuer's.
func TestResolveNamedThrough(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	checkStatements(t, e, "through", &Document{Paragraphs: paragraphs(
		"Varn said the border would stay closed.",
		"Tesmar has stated that it seeks a deal.",
		"Its leadership continues to advocate for a settlement.",
		"A statement from the Orlavian presidency said the talks had failed.",
	)}, []wantStatement{
		{"Tesmar", "Tesmar", "the border would stay closed"},
		{"Tesmar", "Tesmar", "it seeks a deal"},
		{"Tesmar’s leadership", "Tesmar", "a settlement"},
		{"the Orlavian presidency", "Orlavia", "the talks had failed"},
	})
}

// A person's office or spokesman speaks for the person, of the person's
// party, whether the person came before ("Arno spoke …. His office
// said") or in what the office says ("Arno offered …, his office said");
// two people's offices are two speakers.
func TestResolveOwnedVoice(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	checkStatements(t, e, "owned", &Document{Paragraphs: paragraphs(
		"Tesmari President Jon Arno offered to host the talks, his office said in a statement.",
		"Orlavian Foreign Minister Ana Velk rejected the offer, her office said.",
		"Velk spoke to Arno on Monday. Her spokeswoman said the call was warm.",
	)}, []wantStatement{
		{"his office", "Tesmar", "Tesmari President Jon Arno offered to host the talks"},
		{"her office", "Orlavia", "Orlavian Foreign Minister Ana Velk rejected the offer"},
		{"her spokeswoman", "Orlavia", "the call was warm"},
	})
	// the one who spoke just before is not the owner the clause names
	checkStatements(t, e, "owned after a speaker", &Document{Paragraphs: paragraphs(
		"Orlavian negotiator Tom Pors said the border would stay closed.",
		"Tesmari President Jon Arno offered to host the talks, his office said.",
	)}, []wantStatement{
		{"Tom Pors", "Orlavia", "the border would stay closed"},
		{"his office", "Tesmar", "Tesmari President Jon Arno offered to host the talks"},
	})
}

// The person whose office speaks is named for what follows: "the prime
// minister" after "Prime Minister Ben Tavor's office said" is Tavor,
// not the foreign minister named before ("prime" makes another
// minister, as "deputy" does).
func TestResolvePossessorOfSpeaker(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	checkStatements(t, e, "possessor", &Document{Paragraphs: paragraphs(
		"Orlavian Foreign Minister Badu Arlet called his Tesmari counterpart on Monday.",
		"Tesmari Prime Minister Ben Tavor's office said in a statement that Varn would not end the operation. The prime minister said the army would keep up the pressure.",
		"The foreign minister said the talks would go on.",
	)}, []wantStatement{
		{"Tesmari Prime Minister Ben Tavor's office", "Tesmar", "Varn would not end the operation"},
		{"Ben Tavor", "Tesmar", "the army would keep up the pressure"},
		{"Badu Arlet", "Orlavia", "the talks would go on"},
	})
	checkStatements(t, e, "possessor's office", &Document{Paragraphs: paragraphs(
		"Tesmari President Yoon Sae-ri said the two countries must work together. Yoon's office said she had ordered a firm response.",
	)}, []wantStatement{
		{"Yoon Sae-ri", "Tesmar", "the two countries must work together"},
		{"Yoon's office", "Tesmar", "she had ordered a firm response"},
	})
}

// A plan, a statement no one the text names issued, and an act the writer
// infers from say nothing.
func TestResolveNoOneSays(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	doc := &Document{Declared: inventedParties, Paragraphs: paragraphs(
		"A plan from the ministry says the port will close.",
		"A joint statement said the two leaders had met.",
		"Still, the Tesmari side’s recent signalling suggests a thaw.",
		"The Ferry Action Plan outlines new steps.",
	)}
	if res := e.Attribute(doc); len(res.Statements) != 0 {
		t.Errorf("statements %+v, want none", res.Statements)
	}
}

// A story filed from a capital is about that party's government when its
// source says nothing: its officials are that party's, but two officials
// the story named are of any side.
func TestResolveDatelineHome(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	checkStatements(t, e, "dateline", &Document{Dateline: "VARN", Paragraphs: paragraphs(
		"Government officials said the border would stay closed.",
		"Tesmari Foreign Minister Lena Velk met Orlavian envoy Tom Arno. The two officials said talks would resume.",
	)}, []wantStatement{
		{"Government officials", "Tesmar", "the border would stay closed"},
		{"the two officials", "", "talks would resume"},
	})
}

// "They" is the people a sentence named together: a coordinated
// subject, a subject and the partners of what it did, a plural subject
// of a sentence with no cue; not a group three paragraphs back.
func TestResolveThey(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	checkStatements(t, e, "they", &Document{Paragraphs: paragraphs(
		"Foreign Minister Lena Velk met with Orlavian envoy Tom Arno and Trade Minister Dana Orsk today in Varn, where they reiterated their commitment to the truce.",
		"The Tesmari envoy and the Orlavian envoy condemned the raid. They reaffirmed the truce.",
		"The two ministers also discussed the dam. They also affirmed their support for the river commission.",
		"Ruben Sato spoke today with his Orlavian counterparts. They condemned the raid on the ferry.",
	)}, []wantStatement{
		{"Velk, Arno, and Orsk", "", "their commitment to the truce"},
		{"the Tesmari envoy and the Orlavian envoy", "", "the truce"},
		{"the two ministers", "", "their support for the river commission"},
		{"Sato and his Orlavian counterparts", "", "the raid on the ferry"},
	})
	doc := &Document{Declared: inventedParties, Paragraphs: paragraphs(
		"Tesmari officials said the convoy was late.",
		"The river rose overnight.",
		"The ferries stopped.",
		"They agreed that the port would close.",
	)}
	for _, st := range e.Attribute(doc).Statements {
		if st.Text == "the port would close" {
			t.Errorf("they three paragraphs after its only antecedent: %q", st.Speaker)
		}
	}
}

// Officials in a place the gazetteer does not know are that place's
// party's when the story places it ("Hollin, Tesmar"), else no one's
// brief can tell, not the home's.
func TestResolveUnknownPlace(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	checkStatements(t, e, "placed", &Document{Paragraphs: paragraphs(
		"Shelling reached Hollin, Tesmar, on Sunday.",
		"Officials in Hollin said that the water had run out.",
	)}, []wantStatement{{"Officials in Hollin", "Tesmar", "the water had run out"}})
	checkStatements(t, e, "not placed", &Document{Dateline: "OSTRA", Paragraphs: paragraphs(
		"Officials in Ruvo said that the water had run out.",
	)}, []wantStatement{{"Officials in Ruvo", "", "the water had run out"}})
	checkStatements(t, e, "relative clause after a title", &Document{Paragraphs: paragraphs(
		"According to a senior Tesmari official who spoke on condition of anonymity, the locks will reopen.",
	)}, []wantStatement{{"a senior Tesmari official", "Tesmar", "the locks will reopen"}})
}

// A title's posting ends before the name ("Ambassador to Orlavia Jonas
// Marr" is Jonas Marr), a seat declared with an article keeps its name,
// and officials from both sides are no one side's.
func TestResolveTitlesAndSeats(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	doc := &Document{Dateline: "VARN", Paragraphs: paragraphs(
		"Ambassador to Orlavia Jonas Marr visited Ostra today.",
		"Ambassador Marr said the talks were useful.",
		"The Amber Hall, Tesmar’s seat of government, said it had lodged a protest.",
		"The convoy left at dawn, officials from both countries said.",
	)}
	doc.Declared = inventedParties
	doc.Declared.Parties = append(doc.Declared.Parties, gazetteer.PartyEntry{Name: "Tesmar", Aliases: []string{"Amber Hall"}})
	want := map[string][2]string{
		"the talks were useful":   {"Jonas Marr", "Tesmar"}, // the home's ambassador to Orlavia
		"it had lodged a protest": {"the Amber Hall", "Tesmar"},
		"The convoy left at dawn": {"officials from both countries", ""},
	}
	for _, st := range e.Attribute(doc).Statements {
		if w, ok := want[st.Text]; ok {
			delete(want, st.Text)
			if st.Speaker != w[0] || st.Party != w[1] {
				t.Errorf("%q: %q (%q), want %q (%q)", st.Text, st.Speaker, st.Party, w[0], w[1])
			}
		}
	}
	for text := range want {
		t.Errorf("no statement %q", text)
	}
}

// A title's posting reads over its "the" to the name after it: "Senior
// Adviser to the President Tomas Velk" holds that office, not the
// President's; "for the" likewise.
func TestResolvePostingOverThe(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	cases := []struct{ title, para, speaker, role string }{
		{"Statement by Senior Adviser to the President Tomas Velk", "The dam is safe, Velk said.", "Tomas Velk", "Senior Adviser to the President"},
		{"Statement by Special Envoy for the Ruvo Delta Dana Orsk", "The ferries will run again, Orsk said.", "Dana Orsk", "Special Envoy for the Ruvo Delta"},
	}
	for _, c := range cases {
		doc := &Document{Title: c.title, Declared: inventedParties, Paragraphs: paragraphs(c.para)}
		sts := e.Attribute(doc).Statements
		if len(sts) != 1 || sts[0].Speaker != c.speaker || sts[0].Role != c.role {
			t.Errorf("%s: %+v, want %q (%q)", c.title, sts, c.speaker, c.role)
		}
	}
}
