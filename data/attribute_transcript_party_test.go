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
		dateline string
		turns    []turn
		want     []wantStmt
	}{
		{"an unknown leader beside a known one keeps party null", "", []turn{
			{"PRESIDENT DEREV", "Welcome to the capital."},
			{"PRESIDENT ORLAN", "Thank you for the welcome."},
			{"PRESIDENT DEREV", "We signed the ferry treaty."}},
			[]wantStmt{{"Anton Derev", "Kestria", Direct, "Welcome"},
				{"President Orlan", "", Direct, "Thank you"},
				{"Anton Derev", "Kestria", Direct, "We signed"}}},
		{"a moderator beside leaders is no one's", "", []turn{
			{"MODERATOR", "First question, please."},
			{"PRESIDENT DEREV", "The treaty holds."}},
			[]wantStmt{{"Moderator", "", Direct, "First question"},
				{"Anton Derev", "Kestria", Direct, "The treaty holds."}}},
		{"officials and moderator of a home government's call", "Port Selin", []turn{
			{"MODERATOR", "This call is on background."},
			{"SENIOR MINISTRY OFFICIAL", "The locks reopen on Monday."},
			{"QUESTION", "When will the ferries run?"},
			{"SENIOR MINISTRY OFFICIAL 2", "Next week."}},
			[]wantStmt{{"Moderator", "Varanda", Direct, "This call"},
				{"Senior Ministry Official", "Varanda", Direct, "The locks reopen"},
				{"Reporter", "", Question, "When will"},
				{"Senior Ministry Official 2", "Varanda", Direct, "Next week."}}},
		{"administration officials are the White House's own term", "", []turn{
			{"MODERATOR", "This call is on background."},
			{"SENIOR ADMINISTRATION OFFICIAL", "The summit agreed on the ferries."}},
			[]wantStmt{{"Moderator", "United States", Direct, "This call"},
				{"Senior Administration Official", "United States", Direct, "The summit"}}},
		{"a press aide named on an officials call is the government's", "Port Selin", []turn{
			{"MR. TAVI", "Thanks for joining."},
			{"SENIOR MINISTRY OFFICIAL", "The locks reopen on Monday."}},
			[]wantStmt{{"Mr. Tavi", "Varanda", Direct, "Thanks"},
				{"Senior Ministry Official", "Varanda", Direct, "The locks reopen"}}},
		{"officials with no home party stay null", "", []turn{
			{"MODERATOR", "This call is on background."},
			{"SENIOR MINISTRY OFFICIAL", "The locks reopen on Monday."}},
			[]wantStmt{{"Moderator", "", Direct, "This call"},
				{"Senior Ministry Official", "", Direct, "The locks reopen"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := &Briefing{Title: "Test", Dateline: c.dateline, Declared: decl}
			for _, tu := range c.turns {
				b.Paragraphs = append(b.Paragraphs, Paragraph{Label: tu.label, Text: tu.text})
			}
			a.Attribute(b)
			checkStatements(t, b, c.want)
		})
	}
}
