package data

import "testing"

// Whose party a transcript turn gets when its label alone does not say:
// an unknown leader must not borrow the other leader's party, while the
// anonymous officials of a government press call are that government's.
func TestTranscriptLabelParty(t *testing.T) {
	a := attrTestAttributor(t)
	decl := Declared{
		Parties:  []PartyDecl{{Name: "Varanda", Aliases: []string{"Varandan", "Port Selin"}}, {Name: "Kestria", Aliases: []string{"Kestrian"}}},
		Speakers: []SpeakerDecl{{Name: "Anton Derev", Role: "President", Party: "Kestria"}},
	}
	type turn struct{ label, text string }
	cases := []struct {
		name     string
		title    string
		dateline string
		turns    []turn
		want     []wantStmt
	}{
		{"an unknown leader beside a known one keeps party null", "Remarks by President Derev and President Orlan of Varanda", "", []turn{
			{"PRESIDENT DEREV", "Welcome to the capital."},
			{"PRESIDENT ORLAN", "Thank you for the welcome."},
			{"PRESIDENT DEREV", "We signed the ferry treaty."}},
			[]wantStmt{{"Anton Derev", "Kestria", Direct, "Welcome"},
				{"Orlan", "", Direct, "Thank you"},
				{"Anton Derev", "Kestria", Direct, "We signed"}}},
		{"an unknown aide at a home briefing is the home party's", "Press Briefing by President Derev", "", []turn{
			{"PRESIDENT DEREV", "Welcome."},
			{"MR. TAVI", "The harbour opens on Monday."}},
			[]wantStmt{{"Anton Derev", "Kestria", Direct, "Welcome"},
				{"Mr. Tavi", "Kestria", Direct, "The harbour"}}},
		{"a moderator beside leaders is no one's", "Test", "", []turn{
			{"MODERATOR", "First question, please."},
			{"PRESIDENT DEREV", "The treaty holds."}},
			[]wantStmt{{"Moderator", "", Direct, "First question"},
				{"Anton Derev", "Kestria", Direct, "The treaty holds."}}},
		{"officials and moderator of a home government's call", "Test", "Port Selin", []turn{
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
		{"a press aide named on an officials call is the government's", "Test", "Port Selin", []turn{
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
			b := &Briefing{Title: c.title, Dateline: c.dateline, Declared: decl}
			for _, tu := range c.turns {
				b.Paragraphs = append(b.Paragraphs, Paragraph{Label: tu.label, Text: tu.text})
			}
			a.Attribute(b)
			checkStatements(t, b, c.want)
		})
	}
}
