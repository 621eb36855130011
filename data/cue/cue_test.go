package cue_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// frame is a cue.Frame with its slots as the text they cover.
type frame struct {
	sentence    int
	cue         string
	shape       cue.Shape
	speaker     string
	aside       string
	content     [2]string
	chained     bool
	quoteBefore bool
}

var shapeNames = map[cue.Shape]string{cue.SpeakerFirst: "SpeakerFirst", cue.ContentFirst: "ContentFirst",
	cue.Inverted: "Inverted", cue.Parenthetical: "Parenthetical", cue.According: "According",
	cue.Nominal: "Nominal", cue.Quoted: "Quoted"}

func (f frame) String() string {
	s := fmt.Sprintf("[%d] %s %q speaker=%q aside=%q content=%q|%q", f.sentence, shapeNames[f.shape], f.cue, f.speaker, f.aside, f.content[0], f.content[1])
	if f.chained {
		s += " chained"
	}
	if f.quoteBefore {
		s += " quote-before"
	}
	return s
}

type finder struct {
	lex *lexicon.Lexicon
	b   syntax.Builder
	f   cue.Finder
}

func newFinder(t *testing.T) *finder {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	return &finder{lex: lex, b: syntax.Builder{Lexicon: lex, Tagger: tag.Default()}, f: cue.Finder{Lexicon: lex}}
}

// frames runs the stages up to cue frames over one paragraph, as the
// engine does (Build, not BuildTagged: a sentence without a cue word gets
// no tagger and so no frame), and gives each frame's slots as text.
func (fd *finder) frames(paragraph string) (out []frame, tagged string) {
	d := text.Analyze([]string{paragraph}, fd.lex)
	var tags []string
	for si, span := range d.Paragraphs[0].Sentences {
		s := fd.b.Build(d, 0, span)
		for _, w := range s.Words {
			tags = append(tags, w.Text+"/"+w.Tag.String())
		}
		for _, fr := range fd.f.Find(&s, si) {
			if fr.Sentence != si {
				panic("frame of another sentence")
			}
			tx := func(p syntax.Phrase) string { return s.Text(paragraph, p.From, p.To) }
			out = append(out, frame{
				sentence: si, cue: tx(fr.Cue), shape: fr.Shape, speaker: tx(fr.Speaker), aside: tx(fr.Aside),
				content: [2]string{tx(fr.Content[0]), tx(fr.Content[1])}, chained: fr.Chained, quoteBefore: fr.QuoteBefore,
			})
		}
	}
	return out, strings.Join(tags, " ")
}

type frameCase struct {
	sentence string
	want     []frame
	only     string // compare only the frames of this cue ("" for all)
}

func checkFrames(t *testing.T, cases []frameCase) {
	t.Helper()
	fd := newFinder(t)
	for _, c := range cases {
		got, tags := fd.frames(c.sentence)
		if c.only != "" {
			var kept []frame
			for _, f := range got {
				if f.cue == c.only {
					kept = append(kept, f)
				}
			}
			got = kept
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q:\n got %v\nwant %v\n     %s", c.sentence, got, c.want, tags)
		}
	}
}

func one(content string) [2]string { return [2]string{content, ""} }

func TestSpeakerFirst(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk said the talks were over.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks were over")}}, ""},
		{"Ana Velk said that the talks were over.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks were over")}}, ""},
		{"Ana Velk said on Monday that the talks were over.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks were over")}}, ""},
		{"Ana Velk said in an interview with Tesmari television that the army was ready.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the army was ready")}}, ""},
		{"Ana Velk said: “The talks are over.”", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("“The talks are over")}}, ""},
		{"Jonas Vell on Tuesday said the talks had failed.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the talks had failed")}}, ""},
		{"Ana Velk continues to advocate a truce.", []frame{{cue: "advocate", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("a truce")}}, ""},
		{"Ana Velk said that, on Monday, the talks were over.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("on Monday, the talks were over")}}, ""},
		{"Ana Velk said that, and left.", nil, ""},
		{"A joint statement issued after the talks said the ferries would sail.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "A joint statement issued after the talks", content: one("the ferries would sail")}}, ""},
		{"Ana Velk, asked about the fees, said only that “the matter is under review”.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", aside: "asked about the fees", content: one("“the matter is under review")}}, ""},
		{"Ana Velk can announce the results on Monday.", []frame{{cue: "announce", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the results")}}, ""},
	})
}

