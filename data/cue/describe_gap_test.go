package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestDescribeGap: a verb of describing whose object is a relative
// pronoun or the noun before its subject reports the
// name it gives: the object and the name are the content. A verb with no
// name after its gap ("the meeting that Velk called last week")
// describes nothing, nor does a free relative ("what Velk called").
func TestDescribeGap(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The Orlavian senate debated a bill that critics called anti-gay.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "critics", content: [2]string{"a bill", "anti-gay"}}}, "called"},
		{"Port Selin sought the summit in the hopes of shedding what Ana Velk called “a perception problem.”", nil, "called"},
		{"Much of his ire was directed at Arno, who Velk on Wednesday called “a horrible, despicable human being.”",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Velk", content: [2]string{"who", "“a horrible, despicable human being"}}}, "called"},
		{"Mr. Velk is at the center of a national campaign - one he calls “Confident Tesmar” - but it is not for president.",
			[]frame{{cue: "calls", shape: cue.SpeakerFirst, speaker: "he", content: [2]string{"one", "“Confident Tesmar"}}}, "calls"},
		{"The meeting that Velk called last week ended in Orlavia.", nil, "called"},
		{"The Tesmar board adopted the rules that the council called for.", nil, "called for"},
	})
}

// TestAsPassive: "As reported by X, …" and "…, as noted by X." report
// the main clause; "as expected by analysts" is no saying.
func TestAsPassive(t *testing.T) {
	checkFrames(t, []frameCase{
		{"As reported by the Tesmar Journal, investigators found over 2,200 emails on the server.",
			[]frame{{cue: "reported", shape: cue.SpeakerFirst, speaker: "the Tesmar Journal", content: one("investigators found over 2,200 emails on the server")}}, ""},
		{"Investigators found over 2,200 emails on the server, as noted by the Tesmar Journal.",
			[]frame{{cue: "noted", shape: cue.ContentFirst, speaker: "the Tesmar Journal", content: one("Investigators found over 2,200 emails on the server")}}, ""},
		{"As expected by analysts in Orlavia, the markets fell.", nil, ""},
		{"Tesmar looks forward to working with the candidate duly elected by the people of Orlavia, as confirmed by the electoral authorities.", nil, "confirmed"},
	})
}

// TestAsClauseAdjunctsAfter: an as-clause that ends the sentence reports
// the main clause before it, past the time and setting after its verb.
func TestAsClauseAdjunctsAfter(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The Orlavian firm effectively closed after the election, as the Tesmar Journal reported a few days later.",
			[]frame{{cue: "reported", shape: cue.ContentFirst, speaker: "the Tesmar Journal", content: one("The Orlavian firm effectively closed after the election")}}, ""},
		{"He had a reason: Velk was among those supporting Arno, as the Tesmar Journal reported a few days later.",
			[]frame{{cue: "reported", shape: cue.ContentFirst, speaker: "the Tesmar Journal", content: one("Velk was among those supporting Arno")}}, ""},
	})
}
