package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestTopicFrame: "raise" says something only of a topic noun.
func TestTopicFrame(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk raised concerns about the dam.", []frame{{cue: "raised", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("concerns about the dam")}}, ""},
		{"Ana Velk raised the importance of the talks with Orlavia.", []frame{{cue: "raised", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the importance of the talks with Orlavia")}}, ""},
		{"The Tesmari campaign raised $4 million in May.", nil, ""},
		{"Orlavia raised the debt limit twice.", nil, ""},
		{"Jonas Vell raised three children in Varn.", nil, ""},
		{"The Kestrian bank raised interest rates.", nil, ""},
		// a restated stance: "renewed their commitment", "reinforced the
		// importance of"; renewed sanctions and reinforced troops are acts
		{"The two ministers renewed their commitment to a free port in Varn.", []frame{{cue: "renewed", shape: cue.SpeakerFirst, speaker: "The two ministers", content: one("their commitment to a free port in Varn")}}, ""},
		{"Ana Velk reinforced the importance of the talks with Orlavia.", []frame{{cue: "reinforced", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the importance of the talks with Orlavia")}}, ""},
		{"Orlavia renewed sanctions on Tesmari banks.", nil, ""},
		{"Tesmar reinforced its troops along the border.", nil, ""},
	})
}

// TestTellFrames: "told" is never inverted, and a quotation just before
// its subject is what was told, not the words after the addressee.
func TestTellFrames(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“We are ready,” Jonas Vell, who led the delegation, told lawmakers on a visit to Varn.",
			[]frame{{cue: "told", shape: cue.ContentFirst, speaker: "Jonas Vell", aside: "who led the delegation", content: one("We are ready")}}, ""},
		{"“The talks are over,” Ana Velk told the delegates in the hall and millions watching at home who could guess the rest.",
			[]frame{{cue: "told", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("The talks are over")}}, ""},
		{"“We are ready,” Ana Velk told the hosts of “Morning Talk,” adding that the army was ready.", []frame{
			{cue: "told", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("We are ready")},
			{cue: "adding", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the army was ready"), chained: true},
		}, ""},
		// an addressee and then a clause is still told
		{"Ana Velk told reporters the army was ready.", []frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the army was ready")}}, ""},
	})
}

// TestParentheticalAfterSubject: a short parenthesis between a subject
// and its verb ("(R-Fla.)", "(HHS)") is passed.
func TestParentheticalAfterSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Sen. Ana Arno (R-Fla.) said the talks were over.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Sen. Ana Arno", content: one("the talks were over")}}, ""},
		{"Rep. Tom Velk (D-N.Y.) said Orlavia had reassured them.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Rep. Tom Velk", content: one("Orlavia had reassured them")}}, ""},
		{"The Kestrian Office of Ports (KOP) announced a new rule.", []frame{{cue: "announced", shape: cue.SpeakerFirst, speaker: "The Kestrian Office of Ports", content: one("a new rule")}}, ""},
		// the quotation before the cue, not the time after it
		{"“It reminds us,” Sen. Ana Arno (R-Fla.) said Saturday night at the debate, which was held in Varn.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Sen. Ana Arno", content: one("It reminds us")}}, ""},
	})
}

// TestThatFrameClause: a verb of the that frame ("wrote", "tweeted",
// "agreed") reports a clause without "that" too, but not its object
// (a figure "reported" is said: TestFigureObject).
func TestThatFrameClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk wrote they may have broken the truce.", []frame{{cue: "wrote", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("they may have broken the truce")}}, ""},
		{"Jonas Vell tweeted the talks were over.", []frame{{cue: "tweeted", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the talks were over")}}, ""},
		{"The leaders agreed their teams will stay in close touch.", []frame{{cue: "agreed", shape: cue.SpeakerFirst, speaker: "The leaders", content: one("their teams will stay in close touch")}}, ""},
		{"Ana Velk wrote a letter to the Orlavian minister.", nil, ""},
		{"Tesmari police reported the attacks on homes in May.", nil, ""},
	})
}

// TestParticipleAfterObject: a participle of saying after a verb's object
// is the verb's subject's saying, not the object's.
func TestParticipleAfterObject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk started out the debate saying the talks were over.", []frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks were over"), chained: true}}, ""},
		{"Tesmar ended the meeting urging calm.", []frame{{cue: "urging", shape: cue.SpeakerFirst, speaker: "Tesmar", content: one("calm"), chained: true}}, ""},
		// a person after the verb is not the verb's subject speaking
		{"Jonas Vell heard Ana Velk saying the talks were over.", nil, ""},
	})
}

// TestReducedRelativeOfPronoun: "those celebrating", "everyone
// celebrating": a participle after a pronoun is a reduced relative.
func TestReducedRelativeOfPronoun(t *testing.T) {
	checkFrames(t, []frameCase{
		{"We wish all those celebrating a safe holiday.", nil, "celebrating"},
		{"We send our greetings to everyone celebrating the New Year.", nil, "celebrating"},
	})
}

// TestSubordinateClauseContent: the content of a cue in a clause that a
// subordinator opens ends where the main clause begins.
func TestSubordinateClauseContent(t *testing.T) {
	checkFrames(t, []frameCase{
		{"When Ana Velk said the talks were over, Orlavia closed the border.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks were over")}}, ""},
		{"While Jonas Vell said that reporters cannot take sides, he appears uneasy.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("reporters cannot take sides")}}, ""},
		// the content's own subject goes on past an aside
		{"After Ana Velk said the Kestrian army, or its militia, had crossed the border, Orlavia closed it.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the Kestrian army, or its militia, had crossed the border")}}, ""},
	})
}
