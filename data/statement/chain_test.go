package statement_test

import "testing"

// TestChainedSayings: a second cue of the same subject ends the first
// statement when the first reports a clause or a quotation, or the
// second is "said"; the object of a stance and the saying that goes on
// from it stay one statement, as the annotated readouts take them.
func TestChainedSayings(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a participle of saying after a quotation is a statement of its own",
			[]string{"Ana Velk said “the talks are over,” adding that Orlavia would not return."},
			[]string{
				`said direct=true: ¶0 "the talks are over"`,
				`adding direct=false: ¶0 "Orlavia would not return"`,
			}},
		{"a second said ends the first clause",
			[]string{"Ana Velk said the truce was fragile, and said that Kestria had broken it."},
			[]string{
				`said direct=false: ¶0 "the truce was fragile"`,
				`said direct=false: ¶0 "Kestria had broken it"`,
			}},
		{"a second said ends a stance's object too",
			[]string{"Jonas Vell expressed concern about the dam and said he hoped the talks would resume."},
			[]string{
				`expressed direct=false: ¶0 "concern about the dam"`,
				`said direct=false: ¶0 "he hoped the talks would resume"`,
			}},
		{"an auxiliary before the second cue is not content",
			[]string{"Ana Velk said the truce was fragile and has also warned that Kestria would break it."},
			[]string{
				`said direct=false: ¶0 "the truce was fragile"`,
				`warned direct=false: ¶0 "Kestria would break it"`,
			}},
		{"a stance's object and the saying that explains it stay one",
			[]string{"The Minister reiterated the importance of the river accord, and noted that Tesmar stands ready to help."},
			[]string{`reiterated direct=false: ¶0 "the importance of the river accord, and noted that Tesmar stands ready to help"`}},
		{"a clause after a stance's object is no reported clause",
			[]string{"The President commended the role Kestria plays in the region and welcomed the summit in Port Selin."},
			[]string{`commended direct=false: ¶0 "the role Kestria plays in the region and welcomed the summit in Port Selin"`}},
	})
}
