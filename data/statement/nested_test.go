package statement_test

import "testing"

// TestReportedWithin: a saying inside what another speaker reports or
// says is the outer speaker's statement only; a chained saying of the
// same subject, an as-clause and a stance nested in a stance keep their
// own rules.
func TestReportedWithin(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a saying the press tells of",
			[]string{"Kestrian television told viewers that Jonas Vell said the talks had failed."},
			[]string{`told direct=false: ¶0 "Jonas Vell said the talks had failed"`}},
		{"a saying inside what an according-to source says",
			[]string{"Jonas Vell told reporters the talks had failed, according to Kestrian television."},
			[]string{`according to direct=false: ¶0 "Jonas Vell told reporters the talks had failed"`}},
		{"a saying inside a saying",
			[]string{"Ana Velk said Jonas Vell had told her the border would stay closed."},
			[]string{`said direct=false: ¶0 "Jonas Vell had told her the border would stay closed"`}},
		{"a chained saying is the subject's own",
			[]string{"Ana Velk said the talks were over, adding that the border would stay closed."},
			[]string{
				`said direct=false: ¶0 "the talks were over"`,
				`adding direct=false: ¶0 "the border would stay closed"`,
			}},
		{"a nominal saying cited in a saying stays its speaker's",
			[]string{"Ana Velk said she shared the President’s warning that the dam was unsafe."},
			[]string{
				`said direct=false: ¶0 "she shared the President’s warning that the dam was unsafe"`,
				`warning direct=false: ¶0 "the dam was unsafe"`,
			}},
		{"an as-clause agrees with the saying it follows and reports none",
			[]string{"Ana Velk said the truce held, as Jonas Vell noted."},
			[]string{
				`said direct=false: ¶0 "the truce held"`,
				`noted direct=false: ¶0 "Ana Velk said the truce held"`,
			}},
	})
}

// TestReportedWithinSpeakerAside: a cue in the speaker's description
// (a relative clause of an appositive) reports nothing the speaker says,
// even when the engine gives it the speaker's quotation.
func TestReportedWithinSpeakerAside(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a cue in the speaker's appositive",
			[]string{"“The port will stay open,” said Jonas Vell, a Kestrian envoy who advised the council."},
			[]string{`said direct=true: ¶0 "The port will stay open"`}},
		{"a participle in the speaker's appositive",
			[]string{"“The port will stay open,” said Jonas Vell, a former Kestrian envoy supporting Ana Velk."},
			[]string{`said direct=true: ¶0 "The port will stay open"`}},
		{"a cue clause set between a subject and its verb describes no one",
			[]string{"The museum, Ana Velk said, celebrated several of her heroes."},
			[]string{`said direct=false: ¶0 "The museum" ¶0 "celebrated several of her heroes"`}},
	})
}
