package statement_test

import "testing"

// TestIntroducedLists: an introduction that opens a list of items that
// open with a verb takes each item's first sentence, up to a paragraph
// that opens a clause of its own; a heading before prose ends what any
// introduction takes; a colon after a verb of saying opens speech, which
// may open with a verb and goes on as before.
func TestIntroducedLists(t *testing.T) {
	checkStatements(t, []statementCase{
		{"items of verbs, each its first sentence, up to the writer's clause",
			[]string{"Today, the Orlavian government is announcing it will:",
				"Provide $5 million for the harbour of Port Selin. The harbour board will spend it by 2030.",
				"Develop and launch a new survey of the coast.",
				"Today’s action builds on the plan the council adopted in May."},
			[]string{
				`announcing direct=false: ¶0 "it will"`,
				`announcing direct=false: ¶1 "Provide $5 million for the harbour of Port Selin."`,
				`announcing direct=false: ¶2 "Develop and launch a new survey of the coast."`,
			}},
		{"items of gerunds up to a heading before prose",
			[]string{"The Kestrian ministry is announcing several steps, including:",
				"Opening two new border posts.",
				"Training 500 customs officers.",
				"Other Regional Commitments",
				"The envoys of Varanda and Tesmar met on Friday to discuss the route."},
			[]string{
				`announcing direct=false: ¶0 "several steps"`,
				`announcing direct=false: ¶1 "Opening two new border posts."`,
				`announcing direct=false: ¶2 "Training 500 customs officers."`,
			}},
		{"a list of names is no heading; a paragraph with its own cue ends it",
			[]string{"Today, President Velk announced her intent to appoint the following individuals:",
				"Ana Marr, Chair",
				"Jonas Arno",
				"Lena T. Osk",
				"The council advises the president on the arts."},
			[]string{
				`announced direct=false: ¶0 "her intent to appoint the following individuals"`,
				`announced direct=false: ¶1 "Ana Marr, Chair"`,
				`announced direct=false: ¶2 "Jonas Arno"`,
				`announced direct=false: ¶3 "Lena T. Osk"`,
				`advises direct=false: ¶4 "on the arts"`,
			}},
		{"speech after a verb of saying is no list",
			[]string{"In a speech last July, Jonas Vell said:",
				"Let no one be mistaken – the plan is a danger to Orlavia.",
				"It cannot be ignored.",
				"I feel strongly about this."},
			[]string{
				`said direct=false: ¶1 "Let no one be mistaken – the plan is a danger to Orlavia."`,
				`said direct=false: ¶2 "It cannot be ignored."`,
				`said direct=false: ¶3 "I feel strongly about this."`,
			}},
		{"speech goes on in paragraphs that speak of no one in the third person",
			[]string{"Speaking at the harbour, Jonas Vell said:",
				"The harbour will reopen in May.",
				"The new locks will serve the whole coast.",
				"During his visit, the minister will also open a school."},
			[]string{
				`said direct=false: ¶1 "The harbour will reopen in May."`,
				`said direct=false: ¶2 "The new locks will serve the whole coast."`,
			}},
		{"a short heading ends speech, and all that follows it is the release's",
			[]string{"In a speech last July, Jonas Vell said:",
				"The plan is a danger to Orlavia.",
				"Background",
				"The plan was adopted by the council in May."},
			[]string{
				`said direct=false: ¶1 "The plan is a danger to Orlavia."`,
			}},
	})
}
