package statement_test

import "testing"

// TestMarksAloneAreNoContent: a content slot that caught only a dash or a
// bracket says nothing (the quotation before the cue went to the
// statement it interrupts).
func TestMarksAloneAreNoContent(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a dash after a cue inside the writer's dashes",
			[]string{"Velk suggested Arno had shown a fondness for brutal leaders - “He would have loved the old tyrant,” Velk said twice - and repeatedly reminded the crowd of the stakes."},
			[]string{
				`suggested direct=false: ¶0 "Arno had shown a fondness for brutal leaders - “He would have loved the old tyrant,”"`,
				`reminded direct=false: ¶0 "of the stakes"`,
			}},
	})
}