// TestSpeakerAside: an appositive or a relative clause between the
// subject and its verb is the aside, not the speaker.
func TestSpeakerAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Jonas Vell, a retired general, said the army was ready.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", aside: "a retired general", content: one("the army was ready")}}, ""},
		{"Jonas Vell, Tesmar’s foreign minister, said the talks had failed.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", aside: "Tesmar’s foreign minister", content: one("the talks had failed")}}, ""},
		{"Tom Arno, 22, of Hollin, said the bridge was closed.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Tom Arno", aside: "22, of Hollin", content: one("the bridge was closed")}}, ""},
		{"On Monday, Jonas Vell, the envoy, said the talks had failed.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", aside: "the envoy", content: one("the talks had failed")}}, ""},
		{"Jonas Vell, who leads the delegation, said the talks had failed.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", aside: "who leads the delegation", content: one("the talks had failed")}}, ""},
		{"The diplomat who spoke on condition of anonymity said the army was ready.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "The diplomat", aside: "who spoke on condition of anonymity", content: one("the army was ready")}}, ""},
		{"The diplomat, who spoke on condition of anonymity, said the army was ready.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "The diplomat", aside: "who spoke on condition of anonymity", content: one("the army was ready")}}, ""},
		{"“The talks are over,” said Jonas Vell, a retired general.", []frame{{cue: "said", shape: cue.Inverted, speaker: "Jonas Vell", aside: "a retired general", content: one("The talks are over")}}, ""},
		// a formal text's long aside, with a participle's phrase that is no subject
		{"NOW, THEREFORE, I, ANA VELK, President of Tesmar, by virtue of the authority vested in me by the Constitution and the laws of Tesmar, including section 12 of the Trade Act of 1962, as amended, do hereby proclaim the week of May 3 as Harbour Week.",
			[]frame{{cue: "proclaim", shape: cue.SpeakerFirst, speaker: "I", aside: "ANA VELK, President of Tesmar, by virtue of the authority vested in me by the Constitution and the laws of Tesmar, including section 12 of the Trade Act of 1962, as amended", content: one("the week of May 3 as Harbour Week")}}, ""},
		// "hereby" is an adverb, whatever the tagger makes of it
		{"For this reason, the emergency declared on June 16, 2006, must continue in effect.", nil, ""},
		{"The two sides reiterated on Monday that the border stays open.", []frame{{cue: "reiterated", shape: cue.SpeakerFirst, speaker: "The two sides", content: one("the border stays open")}}, ""},
		{"See below for what they are saying:", nil, ""},
		// a document's issuer speaks, also past prepositional phrases before the object
		{"Ana Velk sent to the Assembly for publication the enclosed notice stating that the emergency goes on.", []frame{{cue: "stating", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the emergency goes on"), chained: true}}, ""},
		// a text sent on a condition, or that no issuer holds, says nothing
		{"Section 4 of the Emergencies Act provides for the end of an emergency unless, within 90 days, the President publishes in the Gazette and transmits to the Assembly a notice stating that the emergency is to continue.", nil, ""},
		{"The Act (12 K.C. 3(d)) then transmits to the Assembly a notice stating that the emergency goes on.", nil, ""},
		{"They affirmed what Ana Velk said: that the talks are over.", []frame{
			{cue: "affirmed", shape: cue.SpeakerFirst, speaker: "They", content: one("what Ana Velk said: that the talks are over")},
			{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the talks are over")}}, ""},
		{"I hereby report that I have issued an order.", []frame{{cue: "report", shape: cue.SpeakerFirst, speaker: "I", content: one("I have issued an order")}}, ""},
	})
}

// TestObjectFrames: verbs whose content follows an addressee or an
// object ("told reporters", "urged Y to", "called Y X").
func TestObjectFrames(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Orlavian officials told reporters that the talks had failed.", []frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Orlavian officials", content: one("the talks had failed")}}, ""},
		{"Ana Velk told reporters the army was ready.", []frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the army was ready")}}, ""},
		{"Ana Velk told Jonas Vell to leave.", []frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("to leave")}}, ""},
		{"Ana Velk urged Orlavia to reopen the border.", []frame{{cue: "urged", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("Orlavia to reopen the border")}}, ""},
		{"Ana Velk called on Orlavia to reopen the border.", []frame{{cue: "called on", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("Orlavia to reopen the border")}}, ""},
		// a quotation that ends the clause names the object, which is
		// said to be so; after "as" it is the name given alone, and the
		// piece starts at its opening mark and stands for the whole
		// quotation
		{"Ana Velk called the plan “a trap”.", []frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the plan “a trap”")}}, ""},
		{"Ana Velk called the plan “a trap.”", []frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the plan “a trap.”")}}, ""},
		{"Ana Velk called it “a trap.”", []frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("it “a trap.”")}}, ""},
		{"Ana Velk described the plan as “a trap.”", []frame{{cue: "described", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("“a trap")}}, ""},
		{"Ana Velk called the plan “cynical” and “a trap.”", []frame{{cue: "called", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the plan “cynical” and “a trap.”")}}, ""},
		{"Ana Velk described the plan as a trap.", []frame{{cue: "described", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the plan as a trap")}}, ""},
		// "question" takes an object as "reject" does: the object ends
		// with its noun phrase, and a whether-clause is still content
		{"Ana Velk questioned the legitimacy of the vote in Orlavia, and that is a country that is supposed to be an ally.", []frame{{cue: "questioned", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the legitimacy of the vote in Orlavia")}}, ""},
		{"Ana Velk questioned whether the army was ready.", []frame{{cue: "questioned", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("whether the army was ready")}}, ""},
		// disagreeing with someone or something says so: the object is
		// what was disagreed with
		{"Some Orlavian officials disagreed with the decision to close the border.", []frame{{cue: "disagreed with", shape: cue.SpeakerFirst, speaker: "Some Orlavian officials", content: one("the decision to close the border")}}, ""},
		{"Ana Velk disagrees with her former minister.", []frame{{cue: "disagrees with", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("her former minister")}}, ""},
		// disagreeing on a matter says there are views on it: the matter
		// is the content
		{"Orlavian officials disagree on how the troops will be used.", []frame{{cue: "disagree on", shape: cue.SpeakerFirst, speaker: "Orlavian officials", content: one("how the troops will be used")}}, ""},
		// an apology says something of what it is for
		{"Ana Velk apologized for the remarks she made in Tesmar.", []frame{{cue: "apologized for", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the remarks she made in Tesmar")}}, ""},
		{"Ana Velk warned of the consequences.", []frame{{cue: "warned", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("of the consequences")}}, ""},
		{"Ana Velk called a meeting.", nil, ""},
		// a commissive: what the speaker agreed to do
		{"The two ministers agreed to exchange lists of detainees.", []frame{{cue: "agreed to", shape: cue.SpeakerFirst, speaker: "The two ministers", content: one("exchange lists of detainees")}}, ""},
	})
}

// TestAnaphoricObjects: an object that stands for words said before ("as
// much", "the same thing") is all the content; a time, an amount or a
// clause that names what was said is not such an object.
func TestAnaphoricObjects(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Arno Velk said as much in an interview earlier this week.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Arno Velk", content: one("as much")}}, ""},
		{"The Tesmari envoy indicated as much in an email.", []frame{{cue: "indicated", shape: cue.SpeakerFirst, speaker: "The Tesmari envoy", content: one("as much")}}, ""},
		{"A chorus of Orlavian ministers has said the same thing, including the former governor.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "A chorus of Orlavian ministers", content: one("the same thing")}}, ""},
		{"Arno Velk said the same of Tesmar.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Arno Velk", content: one("the same of Tesmar")}}, ""},
		{"Arno Velk said the same day that the border would reopen.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Arno Velk", content: one("the border would reopen")}}, ""},
		{"Tesmar is saying the same thing, that the ball is in the Orlavian court.", []frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "Tesmar", content: one("the same thing, that the ball is in the Orlavian court")}}, ""},
	})
}

// TestAnaphoricAdverb: "so" right after a verb of saying stands for what
// was said before; before a word it modifies ("so far", "so many") or
// starting a clause ("so that", "so you") it is no content of its own.
func TestAnaphoricAdverb(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Anna Verel said so in an interview on Tuesday.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Anna Verel", content: one("so")}}, ""},
		{"Half of the Kestrian voters said so.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Half of the Kestrian voters", content: one("so")}}, ""},
		{"The minister said so far the talks in Tesmar have gone well.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "The minister", content: one("the talks in Tesmar have gone well")}}, ""},
		{"Tomas Brel said so many times that the plan would fail.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Tomas Brel", content: one("the plan would fail")}}, ""},
		{"The Orlavian envoy did so on Monday.", nil, ""},
	})
}

