package statement_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/statement"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// stages is a document run through the stages before statements, as the
// engine runs them.
type stages struct {
	paragraphs []string
	doc        *text.Document
	sentences  []syntax.Sentence
	frames     []cue.Frame
	builder    *syntax.Builder
	release    bool // the text is an official release
}

func run(t *testing.T, paragraphs ...string) *stages {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := &stages{paragraphs: paragraphs, doc: text.Analyze(paragraphs, lex)}
	b := &syntax.Builder{Lexicon: lex, Tagger: tag.Default()}
	st.builder = b
	f := cue.Finder{Lexicon: lex}
	for pi := range st.doc.Paragraphs {
		for _, span := range st.doc.Paragraphs[pi].Sentences {
			st.sentences = append(st.sentences, b.Build(st.doc, pi, span))
			i := len(st.sentences) - 1
			st.frames = append(st.frames, f.Find(&st.sentences[i], i)...)
		}
	}
	return st
}

// framed is the engine's ownCue: a paragraph with a frame of its own.
func (st *stages) framed(p int) bool {
	for _, f := range st.frames {
		if st.sentences[f.Sentence].Para == p {
			return true
		}
	}
	return false
}

// lead is the engine's: a paragraph's first sentence, tagged.
func (st *stages) lead(p int) syntax.Sentence {
	return st.builder.Lead(st.doc, p)
}

// build runs statement.Build and writes each statement as its frame's
// cue, whether it is direct, and its pieces as "¶paragraph text".
func (st *stages) build(ownCue func(int) bool) ([]statement.Statement, []string) {
	stmts := statement.Build(st.doc, st.sentences, st.frames, ownCue, st.lead, st.release)
	var out []string
	for _, s := range stmts {
		fr := &st.frames[s.Frame]
		sent := &st.sentences[fr.Sentence]
		line := fmt.Sprintf("%s direct=%v:", sent.Text(st.paragraphs[sent.Para], fr.Cue.From, fr.Cue.To), s.Direct)
		for _, pc := range s.Pieces {
			line += fmt.Sprintf(" ¶%d %q", pc.Para, st.paragraphs[pc.Para][pc.Start:pc.End])
		}
		out = append(out, line)
	}
	return stmts, out
}

type statementCase struct {
	name       string
	paragraphs []string
	want       []string
}

func checkStatements(t *testing.T, cases []statementCase) {
	t.Helper()
	for _, c := range cases {
		st := run(t, c.paragraphs...)
		_, got := st.build(st.framed)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\n got %s\nwant %s", c.name, strings.Join(got, "\n     "), strings.Join(c.want, "\n     "))
		}
	}
}

func TestWholeQuotations(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a quotation over two sentences is one piece",
			[]string{"“The talks are over. We are going home,” Ana Velk said."},
			[]string{`said direct=true: ¶0 "The talks are over. We are going home"`}},
		{"a quotation over paragraphs is one statement, in order",
			[]string{"“The talks are over.", "“We are going home.", "“Orlavia is ready,” Ana Velk said."},
			[]string{
				`said direct=true: ¶0 "The talks are over." ¶1 "We are going home." ¶2 "Orlavia is ready"`,
			}},
		{"a quotation that closed in the sentence before",
			[]string{"“The talks are over.” Ana Velk said."},
			[]string{`said direct=true: ¶0 "The talks are over."`}},
		{"two quotations around an inverted cue",
			[]string{"“The talks are over,” said Ana Velk, “and we are going home.”"},
			[]string{`said direct=true: ¶0 "The talks are over" ¶0 "and we are going home."`}},
		{"each quotation is taken once",
			[]string{"“The talks are over,” Ana Velk said. “We are going home,” she added."},
			[]string{
				`said direct=true: ¶0 "The talks are over"`,
				`added direct=true: ¶0 "We are going home"`,
			}},
	})
}

