package statement_test

import "testing"

// TestChainedSayings: a second cue of the same subject ends the first
// statement, each verb saying its own thing; what a readout's subject
// restates or calls something, and a participle's that-clause giving the
// reason for a stance, stay one statement, as the annotated readouts take
// them.
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
		{"a clause inside a stance's object does not split it",
			[]string{"The President commended the role Kestria plays in the region."},
			[]string{`commended direct=false: ¶0 "the role Kestria plays in the region"`}},
		{"each verb of judgment says its own thing",
			[]string{"Ana Velk denounced the missile tests and pledged to confront the smugglers."},
			[]string{
				`denounced direct=false: ¶0 "the missile tests"`,
				`pledged direct=false: ¶0 "to confront the smugglers"`,
			}},
		{"two stances of one subject are two statements",
			[]string{"The President commended the role Kestria plays in the region and welcomed the summit in Port Selin."},
			[]string{
				`commended direct=false: ¶0 "the role Kestria plays in the region"`,
				`welcomed direct=false: ¶0 "the summit in Port Selin"`,
			}},
		{"a participle of saying after praise is a statement of its own",
			[]string{"Jonas Vell praised the envoy, stating there was a benefit to having her in the talks."},
			[]string{
				`praised direct=false: ¶0 "the envoy"`,
				`stating direct=false: ¶0 "there was a benefit to having her in the talks"`,
			}},
		{"what a restating verb's subject adds explains the position",
			[]string{"Tesmar reaffirmed its respect for Orlavia's sovereignty and pledged to continue its aid."},
			[]string{`reaffirmed direct=false: ¶0 "its respect for Orlavia's sovereignty and pledged to continue its aid"`}},
		{"a that-clause after a participle gives the reason for the stance",
			[]string{"Countries in the region have encouraged continued dialogue, emphasising that negotiated solutions are essential."},
			[]string{`encouraged direct=false: ¶0 "continued dialogue, emphasising that negotiated solutions are essential"`}},
		{"what something is called and what explains it stay one",
			[]string{"Officials in Velmar described the talks as constructive, highlighting the willingness on both sides to meet again."},
			[]string{`described direct=false: ¶0 "the talks as constructive, highlighting the willingness on both sides to meet again"`}},
	})
}