// TestReducedRelativeAfterList: a verb after a list that is an object is
// no one's saying; a clause after ", and" still is.
func TestReducedRelativeAfterList(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk convened a cohort of mayors, engineers, and donors committed to rebuilding the locks.", nil, ""},
		{"Tesmar helped advance resolutions, joint statements, and interventions responding to the crisis.", nil, "responding"},
		{"The storm hit Hollin, and officials said the dam held.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "officials", content: one("the dam held")}}, ""},
		{"Noting their concern about attacks that undermine the order, the Secretary and Foreign Ministers reaffirmed the truce.", []frame{{cue: "reaffirmed", shape: cue.SpeakerFirst, speaker: "the Secretary and Foreign Ministers", content: one("the truce")}}, ""},
	})
}

func TestContentFirst(t *testing.T) {
	checkFrames(t, []frameCase{
		{"“The talks are over,” Ana Velk said.", []frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("The talks are over")}}, ""},
		{"The talks are over, Ana Velk said.", []frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("The talks are over")}}, ""},
		{"The border is closed, Orlavian officials said on Tuesday.", []frame{{cue: "said", shape: cue.ContentFirst, speaker: "Orlavian officials", content: one("The border is closed")}}, ""},
		// a quotation before the cue wins over a phrase of time after it
		{"“We are ready,” Ana Velk said 30 minutes into the debate.", []frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("We are ready")}}, ""},
		// the quotation closed in the sentence before: the statement stage finds it
		{"“The talks are over.” Ana Velk said.", []frame{{sentence: 1, cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", quoteBefore: true}}, ""},
		// an as-clause reports the main clause, or the quotation after it
		{"The border will stay closed, as Ana Velk noted in a statement.", []frame{{cue: "noted", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("The border will stay closed")}}, ""},
		{"As Jonas Vell noted, “the border is closed.”", []frame{{cue: "noted", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("“the border is closed")}}, ""},
		// an adverb before the verb of an as-clause: no participle, whatever the tagger says
		{"The strike hit the ferry terminal, as the Tesmari Office of Ports expressly noted in a May 3 report.", []frame{{cue: "noted", shape: cue.ContentFirst, speaker: "the Tesmari Office of Ports", content: one("The strike hit the ferry terminal")}}, ""},
		{"As the war continues, the port is closed.", nil, ""},
		{"The siege has shocked the region and, as Ana Velk has soberly attested, “left the valley in mourning.”", []frame{{cue: "attested", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("“left the valley in mourning")}}, ""},
	})
}