func TestReportedContent(t *testing.T) {
	checkStatements(t, []statementCase{
		{"the content of a parenthetical cue is two pieces",
			[]string{"The talks, Ana Velk said, are over."},
			[]string{`said direct=false: ¶0 "The talks" ¶0 "are over"`}},
		{"a quotation inside reported content stays in it",
			[]string{"Jonas Vell said the talks were over. Ana Velk said the plan was “a trap” and would fail."},
			[]string{
				`said direct=false: ¶0 "the talks were over"`,
				`said direct=false: ¶0 "the plan was “a trap” and would fail"`,
			}},
		{"content ends where the next frame of its sentence begins",
			[]string{"Ana Velk said the truce would hold and Jonas Vell said the talks had failed."},
			[]string{
				`said direct=false: ¶0 "the truce would hold"`,
				`said direct=false: ¶0 "the talks had failed"`,
			}},
		{"an adjunct after that opens the clause whose subject speaks next (whose saying is inside hers: TestReportedWithin)",
			[]string{"Ana Velk said that, in her view, the Orlavian government says that the dam must close."},
			[]string{
				`said direct=false: ¶0 "in her view, the Orlavian government says that the dam must close"`,
			}},
		{"an as-clause set in the content does not end it",
			[]string{"Ana Velk urged the parties to ensure, as Jonas Vell has said, immediate access to the valley.", "Ana Velk said the truce held, as Jonas Vell noted."},
			[]string{
				`urged direct=false: ¶0 "the parties to ensure, as Jonas Vell has said, immediate access to the valley"`,
				`said direct=false: ¶0 "immediate access to the valley"`,
				`said direct=false: ¶1 "the truce held"`,
				`noted direct=false: ¶1 "Ana Velk said the truce held"`,
			}},
		{"a subordinator before the next speaker goes with its clause",
			[]string{"On behalf of Orlavia, I congratulate the people of Tesmar as you celebrate your national day."},
			[]string{
				`congratulate direct=false: ¶0 "the people of Tesmar"`,
				`celebrate direct=false: ¶0 "your national day"`,
			}},
		{"a subordinator before the same subject's chained participle stays",
			[]string{"The Orlavian side acknowledged parts of the Tesmari plan while signalling that more work must be done."},
			[]string{
				`acknowledged direct=false: ¶0 "parts of the Tesmari plan while"`,
				`signalling direct=false: ¶0 "more work must be done"`,
			}},
		{"a dash and a conjunction before the next speaker end the content",
			[]string{"Ana Velk said that the truce — and Jonas Vell said the talks had failed."},
			[]string{
				`said direct=false: ¶0 "the truce"`,
				`said direct=false: ¶0 "the talks had failed"`,
			}},
		{"a nominal frame inside the content does not end it",
			[]string{"Orlavia rejected Ana Velk’s claim that the army was ready."},
			[]string{
				`rejected direct=false: ¶0 "Ana Velk’s claim that the army was ready"`,
				`claim direct=false: ¶0 "the army was ready"`,
			}},
	})
}

// TestContinuedQuotations: a quotation no frame claims continues the
// last statement of speech before it in its paragraph.
func TestContinuedQuotations(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a later quotation continues speech",
			[]string{"“The talks are over,” Ana Velk said. “We are going home.”"},
			[]string{`said direct=true: ¶0 "The talks are over" ¶0 "We are going home."`}},
		{"reported speech is continued too",
			[]string{"“The talks are over,” Ana Velk said. Jonas Vell said Orlavia was ready. “We are going home.”"},
			[]string{
				`said direct=true: ¶0 "The talks are over"`,
				`said direct=false: ¶0 "Orlavia was ready" ¶0 "We are going home."`,
			}},
		{"an object verb's statement is not continued",
			[]string{"“The talks are over,” Ana Velk said. Jonas Vell announced the closure. “It is temporary.”"},
			[]string{
				`said direct=true: ¶0 "The talks are over"`,
				`announced direct=false: ¶0 "the closure"`,
			}},
		{"an accusation is not continued",
			[]string{"Ana Velk accused Orlavia of aggression. “They crossed the border.”"},
			[]string{`accused direct=false: ¶0 "aggression"`}},
		{"a word quoted inside the narration is not continued",
			[]string{"The strike hit the terminal, as Ana Velk noted. It hit a theatre marked with the word “deti” — Tesmari for “children.”"},
			[]string{`noted direct=false: ¶0 "The strike hit the terminal"`}},
	})
}

