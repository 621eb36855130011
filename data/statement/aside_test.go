package statement_test

import "testing"

// TestAppositiveAsides: the writer's description of the content's
// subject, set off by commas before the clause resumes, is no part of
// what was said; a list and a clause that already has its verb keep
// theirs.
func TestAppositiveAsides(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a noun phrase describing the subject",
			[]string{"Ana Velk said Jonas Vell, a graduate of the Tesmari academy, will do an excellent job."},
			[]string{`said direct=false: ¶0 "Jonas Vell" ¶0 "will do an excellent job"`}},
		{"a participle describing the subject",
			[]string{"Ana Velk said the program, known as the fuel standard, can continue."},
			[]string{`said direct=false: ¶0 "the program" ¶0 "can continue"`}},
		{"a list of names",
			[]string{"Ana Velk said Tesmar, the host, Orlavia and Kestria will sign."},
			[]string{`said direct=false: ¶0 "Tesmar, the host, Orlavia and Kestria will sign"`}},
		{"a list of acts after the verb",
			[]string{"Ana Velk said the unit shelled the town, detained civilians, beat prisoners and left."},
			[]string{`said direct=false: ¶0 "the unit shelled the town, detained civilians, beat prisoners and left"`}},
	})
}

// TestRelativeClausesStay: a relative clause between commas stays in the
// content, as annotators read it more often than not; a phrase between
// dashes is still the writer's.
func TestRelativeClausesStay(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a relative clause on the subject",
			[]string{"Ana Velk said the talks, which began in May, will go on."},
			[]string{`said direct=false: ¶0 "the talks, which began in May, will go on"`}},
		{"a relative clause on a person",
			[]string{"Ana Velk said Jonas Vell, who led the delegation, will resign."},
			[]string{`said direct=false: ¶0 "Jonas Vell, who led the delegation, will resign"`}},
		{"a phrase between dashes",
			[]string{"Ana Velk said the voters - who had helped the party before - stayed home."},
			[]string{`said direct=false: ¶0 "the voters" ¶0 "stayed home"`}},
	})
}
