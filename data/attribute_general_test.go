package data

import "testing"

// Shapes met in real releases outside the dev set, each reduced to
// invented parties and people: groups with odd tokens, commissive cues,
// plural "they", first person under a byline, "as X noted".
var generalDecl = Declared{Parties: []PartyDecl{
	{Name: "Varanda", Aliases: []string{"Varandan", "Port Selin"}},
	{Name: "Kestria", Aliases: []string{"Kestrian", "Ostrava Nova"}},
	{Name: "K5", Aliases: []string{"Kessel Five"}},
}}

// shapeCase is a few paragraphs and the statements they must give.
type shapeCase struct {
	name  string
	paras []string
	want  []wantStmt
}

// attributeShape attributes paras as the body of one briefing that
// declares generalDecl's parties.
func attributeShape(a *Attributor, paras []string) *Briefing {
	b := &Briefing{Title: "Test", Declared: generalDecl}
	for _, p := range paras {
		b.Paragraphs = append(b.Paragraphs, Paragraph{Text: p})
	}
	a.Attribute(b)
	return b
}

func TestAttributionGeneralShapes(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	cases := []shapeCase{
		// "agreed to" + infinitive is no cue of the staged engine ("agree"
		// reports only a that-clause): "pledged" keeps the case about "+"
		{"a group with a plus sign is wider than its party", []string{
			"The K5+ pledged to fund the ferry.",
			"K5+ ministers pledged to open the port.",
			"This week, Varanda and K5+ partners announced a grain corridor."},
			[]wantStmt{{"the K5+", "", Reported, "to fund the ferry"},
				{"K5+ ministers", "", Reported, "to open the port"},
				{"Varanda and K5+ partners", "", Reported, "a grain corridor"}}},
		{"committed to is a commissive; is committed to is not", []string{
			"Kestria has committed to finance the new locks.",
			"Varanda is committed to peace."},
			[]wantStmt{{"Kestria", "Kestria", Reported, "finance the new locks"}}},
		{"they after a topic verb is the plural subject", []string{
			"The two ministers also discussed the dam. They also affirmed their support for the river commission."},
			[]wantStmt{{"the two ministers", "", Reported, "the dam"}, {"the two ministers", "", Reported, "their support for the river commission"}}},
		{"they after met with a list of people", []string{
			"Foreign Minister Ilse Marrow met with Kestrian Deputy Foreign Minister Jonas Vell and Varandan Trade Minister Ana Dorsic today in Port Selin, where they reiterated their commitment to the ceasefire."},
			[]wantStmt{{"Marrow, Vell, and Dorsic", "", Reported, "their commitment to the ceasefire"}}},
		{"they after spoke with someone about a topic", []string{
			"Foreign Minister Ilse Marrow spoke today with Kestrian Deputy Foreign Minister Jonas Vell about efforts by K5 partners and Varandan officials to open the port. They discussed the ferries."},
			[]wantStmt{{"Ilse Marrow", "", Reported, "efforts by K5 partners and Varandan officials to open the port"},
				{"Marrow and Vell", "", Reported, "the ferries"}}},
		{"they after met with a possessive group", []string{
			"Foreign Minister Ilse Marrow met with her K5 counterparts to discuss the strait. They agreed that a ferry treaty is the best outcome."},
			[]wantStmt{{"Marrow and her K5 counterparts", "", Reported, "a ferry treaty is the best outcome"}}},
		{"a coordinated subject stays the referent of they", []string{
			"The Varandan envoy and the Kestrian envoy condemned the raid. They reaffirmed the truce."},
			[]wantStmt{{"the Varandan envoy and the Kestrian envoy", "", Reported, "the raid"},
				{"the Varandan envoy and the Kestrian envoy", "", Reported, "the truce"}}},
		{"first person under a byline is the signatory", []string{
			"Ilse Marrow, Foreign Minister of Varanda",
			"Last week, I echoed the President’s warning that the dam was unsafe. I noted then that the locks had failed.",
			"Today, I can announce that, based on the surveys, the Varandan government assesses that the dam must close."},
			// what the author cites is its speaker's too (the new engine's
			// convention): "the President’s warning that …" is the
			// President's, of the government the author writes for; a
			// person named only by a title is named by the title, as a
			// label "THE PRESIDENT" is "President" (bodies keep "the")
			[]wantStmt{{"Ilse Marrow", "Varanda", Reported, "the President’s warning"},
				{"President", "Varanda", Reported, "the dam was unsafe"},
				{"Ilse Marrow", "Varanda", Reported, "the locks had failed"},
				{"Ilse Marrow", "Varanda", Reported, "based on the surveys, the Varandan government assesses"},
				{"the Varandan government", "Varanda", Reported, "the dam must close"}}},
		{"first person without a byline is no one", []string{
			"I noted then that the locks had failed."},
			nil},
		{"first person in a transcript turn is no byline's", []string{
			"Ilse Marrow, Foreign Minister of Varanda",
			"MR VELL: I noted then that the locks had failed."},
			[]wantStmt{{"Mr Vell", "", Direct, "I noted then that the locks had failed."}}},
		{"a trailing as-clause with a named source reports the main clause", []string{
			"The strike hit the Selin ferry terminal, as the K5 Office of the Commissioner for Ports expressly noted in a May 3 report."},
			[]wantStmt{{"the K5 Office of the Commissioner for Ports", "K5", Reported, "The strike hit the Selin ferry terminal"}}},
		{"an as-clause before a quotation gives the quotation", []string{
			"The siege has shocked the region and, as President Anton Derev of Kestria has soberly attested, “left the valley in mourning.”"},
			[]wantStmt{{"Anton Derev", "Kestria", Direct, "left the valley in mourning."}}},
		{"an institution named with of is no person", []string{
			"The Office of Varandan Port Control said the harbour would close."},
			[]wantStmt{{"the Office of Varandan Port Control", "Varanda", Reported, "the harbour would close"}}},
		{"officials in an unknown place speak for no party brief can tell", []string{
			"As of May 2, officials in besieged Ruvo said that the water had run out."},
			[]wantStmt{{"officials in besieged Ruvo", "", Reported, "the water had run out"}}},
		{"an unknown place placed by the text itself", []string{
			"Shelling reached Ruvo, Kestria, on Sunday.",
			"Officials in Ruvo said that the water had run out."},
			[]wantStmt{{"Officials in Ruvo", "Kestria", Reported, "the water had run out"}}},
		// the old engine dropped this statement (its phrase rule for an
		// unknown place ended the body's phrase and left no speaker); the
		// officials are Kestria's, wherever they are, and they said it
		{"a party's officials in an unknown place are that party's", []string{
			"Kestrian officials in Ruvo said that the water had run out."},
			[]wantStmt{{"Kestrian officials in Ruvo", "Kestria", Reported, "the water had run out"}}},
		{"a speech that is one labelled turn goes on to its end", []string{
			"Ilse Marrow, Foreign Minister of Varanda",
			"FOREIGN MINISTER MARROW: President Derev, thank you. We meet at a hard time.",
			"Our ferries carry grain again, and Kestria said this week that the port will stay open.",
			"###"},
			[]wantStmt{{"Ilse Marrow", "Varanda", Direct, "President Derev, thank you. We meet"},
				{"Ilse Marrow", "Varanda", Direct, "Our ferries carry grain"},
				{"Kestria", "Kestria", Reported, "the port will stay open"}}},
		{"one form-field label is no turn", []string{
			"UPDATE: The ferry left at noon."},
			nil},
		{"a comma list of speakers is all of them", []string{
			"Foreign Minister Ilse Marrow, Deputy Foreign Minister Jonas Vell and Trade Minister Ana Dorsic reiterated their support for the truce.",
			"Varanda, Kestria, and the K5 said the talks failed.",
			"In Port Selin, Varanda and Kestria said the talks failed."},
			[]wantStmt{{"Foreign Minister Ilse Marrow, Deputy Foreign Minister Jonas Vell and Trade Minister Ana Dorsic", "", Reported, "their support for the truce"},
				{"Varanda, Kestria, and the K5", "", Reported, "the talks failed"},
				{"Varanda and Kestria", "", Reported, "the talks failed"}}},
		{"committed to after a list is a reduced relative", []string{
			"Marrow convened a cohort of mayors, engineers, and donors committed to rebuilding the locks."},
			nil},
		{"a panel of bylines has no signatory", []string{
			"Ilse Marrow, Foreign Minister of Varanda",
			"Jonas Vell, Deputy Foreign Minister of Kestria",
			"I noted then that the locks had failed."},
			nil},
		{"an opening adverb is no member of a list", []string{
			"Together, Varanda and Kestria have committed to finance the locks."},
			[]wantStmt{{"Varanda and Kestria", "", Reported, "finance the locks"}}},
		{"they does not reach back three paragraphs", []string{
			"Kestrian officials said the convoy was late.",
			"The river rose overnight.",
			"The ferries stopped.",
			"They agreed that the port would close."},
			[]wantStmt{{"Kestrian officials", "Kestria", Reported, "the convoy was late"}}},
		{"a speaker and his counterparts", []string{
			"Foreign Minister Ilse Marrow and her K5 counterparts agreed that the strait must stay open."},
			[]wantStmt{{"Foreign Minister Ilse Marrow and her K5 counterparts", "", Reported, "the strait must stay open"}}},
		{"a bureau's region in a byline is no party", []string{
			"Ruben Sato, Assistant Minister, Bureau of Kestrian and Coastal Affairs",
			"I noted then that the locks had failed."},
			[]wantStmt{{"Ruben Sato", "", Reported, "the locks had failed"}}},
		// "welcomed" is an object cue of the staged engine, so the ministers
		// speak; the list's last item must not speak for "announced"
		{"the last of a list with an Oxford comma is no speaker alone", []string{
			"The ministers welcomed the measures Varanda, Kestria, and other partners announced on Monday."},
			[]wantStmt{{"the ministers", "", Reported, "the measures Varanda, Kestria, and other partners announced"}}},
		{"spoke today in a place with, and a title split by and", []string{
			"Foreign Minister Ilse Marrow spoke today in Port Selin with Kestrian Ministry of Ports and Trade Secretary Jonas Vell. They condemned the raid on the ferry."},
			[]wantStmt{{"Marrow and Vell", "", Reported, "the raid on the ferry"}}},
		{"according to a source with a relative clause: the report is after it", []string{
			"According to Jonas Vell, who chairs the ferry talks, the two sides remain far apart.",
			"According to a senior Kestrian official who spoke on condition of anonymity, the locks will reopen.",
			"The strait will stay open, according to the Varandan ministry, which issued a notice on Monday."},
			[]wantStmt{{"Jonas Vell", "", Reported, "the two sides remain far apart"},
				{"a senior Kestrian official", "Kestria", Reported, "the locks will reopen"},
				{"the Varandan ministry", "Varanda", Reported, "The strait will stay open"}}},
		{"a quotation before 'told reporters on a conference call' is the statement", []string{
			"“There is no alternative to talks,” Varandan spokesman Jonas Vell told reporters on a conference call.",
			"“The locks stay shut,” Vell said in his nightly video address.",
			"Vell said on a conference call that the locks stay shut."},
			[]wantStmt{{"Jonas Vell", "Varanda", Direct, "There is no alternative to talks"},
				{"Jonas Vell", "Varanda", Direct, "The locks stay shut"},
				{"Jonas Vell", "Varanda", Reported, "the locks stay shut"}}},
		{"a name with particles the tagger reads as verbs", []string{
			"Maria dos Santos told reporters the ferry would run.",
			"Frans van der Berg, the Kestrian envoy, said the port would reopen."},
			[]wantStmt{{"Maria dos Santos", "", Reported, "the ferry would run"},
				{"Frans van der Berg", "Kestria", Reported, "the port would reopen"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := attributeShape(a, c.paras)
			checkStatements(t, b, c.want)
		})
	}
}
