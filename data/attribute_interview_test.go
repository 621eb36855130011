package data

import "testing"

// An interview printed as questions and answers: "Q:" is the reporter,
// "A:" the interviewee the story names, not the reporter going on; an
// "A:" with no question before it is no label.
func TestInterviewAnswers(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	b := mustParse(t, "i.txt", "The dam hits home for surgeon Ana Velk\n"+
		"Surgeon Ana Velk has treated patients across Kestria for twenty years. Her memoir is published Tuesday.\n"+
		"Q: You open your book on the day the dam broke. What did you find?\n"+
		"A: I came home and the valley was gone.\n"+
		"Q: Did anyone help you?\n"+
		"A: No one did. No one called.\n")
	a.Attribute(b)
	checkStatements(t, b, []wantStmt{
		{"Reporter", "", Question, "You open your book"},
		{"Ana Velk", "", Direct, "I came home"},
		{"Reporter", "", Question, "Did anyone help you?"},
		{"Ana Velk", "", Direct, "No one did."}})

	b = mustParse(t, "o.txt", "Options for the Selin crossing\n"+
		"MR ODRAN: There are two options.\n"+
		"A: the old bridge, rebuilt.\n"+
		"MR ODRAN: We prefer the first.\n")
	for _, p := range b.Paragraphs {
		if p.Label == "A" {
			t.Errorf("an answer label without a question: %+v", p)
		}
	}
}
