package data

import "testing"

// Shapes the third blind held-out set found, reduced to invented parties
// and people: a topic verb chained to a cue, a coordinated title subject.
func TestAttributionCoordinatedShapes(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	cases := []shapeCase{
		// a topic verb ("discussed") tells what a readout's principals
		// talked about, a statement of its own that ends before the
		// subject's next verb
		{"a topic verb and a cue share the subject", []string{
			"President Anton Derev and Foreign Minister Ilse Marrow discussed the flood and reaffirmed their commitment to the river commission.",
			"The two leaders reviewed the budget, the locks and the ferries, and underscored the need for more funding.",
			"Kestria discussed the strait and agreed that the ferries must run."},
			[]wantStmt{{"President Anton Derev and Foreign Minister Ilse Marrow", "", Reported, "the flood"},
				{"President Anton Derev and Foreign Minister Ilse Marrow", "", Reported, "their commitment to the river commission"},
				{"the two leaders", "", Reported, "the need for more funding"},
				{"Kestria", "Kestria", Reported, "the strait"},
				{"Kestria", "Kestria", Reported, "the ferries must run"}}},
		{"a topic verb chained to a cue in the present", []string{
			"Varanda discusses the dam and reaffirms its support for the commission."},
			[]wantStmt{{"Varanda", "Varanda", Reported, "the dam"}, {"Varanda", "Varanda", Reported, "its support for the commission"}}},
		{"a cue after and in a relative clause is not the sentence subject's", []string{
			"Foreign Minister Ilse Marrow met villagers who discussed the flood and reaffirmed their support for the dam.",
			"The storm hit the coast and reaffirmed fears of flooding.",
			"Kestria discussed the flood and will reaffirm its support for the dam."},
			// the villagers reaffirmed it: a cue in a relative clause is
			// the relative's antecedent's (the old engine dropped it), and
			// never the sentence subject's; a future after a topic verb
			// reports nothing yet
			[]wantStmt{{"villagers", "", Reported, "the flood"}, {"villagers", "", Reported, "their support for the dam"},
				{"Kestria", "Kestria", Reported, "the flood"}}},
		{"a title coordinated with a plural body is a group", []string{
			"The Secretary and Foreign Ministers pledged to expand cooperation on the strait.",
			"Underscoring the importance of the river commission, the Secretary and Foreign Ministers committed to expand its budget.",
			"Recognizing the cost of the flood, the Minister and her counterparts committed to rebuild the locks."},
			[]wantStmt{{"the Secretary and Foreign Ministers", "", Reported, "to expand cooperation on the strait"},
				{"the Secretary and Foreign Ministers", "", Reported, "expand its budget"},
				{"the Minister and her counterparts", "", Reported, "rebuild the locks"}}},
		// the old engine read no commitment before a gerund; "committed to
		// rebuilding" is a commitment like "committed to rebuild", and
		// donors and engineers are people who can make it
		{"a title and a place are no group", []string{
			"The Secretary and Port Selin pledged to expand cooperation on the strait.",
			"Recognizing the cost of the flood, donors and engineers committed to rebuilding the locks."},
			[]wantStmt{{"donors and engineers", "", Reported, "rebuilding the locks"}}},
		{"he after a person introduced with named", []string{
			"Foreign Minister Ilse Marrow was elected in May. In our own country, a former president named Tobias Marlow voiced the same hope. He said, “Let the river unite us.”",
			"A former leader named Ruben Sato said, “The locks are ours.”"},
			[]wantStmt{{"Tobias Marlow", "", Reported, "the same hope"},
				{"Tobias Marlow", "", Direct, "Let the river unite us."},
				{"Ruben Sato", "", Direct, "The locks are ours."}}},
		{"he after a person coordinated with a party", []string{
			"Foreign Minister Ilse Marrow was elected in May. But President Anton Derev and Kestria met each proposal with ultimatums. Repeatedly, he asserted, “We want no war.”",
			"Foreign Minister Ilse Marrow was elected in May. Kestria and President Anton Derev met each proposal with ultimatums. He asserted, “We want no talks.”"},
			// a person coordinated with a party is not thereby that party's,
			// in either order (the old engine gave Kestria when the party
			// came first, by the accident of reading it as a modifier)
			[]wantStmt{{"Anton Derev", "", Direct, "We want no war."},
				{"Anton Derev", "", Direct, "We want no talks."}}},
		{"according to inside a that-clause reports the rest of it", []string{
			"It was important that, according to President Anton Derev, someone knew the new envoy."},
			[]wantStmt{{"Anton Derev", "", Reported, "someone knew the new envoy"}}},
		{"claims reported as false are the claimer's", []string{
			"Ostrava Nova is intentionally spreading outright lies that Varanda poisoned the river.",
			"Kestrian officials have peddled the falsehood that the locks were sabotaged.",
			"Kestria pushes the narrative that the ferries carry weapons.",
			"Kestria made the false claim that the dam was mined.",
			"Kestria has promoted conspiracy theories that the ferries carry weapons."},
			[]wantStmt{{"Kestria", "Kestria", Reported, "Varanda poisoned the river"},
				{"Kestrian officials", "Kestria", Reported, "the locks were sabotaged"},
				{"Kestria", "Kestria", Reported, "the ferries carry weapons"},
				{"Kestria", "Kestria", Reported, "the dam was mined"},
				{"Kestria", "Kestria", Reported, "the ferries carry weapons"}}},
		{"spreading lies with no that-clause reports nothing", []string{
			"Kestria is spreading lies about the river.",
			"This disinformation is the false claim that the dam was mined."},
			nil},
		{"we under a one-author byline is the signatory", []string{
			"Ilse Marrow, Foreign Minister of Varanda",
			"We urge the parties to reopen the locks. As we have said all along, Kestria is inventing pretexts.",
			"As I have said, the strait must stay open."},
			[]wantStmt{{"Ilse Marrow", "Varanda", Reported, "the parties to reopen the locks"},
				{"Ilse Marrow", "Varanda", Reported, "Kestria is inventing pretexts"},
				{"Ilse Marrow", "Varanda", Reported, "the strait must stay open"}}},
		{"an as-clause inside the author's clause is its own statement", []string{
			"Ilse Marrow, Foreign Minister of Varanda",
			"We urge the parties to ensure, as President Anton Derev has said, immediate access to the valley."},
			[]wantStmt{{"Ilse Marrow", "Varanda", Reported, "the parties to ensure, as President Anton Derev has said, immediate access"},
				// a titled person the author cites, with no other country
				// named, is the author's own ("as President Biden has said"
				// in the Secretary's statement)
				{"Anton Derev", "Varanda", Reported, "immediate access to the valley"}}},
		{"we without a byline, in a quotation or a turn is no signatory", []string{
			"We urge the parties to reopen the locks.",
			"Vell said: “We urge the parties to reopen the locks.”"},
			[]wantStmt{{"Vell", "", Direct, "We urge the parties to reopen the locks."}}},
		// "support" is a stance of the staged engine, no object cue: the
		// sentence is the author's own voice, whose content is what
		// follows the subject ("continue to support …"), the party and
		// the "including" adjunct in it
		{"a cue's party object is no adjunct of an attribution", []string{
			"Ilse Marrow, Foreign Minister of Varanda",
			"At the same time, we continue to support Kestria, including through new ferries."},
			[]wantStmt{{"Ilse Marrow", "Varanda", Reported, "continue to support Kestria, including through new ferries"}}},
		{"a speech act inside the author's attitude is its speaker's", []string{
			"Ilse Marrow, Foreign Minister of Varanda",
			"We are encouraged that the Government of Kestria has reiterated its commitment to the truce.",
			"We are similarly encouraged that Northern forces have withdrawn from the dam and have reiterated their commitment to talks.",
			"We welcome that Kestria has reaffirmed its support for the commission."},
			[]wantStmt{{"the Government of Kestria", "Kestria", Reported, "its commitment to the truce"},
				{"Northern forces", "", Reported, "their commitment to talks"},
				{"Ilse Marrow", "Varanda", Reported, "Kestria has reaffirmed"},
				{"Kestria", "Kestria", Reported, "its support for the commission"}}},
		{"someone else's noted-that stays one statement", []string{
			"Kestrian officials noted that Varanda has reaffirmed its support for the commission."},
			[]wantStmt{{"Kestrian officials", "Kestria", Reported, "Varanda has reaffirmed its support"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := attributeShape(a, c.paras)
			checkStatements(t, b, c.want)
		})
	}
}

// "THE PRESIDENT:" is a president met before the turn, not one the turn
// itself talks about.
func TestTranscriptLabelNotFromTurn(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	b := &Briefing{Title: "Remarks on the Strait", Declared: generalDecl, Paragraphs: []Paragraph{
		{Label: "THE PRESIDENT", Text: "President Anton Derev of Kestria was elected in May. We stand with him."},
		{Label: "Q", Text: "Thank you."}}}
	a.Attribute(b)
	checkStatements(t, b, []wantStmt{{"President", "", Direct, "President Anton Derev of Kestria was elected"},
		{"Reporter", "", Question, "Thank you."}})
	b = &Briefing{Title: "Remarks by President Derev of Kestria", Declared: generalDecl, Paragraphs: []Paragraph{
		{Label: "THE PRESIDENT", Text: "We stand with Varanda."},
		{Label: "Q", Text: "Thank you."}}}
	a.Attribute(b)
	// The title says who he is: "President Derev of Kestria", a surname
	// the gazetteer does not know, so the label is named with its title
	// ("a surname alone is no name", as for "Environment Minister Lenk"
	// below) and has the party the title gives him.
	checkStatements(t, b, []wantStmt{{"President Derev", "Kestria", Direct, "We stand with Varanda."},
		{"Reporter", "", Question, "Thank you."}})
}

// A claim the text calls false is not given to the home party by a guess:
// a publisher does not say its own government lies.
func TestDisputedClaimNoHomeGuess(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	b := &Briefing{Title: "Test", Declared: generalDecl, Dateline: "PORT SELIN", Paragraphs: []Paragraph{
		{Text: "Government officials have spread disinformation that the protests were staged."},
		{Text: "Government officials said that the protests were staged."},
		{Text: "Kestrian officials have spread disinformation that the protests were staged."}}}
	a.Attribute(b)
	checkStatements(t, b, []wantStmt{{"Government officials", "", Reported, "the protests were staged"},
		{"Government officials", "Varanda", Reported, "the protests were staged"},
		{"Kestrian officials", "Kestria", Reported, "the protests were staged"}})
}

// Officials who speak often in the releases brief reads are known, with
// the party they speak for.
func TestKnownOfficials(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	for name, party := range map[string]string{"John Kerry": "United States", "Samantha Power": "United States",
		"Katherine Tai": "United States", "Hans Grundberg": "United Nations", "Retno Marsudi": "Indonesia"} {
		id, ok := a.index().PersonID(name)
		if !ok {
			t.Errorf("%s: not known", name)
			continue
		}
		if p := a.index().Person(id).Party; p != party {
			t.Errorf("%s: party %q, want %q", name, p, party)
		}
	}
}

// "Education Secretary X" holds a portfolio title, so a later bare "the
// Secretary" is the Secretary named with that title alone.
func TestPortfolioTitleIsNoBareTitle(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	decl := Declared{Parties: generalDecl.Parties, Speakers: []SpeakerDecl{
		{Name: "Ilse Marrow", Role: "Secretary", Party: "Varanda"},
		{Name: "Jonas Vell", Role: "Education Secretary", Party: "Varanda"}}}
	b := &Briefing{Title: "Test", Declared: decl, Dateline: "PORT SELIN", Paragraphs: []Paragraph{
		{Text: "Secretary Marrow and Education Secretary Vell opened the plenary."},
		{Text: "And the Secretary urged the Kestrian president to keep the port open."}}}
	a.Attribute(b)
	checkStatements(t, b, []wantStmt{{"Ilse Marrow", "Varanda", Reported, "the Kestrian president to keep the port open"}})
}

// A speech whose one labelled turn is "THE PRESIDENT:" is that turn, as
// one under "SECRETARY X:" is.
func TestSoloTurnWithDefiniteTitle(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	decl := Declared{Parties: generalDecl.Parties, Speakers: []SpeakerDecl{{Name: "Anton Derev", Role: "President", Party: "Kestria"}}}
	cases := []struct {
		label string
		want  []wantStmt
	}{
		{"THE PRESIDENT", []wantStmt{{"Anton Derev", "Kestria", Direct, "Today, the river"},
			{"Varanda", "Varanda", Reported, "the ferries run"},
			{"Anton Derev", "Kestria", Direct, "We stand with Varanda."}}},
		// "The president:" in sentence case is no label, so the paragraph
		// keeps it; the paragraphs of "Remarks by President Derev …" are
		// still his, as a speech printed without labels is its speaker's
		// (the new engine reads such speeches; the old one did not)
		{"The president", []wantStmt{{"Anton Derev", "Kestria", Direct, "The president: Today, the river"},
			{"Varanda", "Varanda", Reported, "the ferries run"},
			{"Anton Derev", "Kestria", Direct, "We stand with Varanda."}}},
	}
	for _, c := range cases {
		b := &Briefing{Title: "Remarks by President Derev on the River", Declared: decl, Paragraphs: []Paragraph{
			{Text: "Port Selin"},
			{Text: c.label + ": Today, the river rose. Varanda said that the ferries run."},
			{Text: "We stand with Varanda."}}}
		a.Attribute(b)
		checkStatements(t, b, c.want)
	}
}

// A labelled speaker whose party is only the home party's guess speaks in
// their own turns, but speech another turn reports of them carries no
// party brief could stand behind.
func TestGuessedLabelPartyNotNested(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	decl := Declared{Parties: generalDecl.Parties, Speakers: []SpeakerDecl{{Name: "Ilse Marrow", Role: "Secretary", Party: "Varanda"}}}
	b := &Briefing{Title: "Remarks at the Forest Event", Declared: decl, Paragraphs: []Paragraph{
		{Label: "ENVIRONMENT MINISTER LENK", Text: "Good morning. The forest is growing."},
		{Label: "SECRETARY MARROW", Text: "Thank you. As the minister mentioned, the forest is growing."}}}
	a.Attribute(b)
	// No party is guessed for Lenk: a minister who speaks beside the
	// Secretary is as often her foreign counterpart as her colleague
	// (the corpus's "Remarks with Foreign Minister …"), and the label
	// does not say which. "As the minister mentioned, …" in Marrow's
	// turn is a description the talk makes known, not the text: no
	// statement (voice.ReportedInTurn).
	checkStatements(t, b, []wantStmt{{"Environment Minister Lenk", "", Direct, "Good morning."},
		{"Ilse Marrow", "Varanda", Direct, "Thank you."}})
}