func TestInverted(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The talks are over, said Jonas Vell.", []frame{{cue: "said", shape: cue.Inverted, speaker: "Jonas Vell", content: one("The talks are over")}}, ""},
		{"“The talks are over,” said Ana Velk, “and we are going home.”", []frame{{cue: "said", shape: cue.Inverted, speaker: "Ana Velk", content: [2]string{"The talks are over", "and we are going home"}}}, ""},
	})
}

func TestParenthetical(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The talks, Ana Velk said, are over.", []frame{{cue: "said", shape: cue.Parenthetical, speaker: "Ana Velk", content: [2]string{"The talks", "are over"}}}, ""},
	})
}

func TestAccording(t *testing.T) {
	checkFrames(t, []frameCase{
		{"According to Jonas Vell, the border will reopen on Monday.", []frame{{cue: "According to", shape: cue.According, speaker: "Jonas Vell", content: one("the border will reopen on Monday")}}, ""},
		{"The border will reopen on Monday, according to Jonas Vell.", []frame{{cue: "according to", shape: cue.According, speaker: "Jonas Vell", content: one("The border will reopen on Monday")}}, ""},
		{"The implication, according to Jonas Vell, is that the border stays closed.", []frame{{cue: "according to", shape: cue.According, speaker: "Jonas Vell", content: [2]string{"The implication", "is that the border stays closed"}}}, ""},
		{"According to the mediator, Ambassador Ilse Marrow, the sides are close to a deal.", []frame{{cue: "According to", shape: cue.According, speaker: "the mediator", aside: "Ambassador Ilse Marrow", content: one("the sides are close to a deal")}}, ""},
	})
}