// TestQuotationParagraphsGoOn: a paragraph that is one quotation and has
// no cue of its own goes on with the statement the paragraph before ends
// with, as news quotes a speaker over paragraphs; annotators take the
// two as one statement (PolNeAR train: 46 such paragraphs are part of
// the statement before, 22 one of their own, 15 no statement).
func TestQuotationParagraphsGoOn(t *testing.T) {
	checkStatements(t, []statementCase{
		{"after a quotation",
			[]string{"“The talks are over,” Ana Velk said.", "“We are going home.”"},
			[]string{`said direct=true: ¶0 "The talks are over" ¶1 "We are going home."`}},
		{"over several paragraphs",
			[]string{"Ana Velk said, “The talks are over.”", "“We are going home.”", "“Orlavia is ready.”"},
			[]string{`said direct=true: ¶0 "The talks are over." ¶1 "We are going home." ¶2 "Orlavia is ready."`}},
		{"after reported speech",
			[]string{"Ana Velk said the talks were over.", "“We are going home.”"},
			[]string{`said direct=false: ¶0 "the talks were over" ¶1 "We are going home."`}},
		{"after the last statement of the paragraph before",
			[]string{"“The talks are over,” Ana Velk said. “Orlavia is ready,” Jonas Vell replied.", "“We are going home.”"},
			[]string{
				`said direct=true: ¶0 "The talks are over"`,
				`replied direct=true: ¶0 "Orlavia is ready" ¶1 "We are going home."`,
			}},
		{"a paragraph with a cue of its own is its own",
			[]string{"“The talks are over,” Ana Velk said.", "“We are going home,” Jonas Vell said."},
			[]string{
				`said direct=true: ¶0 "The talks are over"`,
				`said direct=true: ¶1 "We are going home"`,
			}},
		{"not with narration after it",
			[]string{"“The talks are over,” Ana Velk said.", "“Go home.” The crowd left the square."},
			[]string{`said direct=true: ¶0 "The talks are over"`}},
		{"past narration that ends the paragraph before (“…,” X added. He then had a question. / “Who will pay?”: annotators take X's)",
			[]string{"“The talks are over,” Ana Velk said. She then had a question for the crowd.", "“Who will pay for the dam?”"},
			[]string{`said direct=true: ¶0 "The talks are over" ¶1 "Who will pay for the dam?"`}},
		{"not after an object verb's statement",
			[]string{"Jonas Vell announced the closure.", "“It is temporary.”"},
			[]string{`announced direct=false: ¶0 "the closure"`}},
		{"not past a paragraph between",
			[]string{"“The talks are over,” Ana Velk said.", "", "“We are going home.”"},
			[]string{`said direct=true: ¶0 "The talks are over"`}},
	})
}

