package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestAdjectivalParticiple: a past form of a cue that its determiner,
// possessor or count shows to modify the noun after it says nothing.
func TestAdjectivalParticiple(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk won 60 pledged delegates in Tesmar.", nil, ""},
		{"Velk counted the pledged delegates again.", nil, "pledged"},
		{"Orlavia's promised reforms never came.", nil, ""},
		{"The two discussed issues of trade.", []frame{{cue: "discussed", shape: cue.SpeakerFirst, speaker: "The two", content: one("issues of trade")}}, ""},
		{"Ana Velk said the pledged funds had not arrived.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the pledged funds had not arrived")}}, ""},
	})
}

// TestContentEndsAtNewClause: reported content ends before the
// writer's clause joined to it.
func TestContentEndsAtNewClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Protest groups say the rules are too strict, and the Union of Kestria has already sued the city.",
			[]frame{{cue: "say", shape: cue.SpeakerFirst, speaker: "Protest groups", content: one("the rules are too strict")}}, ""},
		{"Jonas Vell blamed the outage on hackers but later admitted his own mistake.",
			[]frame{{cue: "blamed", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the outage on hackers")}}, "blamed"},
		{"The campaign announced it would seek a recount in Tesmar, where Velk trailed by 300 votes.",
			[]frame{{cue: "announced", shape: cue.SpeakerFirst, speaker: "The campaign", content: one("it would seek a recount in Tesmar")}}, ""},
		{"Jonas Vell defended the accord of May in a radio interview with Kestrian reporters.",
			[]frame{{cue: "defended", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the accord of May")}}, ""},
		{"Velk chided Arno for raising questions about whether the dam was safe.",
			[]frame{{cue: "chided", shape: cue.SpeakerFirst, speaker: "Velk", content: one("Arno for raising questions about whether the dam was safe")}}, ""},
		{"Velk called him a “moderate,” a subtle dig at a rival who came into office as a hardliner.",
			[]frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Velk", content: one("him a “moderate,”")}}, ""},
		{"Velk said the Council must be a lot more “vocal,” a lot more “out in front” on the river.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the Council must be a lot more “vocal,” a lot more “out in front” on the river")}}, ""},
		{"Ana Velk denied the charges during the hearing.",
			[]frame{{cue: "denied", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the charges")}}, ""},
	})
}

// TestContinuationAfterCue: a cue set inside its content leaves it the
// rest of the clause it interrupts, when that rest is no clause of the
// writer's.
func TestContinuationAfterCue(t *testing.T) {
	checkFrames(t, []frameCase{
		{"There is a risk, some officials said, that the talks will fail.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "some officials", content: [2]string{"There is a risk", "the talks will fail"}}}, ""},
		{"It is his job, Velk said, to brief the Council.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: [2]string{"It is his job", "to brief the Council"}}}, ""},
		{"If the talks failed, the officials say, the river will run dry.",
			[]frame{{cue: "say", shape: cue.ContentFirst, speaker: "the officials", content: [2]string{"If the talks failed", "the river will run dry"}}}, ""},
		{"The talks are over, Velk said, as the delegates left.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: one("The talks are over")}}, ""},
		{"The effects are hard to predict, economists say, because no river has been dammed so high.",
			[]frame{{cue: "say", shape: cue.ContentFirst, speaker: "economists", content: [2]string{"The effects are hard to predict", "because no river has been dammed so high"}}}, ""},
		{"The border will stay open, Velk said, if Orlavia keeps its word.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: [2]string{"The border will stay open", "if Orlavia keeps its word"}}}, ""},
		{"The talks are over, Velk said, when asked about the dam.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: one("The talks are over")}}, ""},
		{"“The talks are over,” Velk said, when the delegates left.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "Velk", content: one("The talks are over")}}, ""},
		{"Unless Tesmar builds more dams, the experts say, the valley will flood.",
			[]frame{{cue: "say", shape: cue.ContentFirst, speaker: "the experts", content: [2]string{"Unless Tesmar builds more dams", "the valley will flood"}}}, ""},
		{"When Tesmar builds more dams, the experts say, the valley will flood.",
			[]frame{{cue: "say", shape: cue.ContentFirst, speaker: "the experts", content: [2]string{"When Tesmar builds more dams", "the valley will flood"}}}, ""},
		{"Unless talks resume, the experts say, the valley will flood.",
			[]frame{{cue: "say", shape: cue.ContentFirst, speaker: "the experts", content: [2]string{"Unless talks resume", "the valley will flood"}}}, ""},
		{"If Tesmar can build a dam, Velk observed, without cranes or tractors, then Orlavia can build two.",
			[]frame{{cue: "observed", shape: cue.ContentFirst, speaker: "Velk", content: [2]string{"If Tesmar can build a dam", "without cranes or tractors, then Orlavia can build two"}}}, ""},
		{"“We will go on.” Velk said Wednesday on Channel 4.",
			[]frame{{sentence: 1, cue: "said", shape: cue.ContentFirst, speaker: "Velk", quoteBefore: true}}, ""},
		{"“We will go on.” Velk said to reporters.",
			[]frame{{sentence: 1, cue: "said", shape: cue.ContentFirst, speaker: "Velk", quoteBefore: true}}, ""},
		{"Kestria welcomes today’s launch of the talks.",
			[]frame{{cue: "welcomes", shape: cue.SpeakerFirst, speaker: "Kestria", content: one("today’s launch of the talks")}}, ""},
		{"Kestria welcomes this dialogue.",
			[]frame{{cue: "welcomes", shape: cue.SpeakerFirst, speaker: "Kestria", content: one("this dialogue")}}, ""},
		{"Velk has also commented on the death of the envoy.",
			[]frame{{cue: "commented", shape: cue.SpeakerFirst, speaker: "Velk", content: one("on the death of the envoy")}}, ""},
	})
}

// TestUrgeNeedsInfinitive: "invite" and "beg" say something only with
// an infinitive after their object; with an object alone they tell of an
// act. "urged restraint" and an order say something all the same.
func TestUrgeNeedsInfinitive(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk invited Jonas Vell to a dinner in Port Selin.", nil, ""},
		{"The vote begged the question of who would lead.", nil, ""},
		{"Ana Velk invited Jonas Vell to visit Port Selin.",
			[]frame{{cue: "invited", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("Jonas Vell to visit Port Selin")}}, ""},
		{"Ana Velk urged restraint.",
			[]frame{{cue: "urged", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("restraint")}}, ""},
		{"The President ordered the deployment of 700 troops to Tesmar.",
			[]frame{{cue: "ordered", shape: cue.SpeakerFirst, speaker: "The President", content: one("the deployment of 700 troops to Tesmar")}}, ""},
	})
}

// TestChargePastAppositive: an appositive between the accused and the
// charge is the accused's; the charge is the content.
func TestChargePastAppositive(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Varnia accused the Tesmari leader, Ana Velk, of lying about the dam.",
			[]frame{{cue: "accused", shape: cue.SpeakerFirst, speaker: "Varnia", content: one("lying about the dam")}}, ""},
		{"Varnia accused Ana Velk, the Tesmari leader, of lying about the dam.",
			[]frame{{cue: "accused", shape: cue.SpeakerFirst, speaker: "Varnia", content: one("lying about the dam")}}, ""},
		{"Varnia accused Ana Velk of lying about the dam.",
			[]frame{{cue: "accused", shape: cue.SpeakerFirst, speaker: "Varnia", content: one("lying about the dam")}}, ""},
	})
}

// TestRunInHeading: a heading in capitals run into its paragraph says
// nothing, even where the tagger reads a verb in it.
func TestRunInHeading(t *testing.T) {
	checkFrames(t, []frameCase{
		{"DUBIOUS DAM CLAIMS — For years, Jonas Vell has been dogged by charges that he misled the Council.", nil, "CLAIMS"},
		{"Jonas Vell CLAIMS the dam is safe.",
			[]frame{{cue: "CLAIMS", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the dam is safe")}}, ""},
	})
}

// TestOpeningClauseIsNoContent: a subordinate clause before the subject,
// with no main clause before or after the cue, sets the scene for the
// verb and is not what was said.
func TestOpeningClauseIsNoContent(t *testing.T) {
	checkFrames(t, []frameCase{
		{"But when the Council cut its budget two years later, Varnia said enough.", nil, ""},
		{"When the dam broke, the river flooded the valley, officials said.",
			[]frame{{cue: "said", shape: cue.ContentFirst, speaker: "officials", content: one("When the dam broke, the river flooded the valley")}}, ""},
	})
}

// TestFindingHoldsSaying: a saying inside what a poll or a record found
// is the finding, not a statement; a saying in a relative clause of the
// one found is that one's own.
func TestFindingHoldsSaying(t *testing.T) {
	checkFrames(t, []frameCase{
		{"A Tesmari Times poll in late August found that 74 percent of likely voters said Velk should release his tax returns.", nil, ""},
		{"Records show that Arno asked the reporter to join him.", nil, ""},
		{"The transcript of the debate shows that Velk talked about the dam.", nil, ""},
		{"The jury found Arno, who said the dam was safe.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Arno", content: one("the dam was safe")}}, ""},
		{"A Tesmari Times poll in late August asked whether 74 percent of likely voters said Velk should go.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "74 percent of likely voters", content: one("Velk should go")}}, "said"},
	})
}

// TestUrgeWithoutObject: a verb of urging whose phrases lead to a
// participle, not to the one urged, tells of an act.
func TestUrgeWithoutObject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Viewers were spread across the lawn and pressed against a fence, listening intently to Ana Velk.", nil, "pressed"},
		{"The crowd pressed against the gates, waiting for Ana Velk.", nil, ""},
		{"Velk pressed the Council to release the report.",
			[]frame{{cue: "pressed", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the Council to release the report")}}, ""},
	})
}

// TestEchoedSource: echoing someone names whose words were taken up;
// echoing their words says them.
func TestEchoedSource(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Tesmar Radio covered the vote as a rightful union, echoing Mr. Velk.", nil, "echoing"},
		{"Arno was echoing Velk, who used the same words in May.", nil, ""},
		{"Arno echoed Velk's warning about the dam.",
			[]frame{{cue: "echoed", shape: cue.SpeakerFirst, speaker: "Arno", content: one("Velk's warning about the dam")}}, ""},
	})
}

// TestTimeInsidePhraseCue: a time between a verb and the rest of its
// phrase ("called Friday for") is inside the cue; "called" alone is no
// cue of naming there.
func TestTimeInsidePhraseCue(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Velk called today for calm in Port Selin.",
			[]frame{{cue: "called today for", shape: cue.SpeakerFirst, speaker: "Velk", content: one("calm in Port Selin")}}, ""},
		{"Ana Velk called Friday for releasing the videos.",
			[]frame{{cue: "called Friday for", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("releasing the videos")}}, ""},
		{"Ana Velk called Friday for releasing the videos, saying that openness “builds trust.”", nil, "called"},
	})
}

// TestAsideClauseEnds: the content of a cue in a relative clause set
// off by commas ends where the clause it interrupts goes on.
func TestAsideClauseEnds(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Velk's relatives, who asked officials to show them the video of the crash, watched it on Thursday.",
			[]frame{{cue: "asked", shape: cue.SpeakerFirst, speaker: "Velk's relatives", content: one("officials to show them the video of the crash")}}, ""},
		{"Arno, who said the dam was safe, left the city on Monday.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Arno", content: one("the dam was safe")}}, ""},
	})
}

