package attribution

import "testing"

// TestResolvePronounAfterMainSubject holds the pronouns news prose gives
// a speaker after a quotation or a clause about someone else: the
// antecedent is the subject of the clause before, not a name the clause
// mentions nor the speaker of an earlier paragraph.
func TestResolvePronounAfterMainSubject(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	cases := []struct {
		name string
		doc  Document
		want []wantStatement
	}{
		{"he said after a quotation is the subject of the sentence before, not the man it mentions",
			Document{Paragraphs: paragraphs(
				"Paul Arno never mentioned Velk by name. Instead, he suggested that no one had fought harder against the tax.",
				"John Velk, who spoke for more than an hour, did not mention Arno until a reference to the loan. “He didn't report the loans,” he said as some booed.",
			)},
			[]wantStatement{{"John Velk", "", "He didn't report the loans"}}},
		{"a phrase of time between the subject and its verb leaves it the subject",
			Document{Paragraphs: paragraphs(
				"Paul Arno met John Velk in Varn this week. Arno agreed to end his bid in Ostra.",
				"As he has before, Velk on Friday played down the idea that he had struck a deal with Arno. “There never was a grand alliance,” he said.",
			)},
			[]wantStatement{{"John Velk", "", "There never was a grand alliance"}}},
		{"a name opening the quoted words is what he says, not who he is",
			Document{Paragraphs: paragraphs(
				"“The count was fair,” said Paul Osso, a Tesmari lawmaker.",
				"Mark Terzi further summed up Anna Verel as “terrible” and said the vote should be held again. Verel “caused tremendous harm,” he said.",
			)},
			[]wantStatement{{"Mark Terzi", "", "Verel “caused tremendous harm"}}},
		{"she after whose fate the clause is about is that woman, not the last speaker",
			Document{Paragraphs: paragraphs(
				"“People stood hours in line,” said Anna Ganto of the Varn Monitor, who observed the voting.",
				"Maria Velk's fate is still unclear, but she said last week that she would govern the country. “I'm going to be above the president,” she said.",
			)},
			[]wantStatement{
				{"Maria Velk", "", "she would govern the country"},
				{"Maria Velk", "", "I'm going to be above the president"},
			}},
		{"a place that opens the sentence before is no antecedent of he added",
			Document{Paragraphs: paragraphs(
				"A few minutes later, Senator John Murrow followed up: “There’s just a ton of paperwork with this job,” he said.",
				"In that sense, Kestel Bridge wasn’t just a national tragedy, but a personal summons. “This was something different,” he added.",
			)},
			[]wantStatement{{"John Murrow", "", "This was something different"}}},
		{"a possessor inside the sentence is no topic: she is the woman the phrase before names",
			Document{Paragraphs: paragraphs(
				"“The count will hold,” Governor Velk said on Monday. He said it twice.",
				"To the political scientist Brigid Terzi, Velk's stare seemed to reflect sadness. “It looked like a bitter pill he was swallowing,” she said.",
			)},
			[]wantStatement{{"Brigid Terzi", "", "It looked like a bitter pill he was swallowing"}}},
		{"a name that opens its sentence before a phrase set off by commas is its subject, not the speaker before",
			Document{Paragraphs: paragraphs(
				"“Our assumption is that the veto will fail,” Senate Leader Mark Arno, R-Varn., said Tuesday.",
				"Speaker Jon Velk, R-Ostra, despite admitting that he had his doubts about the bill, now thinks Arno is right.",
				"“I do think the votes are there,” he said.",
			)},
			[]wantStatement{
				{"Mark Arno", "", "Our assumption is that the veto will fail"},
				{"Jon Velk", "", "I do think the votes are there"},
			}},
		{"a name before a short parenthesis ('(R-Ru.)') and its verb is its clause's subject",
			Document{Paragraphs: paragraphs(
				"“He is going to be in demand,” said Tomas Velk, head of the Varn Fund.",
				"Whether Velk will campaign in Ruvo is less clear. Velk won the primary there, giving him momentum. Velk will decide soon. Sen. Jon Arno (R-Ru.) is an underdog in his race. He said last week that he needs a lot of help.",
			)},
			[]wantStatement{
				{"Tomas Velk", "", "He is going to be in demand"},
				{"Jon Arno", "", "he needs a lot of help"},
			}},
	}
	for _, c := range cases {
		checkStatements(t, e, c.name, &c.doc, c.want)
	}
}