// TestAccordingArrangement: "according to" a measure or arrangement says
// how something is done, and no one says it; a report, a body, officials
// or a medium still speak.
func TestAccordingArrangement(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The dam would release water according to a sliding formula tied to rainfall upstream:", nil, ""},
		{"The Orlavian army withdrew according to plan.", nil, ""},
		{"Tesmar will pay according to the terms of the Velhaven accord.", nil, ""},
		{"Aid was shared according to a fixed ratio agreed in Kestria.", nil, ""},
		{"The troops left on Monday, according to the timetable.", nil, ""},
		{"Each party will cut emissions according to national circumstances.", nil, ""},
		{"The vote was held according to UN standards and Kestrian law.", nil, ""},
		{"The troops left on Monday, according to a report by the Kestrian ministry.", []frame{{cue: "according to", shape: cue.According, speaker: "a report by the Kestrian ministry", content: one("The troops left on Monday")}}, ""},
		{"The troops left on Monday, according to Orlavian officials.", []frame{{cue: "according to", shape: cue.According, speaker: "Orlavian officials", content: one("The troops left on Monday")}}, ""},
		{"According to the data, exports to Tesmar fell.", []frame{{cue: "According to", shape: cue.According, speaker: "the data", content: one("exports to Tesmar fell")}}, ""},
	})
}

func TestNominal(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Orlavia rejected Ana Velk’s claim that the army was ready.", []frame{
			{cue: "rejected", shape: cue.SpeakerFirst, speaker: "Orlavia", content: one("Ana Velk’s claim that the army was ready")},
			{cue: "claim", shape: cue.Nominal, speaker: "Ana Velk", content: one("the army was ready")},
		}, ""},
		{"Orlavia ignored Jonas Vell’s warning that the truce was fragile.", []frame{{cue: "warning", shape: cue.Nominal, speaker: "Jonas Vell", content: one("the truce was fragile")}}, ""},
		{"Jonas Vell made the false claim that the border was open.", []frame{{cue: "made the false claim", shape: cue.Nominal, speaker: "Jonas Vell", content: one("the border was open")}}, ""},
		// modifiers between the possessor and the noun
		{"The ministry's earlier claim that Ana Velk wanted the treaty gone was false.", []frame{{cue: "claim", shape: cue.Nominal, speaker: "ministry", content: one("Ana Velk wanted the treaty gone")}}, ""},
		{"The film aired, contradicting Tesmar police's earlier claim that Vell had fled.", []frame{{cue: "claim", shape: cue.Nominal, speaker: "Tesmar police", content: one("Vell had fled")}}, ""},
		{"Orlavia ignored Jonas Vell's repeated warning that the truce was fragile.", []frame{{cue: "warning", shape: cue.Nominal, speaker: "Jonas Vell", content: one("the truce was fragile")}}, ""},
		// a verb after the noun's clause shares the subject of the verb
		// the noun is the object of, not the noun's possessor
		{"Jonas Vell reiterated our concerns that the truce was fragile and emphasized the need for talks.", []frame{{cue: "emphasized", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the need for talks"), chained: true}}, "emphasized"},
		{"Jonas Vell rejected Ana Velk's earlier claim that the truce was fragile and said the talks would go on.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the talks would go on"), chained: true}}, "said"},
		{"The ministers welcomed the measures Tesmar, Orlavia, and other partners announced.", []frame{{cue: "welcomed", shape: cue.SpeakerFirst, speaker: "The ministers", content: one("the measures Tesmar, Orlavia, and other partners announced")}}, ""},
		{"Tesmar, Orlavia, and the K5 said the border was open.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Tesmar, Orlavia, and the K5", content: one("the border was open")}}, ""},
		{"In Varn, Tesmar and Orlavia said the border was open.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Tesmar and Orlavia", content: one("the border was open")}}, ""},
		{"The ferries reached Tesmar and Orlavia, and we said the border was open.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "we", content: one("the border was open")}}, ""},
		{"Tesmar is intentionally spreading outright lies that the border was open.", []frame{{cue: "spreading outright lies", shape: cue.Nominal, speaker: "Tesmar", content: one("the border was open")}}, ""},
		{"Tesmari officials have spread disinformation that the border was open.", []frame{{cue: "have spread disinformation", shape: cue.Nominal, speaker: "Tesmari officials", content: one("the border was open")}}, ""},
	})
}