// TestColonIntroductions: a frame whose sentence ends its paragraph with
// a colon takes the paragraphs after it; a quoted paragraph among them is
// direct even when the introduction's own content is reported.
func TestColonIntroductions(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a quotation over the next paragraphs, whole, and no further",
			[]string{"Ana Velk warned of the consequences:", "“The talks are over.", "“We are going home.”", "The talks resumed on Friday."},
			[]string{
				`warned direct=false: ¶0 "of the consequences"`,
				`warned direct=true: ¶1 "The talks are over." ¶2 "We are going home."`,
			}},
		{"unquoted paragraphs up to one with its own cue",
			[]string{"Ana Velk warned of the consequences:", "The talks are over.", "We are going home.", "Jonas Vell said Orlavia was ready."},
			[]string{
				`warned direct=false: ¶0 "of the consequences"`,
				`warned direct=false: ¶1 "The talks are over."`,
				`warned direct=false: ¶2 "We are going home."`,
				`said direct=false: ¶3 "Orlavia was ready"`,
			}},
		{"unquoted paragraphs up to a quoted one",
			[]string{"Ana Velk warned of the consequences:", "The talks are over.", "“We are going home.”"},
			[]string{
				`warned direct=false: ¶0 "of the consequences"`,
				`warned direct=false: ¶1 "The talks are over."`,
			}},
		{"at most six paragraphs",
			[]string{"Ana Velk warned of the consequences:", "The talks are over.", "We are going home.", "It is late.", "We are tired.", "Trucks wait.", "Rain falls.", "Night comes."},
			[]string{
				`warned direct=false: ¶0 "of the consequences"`,
				`warned direct=false: ¶1 "The talks are over."`,
				`warned direct=false: ¶2 "We are going home."`,
				`warned direct=false: ¶3 "It is late."`,
				`warned direct=false: ¶4 "We are tired."`,
				`warned direct=false: ¶5 "Trucks wait."`,
				`warned direct=false: ¶6 "Rain falls."`,
			}},
		{"a colon inside the paragraph introduces nothing",
			[]string{"Ana Velk warned of the consequences: the talks are over.", "We are going home."},
			[]string{`warned direct=false: ¶0 "the talks are over"`}},
	})
}

// TestOwnCue: the caller says which paragraphs an introduction cannot
// take; nil takes them all.
func TestOwnCue(t *testing.T) {
	st := run(t, "Ana Velk warned of the consequences:", "The talks are over.", "Orlavia is ready.")
	heading := func(p int) bool { return p == 2 }
	if _, got := st.build(heading); len(got) != 2 || !strings.Contains(got[1], "¶1") {
		t.Errorf("stopped by paragraph 2: %q", got)
	}
	if _, got := st.build(nil); len(got) != 3 || !strings.Contains(got[2], `¶2 "Orlavia is ready."`) {
		t.Errorf("no ownCue: %q", got)
	}
}

// TestStatementsInTextOrder: every statement's pieces are in text order,
// Para is the first one's paragraph, and a statement goes on into a later
// paragraph only where a quotation does.
func TestStatementsInTextOrder(t *testing.T) {
	st := run(t, "“The talks are over,” said Ana Velk, “and we are going home.", "“Orlavia is ready.”", "“Kestria is not,” Jonas Vell said. “Varanda waits.”")
	stmts, lines := st.build(st.framed)
	if len(stmts) != 2 || len(stmts[0].Pieces) != 3 || len(stmts[1].Pieces) != 2 {
		t.Fatalf("%d statements, want 2 (with 3 and 2 pieces):\n%s", len(stmts), strings.Join(lines, "\n"))
	}
	for i, s := range stmts {
		for j, pc := range s.Pieces {
			if j == 0 && pc.Para != s.Para() {
				t.Errorf("statement %d: first piece in paragraph %d, statement in %d", i, pc.Para, s.Para())
			}
			if j == 0 {
				continue
			}
			before := s.Pieces[j-1]
			if pc.Para < before.Para || pc.Para == before.Para && pc.Start < before.End {
				t.Errorf("statement %d: piece %d (¶%d at %d) before the end of the piece before (¶%d at %d)", i, j, pc.Para, pc.Start, before.Para, before.End)
			}
			if pc.Para != before.Para && !pc.Continues {
				t.Errorf("statement %d: piece %d in paragraph %d goes on from paragraph %d and is no quotation's", i, j, pc.Para, before.Para)
			}
		}
	}
	if want := []int{0, 2}; fmt.Sprint(paras(stmts)) != fmt.Sprint(want) {
		t.Errorf("paragraphs %v, want %v:\n%s", paras(stmts), want, strings.Join(lines, "\n"))
	}
}

func paras(stmts []statement.Statement) []int {
	var out []int
	for _, s := range stmts {
		out = append(out, s.Para())
	}
	return out
}

