package statement_test

import "testing"

// TestRelativeCutOff: content cut before another speaker's clause leaves
// no relative word behind it (", which", ", in which"); a relative
// without a comma names what the clause it opens defines, and stays.
func TestRelativeCutOff(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a relative after a comma goes with the clause cut off",
			[]string{"Ana Velk welcomed the new council, which Jonas Vell said would meet in May."},
			[]string{
				`welcomed direct=false: ¶0 "the new council"`,
				`said direct=false: ¶0 "would meet"`,
			}},
		{"and its preposition",
			[]string{"Orlavia and Kestria concluded a treaty on fishing, under which Ana Velk said the fleets would share the bay."},
			[]string{
				`concluded direct=false: ¶0 "a treaty on fishing"`,
				`said direct=false: ¶0 "the fleets would share the bay"`,
			}},
	})
}
