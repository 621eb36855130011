package attribution

import "testing"

// TestResolveSubjectPastAppositiveAndRelative: a name with an appositive
// and a relative clause about the appositive's noun before its verb is
// still the clause's subject, whom a later "she" stands for, not the
// woman who spoke before.
func TestResolveSubjectPastAppositiveAndRelative(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	doc := Document{Paragraphs: paragraphs(
		"At a shop near the pier, a cashier was shaken. “Too much hate,” said the woman.",
		"Lena Pors, the organist at the Varn Church, which is on the same street as the pier, remembered when it still had a bell.",
		"Now, she said, the fishermen and the traders do not mix much.",
	)}
	checkStatements(t, e, "she after the organist's clause is the organist", &doc,
		[]wantStatement{{"Lena Pors", "", "Now the fishermen and the traders do not mix much"}})
}

// TestResolvePronounNotAPeople: "she" is not the people just named
// ("Muslims"), and a surname the tagger reads as plural is still its
// person once the story gives the full name.
func TestResolvePronounNotAPeople(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	doc := Document{Paragraphs: paragraphs(
		"At a shop near the mosque, a cashier was shaken by the harsh talk about Muslims she has heard since the attack. “One man came in and said we should fight them,” said the woman. “Too much hate,” she said, blaming some of it on the candidate Tom Arno. “I think he is causing a lot of this,” she said.",
	)}
	checkStatements(t, e, "she is the woman, not Muslims", &doc,
		[]wantStatement{{"the woman", "", "I think he is causing a lot of this"}})
}
