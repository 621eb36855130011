package attribution

import "testing"

// TestResolveSubjectPastAppositiveAndRelative: a name with an appositive
// and a relative clause about the appositive's noun before its verb is
// still the clause's subject, whom a later "she" stands for, not the
// woman who spoke before.
func TestResolveSubjectPastAppositiveAndRelative(t *testing.T) {
	e := testEngine(t)
	doc := Document{Paragraphs: paragraphs(
		"At a shop near the pier, a cashier was shaken. “Too much hate,” said the woman.",
		"Lena Pors, the organist at the Varn Church, which is on the same street as the pier, remembered when it still had a bell.",
		"Now, she said, the fishermen and the traders do not mix much.",
	)}
	checkStatements(t, e, "she after the organist's clause is the organist", &doc,
		[]wantStatement{{"Lena Pors", "", "Now the fishermen and the traders do not mix much"}})
}