// TestContinuedQuotationsPastAsides: a quotation after a sentence that
// quotes X and then reports, in an aside, what X did or said goes on with
// X's quotation, not with the aside's reported content.
func TestContinuedQuotationsPastAsides(t *testing.T) {
	checkStatements(t, []statementCase{
		{"past a relative clause of saying",
			[]string{"“The talks are over,” said Ana Velk, who said she would leave Orlavia. “We are going home.”"},
			[]string{
				`said direct=true: ¶0 "The talks are over" ¶0 "We are going home."`,
				`said direct=false: ¶0 "she would leave Orlavia"`,
			}},
		{"past a participle of saying",
			[]string{"“The talks are over,” Ana Velk said, suggesting that Tesmar had walked out. “We are going home.”"},
			[]string{
				`said direct=true: ¶0 "The talks are over" ¶0 "We are going home."`,
				`suggesting direct=false: ¶0 "Tesmar had walked out"`,
			}},
		{"past a participle with an object",
			[]string{"“They will use anything,” Ana Velk said, mocking concerns about the border. “These people are not careful.”"},
			[]string{
				`said direct=true: ¶0 "They will use anything" ¶0 "These people are not careful."`,
				`mocking direct=false: ¶0 "concerns about the border"`,
			}},
		{"a reported statement in its own sentence keeps the quotation",
			[]string{"“The talks are over,” Ana Velk said. Jonas Vell said Orlavia was ready. “We are going home.”"},
			[]string{
				`said direct=true: ¶0 "The talks are over"`,
				`said direct=false: ¶0 "Orlavia was ready" ¶0 "We are going home."`,
			}},
	})
}

// TestAccordingHoldsItsSentence: an account named by "according to" is
// the source of all its sentence says, a saying reported inside it too
// (which is the account's statement only: nested.go).
func TestAccordingHoldsItsSentence(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a saying inside the account",
			[]string{"According to her account, after examining the leg, Ana Velk insisted that Vell go to the hospital in Port Selin."},
			[]string{
				`According to direct=false: ¶0 "after examining the leg, Ana Velk insisted that Vell go to the hospital in Port Selin"`,
			}},
	})
}

// TestQuotationGoesOnPastReportedSentence: reported content that ends
// inside a quotation takes the rest of that quotation, over the
// sentences it runs on; a quotation closed in the sentence adds nothing.
func TestQuotationGoesOnPastReportedSentence(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a quotation of several sentences",
			[]string{"Ana Velk asked a few questions, including, “Does Orlavia need a tax break? Is the border safe?”"},
			[]string{`asked direct=false: ¶0 "a few questions, including, “Does Orlavia need a tax break" ¶0 "Is the border safe?"`}},
		{"a quotation closed in the sentence",
			[]string{"Ana Velk said Orlavia was “not ready.” The talks went on."},
			[]string{`said direct=false: ¶0 "Orlavia was “not ready.”"`}},
	})
}

// TestQuotationAfterColonIsTheLaterCues: a quotation after a colon that
// a cue after it reports ("…: “…,” the union wrote") is that cue's, not
// the end of the clause before the colon; the addressee of a cue before
// the colon ("scolded him: “…,” she said") takes it whole.
func TestQuotationAfterColonIsTheLaterCues(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a reported clause ends at the colon",
			[]string{"The letter stressed the gains it said the accord would bring to farmers: “Our growers will be the first to profit,” the union wrote."},
			[]string{
				`stressed direct=false: ¶0 "the gains"`,
				`said direct=false: ¶0 "the accord would bring to farmers"`,
				`wrote direct=true: ¶0 "Our growers will be the first to profit"`,
			}},
		{"a scolding's addressee, then the quotation",
			[]string{"Sen. Ana Velk scolded him: “The council is against you,” she said."},
			[]string{`scolded direct=true: ¶0 "The council is against you"`}},
	})
}

// TestJoinedClauseOfNewSpeaker: "X said A and Y accused B" is two
// statements, X's ending where Y's clause begins.
func TestJoinedClauseOfNewSpeaker(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a name after 'and' opens its own saying",
			[]string{"Tesmari officials said the ministry mishandled the inquiry and Orlavians accused the council of stalling the talks."},
			[]string{
				`said direct=false: ¶0 "the ministry mishandled the inquiry"`,
				`accused direct=false: ¶0 "stalling the talks"`,
			}},
	})
}