func TestQuoted(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk was quoted as saying the talks had failed.", []frame{{cue: "saying", shape: cue.Quoted, speaker: "Ana Velk", content: one("the talks had failed")}}, ""},
		{"Ana Velk was quoted by Tesmari television as saying the talks had failed.", []frame{{cue: "saying", shape: cue.Quoted, speaker: "Ana Velk", content: one("the talks had failed")}}, ""},
		{"Tesmar quoted Jonas Vell as saying the talks had failed.", []frame{{cue: "saying", shape: cue.Quoted, speaker: "Jonas Vell", content: one("the talks had failed")}}, ""},
	})
}

// TestChained: a cue that shares the subject of an earlier verb.
func TestChained(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk rejected the plan, saying it would fail.", []frame{
			{cue: "rejected", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the plan, saying it would fail")},
			{cue: "saying", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("it would fail"), chained: true},
		}, ""},
		// a participle of saying goes on with what the subject says (one
		// statement, as the diplomatic gold keeps it) and is a frame too
		{"Ana Velk said the truce would hold, saying the army was ready.", []frame{
			{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the truce would hold, saying the army was ready")},
			{cue: "saying", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the army was ready"), chained: true},
		}, ""},
		{"“The talks are over,” Jonas Vell said, adding that the army was ready.", []frame{
			{cue: "said", shape: cue.ContentFirst, speaker: "Jonas Vell", content: one("The talks are over")},
			{cue: "adding", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the army was ready"), chained: true},
		}, ""},
		{"Jonas Vell met Ana Velk in Varn and said the talks had failed.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the talks had failed"), chained: true}}, ""},
		// a statement issued speaks for its issuer
		{"Jonas Vell issued a statement saying the talks had failed.", []frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the talks had failed"), chained: true}}, ""},
	})
}

