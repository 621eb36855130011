package data

import "testing"

// Whose party a transcript turn gets when its label alone does not say:
// an unknown leader must not borrow the other leader's party, while the
// anonymous officials of a government press call are that government's.
func TestTranscriptLabelParty(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	decl := Declared{
		Parties:  []PartyDecl{{Name: "Varanda", Aliases: []string{"Varandan", "Port Selin"}}, {Name: "Kestria", Aliases: []string{"Kestrian"}}},
		Speakers: []SpeakerDecl{{Name: "Anton Derev", Role: "President", Party: "Kestria"}},
	}
	type turn struct{ label, text string }
	cases := []struct {
		name      string
		title     string
		publisher string
		turns     []turn
		want      []wantStmt
	}{
		// The title says "President Orlan of Varanda": his party is the
		// title's, and a surname the gazetteer does not know keeps its
		// title. The case without "of Varanda" after it is the one that
		// keeps party null.
		{"an unknown leader the title places", "Remarks by President Derev and President Orlan of Varanda", "", []turn{
			{"PRESIDENT DEREV", "Welcome to the capital."},
			{"PRESIDENT ORLAN", "Thank you for the welcome."},
			{"PRESIDENT DEREV", "We signed the ferry treaty."}},
			[]wantStmt{{"Anton Derev", "Kestria", Direct, "Welcome"},
				{"President Orlan", "Varanda", Direct, "Thank you"},
				{"Anton Derev", "Kestria", Direct, "We signed"}}},
		{"an unknown leader beside a known one keeps party null", "Remarks by President Derev and President Orlan", "", []turn{
			{"PRESIDENT DEREV", "Welcome to the capital."},
			{"PRESIDENT ORLAN", "Thank you for the welcome."}},
			[]wantStmt{{"Anton Derev", "Kestria", Direct, "Welcome"},
				{"President Orlan", "", Direct, "Thank you"}}},
		// A named person no one knows who speaks at a government's
		// briefing is as often a guest (a mayor, a foreign minister, a
		// journalist who moderates) as its aide: the corpus's briefings
		// have all of these. Only a call of the government's anonymous
		// officials makes its named staff the government's (below).
		{"an unknown speaker at a home briefing keeps party null", "Press Briefing by President Derev", "", []turn{
			{"PRESIDENT DEREV", "Welcome."},
			{"MR. TAVI", "The harbour opens on Monday."}},
			[]wantStmt{{"Anton Derev", "Kestria", Direct, "Welcome"},
				{"Mr. Tavi", "", Direct, "The harbour"}}},
		{"a moderator beside leaders is no one's", "Test", "", []turn{
			{"MODERATOR", "First question, please."},
			{"PRESIDENT DEREV", "The treaty holds."}},
			[]wantStmt{{"Moderator", "", Direct, "First question"},
				{"Anton Derev", "Kestria", Direct, "The treaty holds."}}},
		// The home government is the publisher's (or the page's
		// address's). The old cases gave it by a dateline ("PORT SELIN");
		// but a dateline says where a call was held, and a delegation
		// abroad briefs from its host's capital.
		{"officials and moderator of a home government's call", "Test", "Ministry of Foreign Affairs of Varanda", []turn{
			{"MODERATOR", "This call is on background."},
			{"SENIOR MINISTRY OFFICIAL", "The locks reopen on Monday."},
			{"QUESTION", "When will the ferries run?"},
			{"SENIOR MINISTRY OFFICIAL 2", "Next week."}},
			[]wantStmt{{"Moderator", "Varanda", Direct, "This call"},
				{"Senior Ministry Official", "Varanda", Direct, "The locks reopen"},
				{"Reporter", "", Question, "When will"},
				{"Senior Ministry Official 2", "Varanda", Direct, "Next week."}}},
		{"administration officials are the White House's own term", "Test", "", []turn{
			{"MODERATOR", "This call is on background."},
			{"SENIOR ADMINISTRATION OFFICIAL", "The summit agreed on the ferries."}},
			[]wantStmt{{"Moderator", "United States", Direct, "This call"},
				{"Senior Administration Official", "United States", Direct, "The summit"}}},
		{"a press aide named on an officials call is the government's", "Test", "Ministry of Foreign Affairs of Varanda", []turn{
			{"MR. TAVI", "Thanks for joining."},
			{"SENIOR MINISTRY OFFICIAL", "The locks reopen on Monday."}},
			[]wantStmt{{"Mr. Tavi", "Varanda", Direct, "Thanks"},
				{"Senior Ministry Official", "Varanda", Direct, "The locks reopen"}}},
		{"officials with no home party stay null", "Test", "", []turn{
			{"MODERATOR", "This call is on background."},
			{"SENIOR MINISTRY OFFICIAL", "The locks reopen on Monday."}},
			[]wantStmt{{"Moderator", "", Direct, "This call"},
				{"Senior Ministry Official", "", Direct, "The locks reopen"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := &Briefing{Title: c.title, Publisher: c.publisher, Declared: decl}
			for _, tu := range c.turns {
				b.Paragraphs = append(b.Paragraphs, Paragraph{Label: tu.label, Text: tu.text})
			}
			a.Attribute(b)
			checkStatements(t, b, c.want)
		})
	}
}