// TestInvertedThatVerb: a verb of the that-frame is inverted ("…, wrote
// one commenter") only before one who can speak; before anything else
// its object follows it. And a relative clause's verb reports nothing
// before its antecedent.
func TestInvertedThatVerb(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Speaking on the radio last week, Velk said his band and its producer, AKA the Owl, wrote a host of new songs for the album.", nil, "wrote"},
		{"“The count will be rigged,” wrote one commenter.",
			[]frame{{cue: "wrote", shape: cue.Inverted, speaker: "one commenter", content: one("The count will be rigged")}}, ""},
		{"President Velk promised to make Tesmar a pariah for the murder of a journalist, Ana Arno, who wrote for The Tesmar Post.", nil, "wrote"},
	})
}

// TestZeroRelativeObject: a cue in a relative clause whose relative
// pronoun is left out ("the rate he proposed") has the noun before it
// for its object; what follows the cue is no content. An object after
// the cue, or a finite clause, is a clause of its own.
func TestZeroRelativeObject(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The tax is far lower than the rate he has proposed for farmers.", nil, "proposed"},
		{"Velk says the pact is the deal she pushed for nearly a decade to win.", nil, "pushed for"},
		{"In this spirit we reaffirm our support for the ceasefire.",
			[]frame{{cue: "reaffirm", shape: cue.SpeakerFirst, speaker: "we", content: one("our support for the ceasefire")}}, "reaffirm"},
		{"It is the one thing he said would fail.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "he", content: one("would fail")}}, "said"},
	})
}