// TestNoSaying: cue words that report no saying.
func TestNoSaying(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk will announce the results on Monday.", nil, ""},
		{"Ana Velk declined to comment.", nil, ""},
		{"Jonas Vell was told the border was closed.", nil, ""},
		{"What Ana Velk called a trap was a plan.", nil, ""},
		{"The coming weeks will indicate whether the truce holds.", nil, ""},
		// a verb joined to an infinitive, a future or a gerund after "to"
		// reports no saying either; a readout's past "discussed" does
		{"Ana Velk met with Jonas Vell to mark the anniversary and discuss the border.", nil, ""},
		{"Ana Velk will travel to Orlavia and discuss the border with Jonas Vell.", nil, ""},
		{"Ana Velk looks forward to meeting Jonas Vell and discussing the border.", nil, ""},
		{"Ana Velk looks forward to discussing the border.", nil, ""},
		{"Ana Velk and Jonas Vell discussed the border and the river.", []frame{{cue: "discussed", shape: cue.SpeakerFirst, speaker: "Ana Velk and Jonas Vell", content: one("the border and the river")}}, ""},
		{"Ana Velk spoke about the importance of the truce.", []frame{{cue: "spoke about", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the importance of the truce")}}, ""},
		// the topic's preposition after the verb's adjuncts; none after an
		// infinitive, nor one that joins a noun to a noun
		{"Ana Velk spoke today with the Foreign Minister of Tesmar, Jonas Vell, about the border and the river.", []frame{{cue: "spoke", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the border and the river")}}, ""},
		{"Ana Velk spoke with Jonas Vell to review the talks about the border.", nil, ""},
		{"Ana Velk spoke on condition of anonymity.", nil, ""},
		// the participle opening the sentence is no frame; the verb after it is
		{"Asked about the border, Ana Velk said it would stay closed.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("it would stay closed")}}, ""},
		// speech inside a quotation is the quoted speaker's
		{"“Orlavia said no to us,” Ana Velk said.", []frame{{cue: "said", shape: cue.ContentFirst, speaker: "Ana Velk", content: one("Orlavia said no to us")}}, ""},
	})
}

// TestContentBounds: reported content ends where the reported clause
// does, before what the writer adds.
func TestContentBounds(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Ana Velk said the truce would hold, despite the attacks.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the truce would hold")}}, ""},
		{"Ana Velk said the truce would hold at a news conference on Tuesday.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the truce would hold")}}, ""},
		{"Ana Velk said the truce would hold, which surprised Orlavia.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the truce would hold")}}, ""},
		// one subject's sayings stay one statement (the diplomatic gold's
		// convention); a new subject ends the content
		{"Ana Velk said the truce would hold, and asked whether Orlavia agreed.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the truce would hold, and asked whether Orlavia agreed")}}, "said"},
		{"Ana Velk said Jonas Vell was right, and Jonas Vell said the truce would hold.", []frame{
			{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("Jonas Vell was right")},
			{cue: "said", shape: cue.SpeakerFirst, speaker: "Jonas Vell", content: one("the truce would hold")},
		}, ""},
		// the object of an object-frame verb ends with its noun phrase
		// a relative clause after an object goes on with it
		{"Ana Velk announced her candidacy, which surprised Orlavia.", []frame{{cue: "announced", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("her candidacy, which surprised Orlavia")}}, ""},
		{"Ana Velk announced her candidacy with a speech.", []frame{{cue: "announced", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("her candidacy")}}, ""},
		{"Ana Velk denied the report at a news conference.", []frame{{cue: "denied", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the report")}}, ""},
		{"Ana Velk denied that the army had crossed the border.", []frame{{cue: "denied", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the army had crossed the border")}}, ""},
		// "according to" later in the content is another attribution
		{"Ana Velk said the border will reopen, according to Tesmari television.", []frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Ana Velk", content: one("the border will reopen")}}, "said"},
	})
}

// TestFindSkipsShallowSentences: a sentence the tagger did not tag has
// no frames, whatever it holds.
func TestFindSkipsShallowSentences(t *testing.T) {
	fd := newFinder(t)
	d := text.Analyze([]string{"Ana Velk said the talks were over."}, fd.lex)
	b := syntax.Builder{Lexicon: fd.lex} // no tagger: shallow tags
	s := b.BuildTagged(d, 0, d.Paragraphs[0].Sentences[0])
	if got := fd.f.Find(&s, 0); len(got) != 0 {
		t.Errorf("frames in a shallow sentence: %+v", got)
	}
}

// TestLemmaAndKind: a frame names its cue's lemma (a phrase for "called
// on") and the lexicon's frame for it, which says where the content is.
func TestLemmaAndKind(t *testing.T) {
	fd := newFinder(t)
	cases := []struct {
		sentence, lemma string
		kind            lexicon.Frame
	}{
		{"Ana Velk called on Orlavia to reopen the border.", "call on", lexicon.Urge},
		{"According to Jonas Vell, the border will reopen.", "according to", lexicon.Say},
		{"Ana Velk told reporters the army was ready.", "tell", lexicon.Tell},
		{"Ana Velk accused Orlavia of aggression.", "accuse", lexicon.Accuse},
		{"Jonas Vell made the false claim that the border was open.", "claim", lexicon.That},
		{"Ana Velk denied the report.", "deny", lexicon.Object},
		{"Ana Velk called the plan “a trap”.", "call", lexicon.Describe},
	}
	for _, c := range cases {
		d := text.Analyze([]string{c.sentence}, fd.lex)
		s := fd.b.Build(d, 0, d.Paragraphs[0].Sentences[0])
		frames := fd.f.Find(&s, 0)
		if len(frames) != 1 {
			t.Errorf("%q: %d frames, want 1", c.sentence, len(frames))
			continue
		}
		if frames[0].Lemma != c.lemma || frames[0].Kind != c.kind {
			t.Errorf("%q: lemma %q kind %v, want %q %v", c.sentence, frames[0].Lemma, frames[0].Kind, c.lemma, c.kind)
		}
	}
}
