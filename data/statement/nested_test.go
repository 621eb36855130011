package statement_test

import (
	"strings"
	"testing"
)

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

// TestReportedWithinRelayed: what a medium reports ("reported that …",
// "…, Tesmar Radio reported") holds the sayings inside it, a chained
// one of another subject too; a trailing saying that another frame's
// content runs over crosses it and holds nothing.
func TestReportedWithinRelayed(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a saying inside what a medium reported",
			[]string{"Tesmar Radio reported that Jonas Vell said the port would close."},
			[]string{`reported direct=false: ¶0 "Jonas Vell said the port would close"`}},
		{"a saying inside what a paper wrote",
			[]string{"The Hollin Courier wrote that Jonas Vell had claimed a loss of $9 million in 1995."},
			[]string{`wrote direct=false: ¶0 "Jonas Vell had claimed a loss of $9 million in 1995"`}},
		{"a stance and its chained saying inside a trailing report",
			[]string{"Jonas Vell welcomed the news that Arno Velk would resign, saying the minister was doing the right thing, Tesmar Radio reported."},
			[]string{`reported direct=false: ¶0 "Jonas Vell welcomed the news that Arno Velk would resign, saying the minister was doing the right thing"`}},
		{"a trailing saying over which another's content runs crosses it: both stay, the quotation after the colon the trailing cue's",
			[]string{"In her speech, Ana Velk declared the need for resolve: “Change the treaty and then change it again,” she said."},
			[]string{
				`declared direct=false: ¶0 "the need for resolve"`,
				`said direct=true: ¶0 "Change the treaty and then change it again"`,
			}},
	})
}

// TestTrailingReportsInARow: "A, X reported, while B, Y reported" is two
// reports, neither inside the other, though the second one's content
// runs back over the first (where it starts is the bound stage's).
func TestTrailingReportsInARow(t *testing.T) {
	st := run(t, "In Port Selin, marchers carried white roses, Tesmar Radio reported, while in Hollin the parade began in silence, the Hollin Courier reported.")
	stmts, got := st.build(st.framed)
	if len(stmts) != 2 {
		t.Fatalf("got %d statements, want both reports:\n%s", len(stmts), strings.Join(got, "\n"))
	}
}

// TestMisreadFrameHoldsNothing: a noun the cue finder took for a trailing
// cue, with a clause for its speaker ("…, removing millions from
// consumer reports"), does not take the statement before it.
func TestMisreadFrameHoldsNothing(t *testing.T) {
	st := run(t, "Last month, the three largest banks announced that they will drop certain fees, removing millions of dollars from consumer reports.")
	_, got := st.build(st.framed)
	want := `announced direct=false: ¶0 "they will drop certain fees"`
	for _, g := range got {
		if g == want {
			return
		}
	}
	t.Errorf("got %s\nwant among them %s", strings.Join(got, "\n    "), want)
}

// TestContinuingClauseStaysInside: a reason, condition or time clause
// after reported content is what the speaker said too, and a saying or
// stance whose subject opens it stays inside the outer statement rather
// than cutting it short.
func TestContinuingClauseStaysInside(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a stance inside a reason clause",
			[]string{"Ana Velk said Jonas Vell is reduced to insults because he cannot defend his own record."},
			[]string{`said direct=false: ¶0 "Jonas Vell is reduced to insults because he cannot defend his own record"`}},
		{"a saying inside a time clause",
			[]string{"Ana Velk said Jonas Vell was right when he said the port would close."},
			[]string{`said direct=false: ¶0 "Jonas Vell was right when he said the port would close"`}},
		{"a clause joined by a conjunction is the next speaker's",
			[]string{"Ana Velk said the talks had failed, and Jonas Vell said they would resume."},
			[]string{
				`said direct=false: ¶0 "the talks had failed"`,
				`said direct=false: ¶0 "they would resume"`,
			}},
	})
}

// TestContinuingClauseAfterComma: after a comma a time clause may be the
// writer's ("recall the 2000 election, when the state stated …"), and
// the saying in it stays a statement of its own.
func TestContinuingClauseAfterComma(t *testing.T) {
	st := run(t, "Advocates recall the 2000 election in Ostra, when the state wrongly stated that 12,000 voters were felons.")
	_, got := st.build(st.framed)
	want := `stated direct=false: ¶0 "12,000 voters were felons"`
	for _, g := range got {
		if g == want {
			return
		}
	}
	t.Errorf("got %s\nwant among them %s", strings.Join(got, "\n    "), want)
}

// TestTrailingAttributionHoldsOverrun: a saying whose content runs on
// over a trailing attribution to the sentence's end only overran it: the
// trailing speaker holds it whole ("Velk had told officials that …, the
// source said"); one saying told twice ("Velk said that …, she said")
// stays the first cue's.
func TestTrailingAttributionHoldsOverrun(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a saying inside what a source said after it",
			[]string{"Ana Velk had told police officials that she did not want the escort at all, the source said."},
			[]string{`said direct=false: ¶0 "Ana Velk had told police officials that she did not want the escort at all"`}},
		{"one saying told twice",
			[]string{"Jonas Vell said that the campaign will stress the contrasts, he said."},
			[]string{
				`said direct=false: ¶0 "the campaign will stress the contrasts"`,
				`said direct=false: ¶0 "Jonas Vell said that the campaign will stress the contrasts"`,
			}},
	})
}
