package attribution_test

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/brief-reader/brief/data/attribution"
	"github.com/brief-reader/brief/data/gazetteer"
)

// declared are invented parties and people, as a briefing's front matter
// declares them.
var declared = gazetteer.Entries{
	Parties: []gazetteer.PartyEntry{
		{Name: "Tesmar", Demonyms: []string{"Tesmari"}, Capital: "Varn", Kind: "state"},
		{Name: "Orlavia", Demonyms: []string{"Orlavian"}, Capital: "Ostra", Kind: "state"},
		{Name: "Kestria", Demonyms: []string{"Kestrian"}, Capital: "Hollin", Kind: "state"},
	},
	People: []gazetteer.PersonEntry{
		{Name: "Ana Velk", Role: "Foreign Minister", Party: "Tesmar", Gender: "f"},
		{Name: "Jonas Vell", Role: "Ambassador", Party: "Orlavia", Gender: "m"},
	},
}

func newEngine(t testing.TB) *attribution.Engine {
	t.Helper()
	e, errs := attribution.New("")
	for _, err := range errs {
		t.Fatal(err)
	}
	return e
}

func document(title string, paragraphs ...string) *attribution.Document {
	d := &attribution.Document{Title: title, Declared: declared}
	for _, p := range paragraphs {
		d.Paragraphs = append(d.Paragraphs, attribution.Paragraph{Text: p})
	}
	return d
}

// said is what a test asserts of a statement.
type said struct {
	speaker, party string
	kind           attribution.Kind
	cue, text      string
	para           int
}

func (s said) String() string {
	return fmt.Sprintf("¶%d %s (%s) kind %d %q: %q", s.para, s.speaker, s.party, s.kind, s.cue, s.text)
}

func saidOf(st attribution.Statement) said {
	return said{st.Speaker, st.Party, st.Kind, st.Cue, st.Text, st.Para}
}

// words are the runs of letters and digits of s.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// checkSpan reports a statement whose span in its paragraph does not
// begin with its text's first word, end with its last, and hold all of
// them in order.
func checkSpan(t *testing.T, name string, d *attribution.Document, st attribution.Statement) {
	t.Helper()
	if st.Para < 0 || st.Para >= len(d.Paragraphs) {
		t.Errorf("%s: %q in paragraph %d of %d", name, st.Text, st.Para, len(d.Paragraphs))
		return
	}
	p := d.Paragraphs[st.Para].Text
	if st.Start < 0 || st.End > int32(len(p)) || st.Start >= st.End {
		t.Errorf("%s: %q has span [%d, %d) in a paragraph of %d bytes", name, st.Text, st.Start, st.End, len(p))
		return
	}
	span, text := words(p[st.Start:st.End]), words(st.Text)
	if len(text) == 0 || span[0] != text[0] {
		t.Errorf("%s: span %q does not start at the first word of %q", name, p[st.Start:st.End], st.Text)
		return
	}
	k := 0
	for _, w := range span {
		if k < len(text) && w == text[k] {
			k++
		}
	}
	if k < len(text) {
		// a quotation that goes on over paragraphs: the span is its part
		// in the first, and the rest is in the paragraphs after, in order
		var after []string
		for _, q := range d.Paragraphs[st.Para+1:] {
			after = append(after, words(q.Text)...)
		}
		if span[len(span)-1] != text[k-1] || !inOrder(after, text[k:]) {
			t.Errorf("%s: span %q does not hold %q, nor do the paragraphs after it hold the rest", name, p[st.Start:st.End], st.Text)
		}
		return
	}
	if span[len(span)-1] != text[len(text)-1] {
		t.Errorf("%s: span %q does not end at the last word of %q", name, p[st.Start:st.End], st.Text)
	}
}

// inOrder reports whether want are words of have, in order.
func inOrder(have, want []string) bool {
	k := 0
	for _, w := range have {
		if k < len(want) && w == want[k] {
			k++
		}
	}
	return k == len(want)
}

func TestAttributeDocuments(t *testing.T) {
	t.Parallel()
	e := newEngine(t)
	cases := []struct {
		name    string
		doc     *attribution.Document
		parties []string
		want    []said
	}{
		// the ambassador's saying is inside what Kestrian television
		// reports: one statement, the outer speaker's, as news annotation
		// gives it (statement.reportedWithin)
		{"news: reported, direct with a pronoun, a later quotation, according to, a group",
			document("Border talks end",
				"Tesmari Foreign Minister Ana Velk said on Monday that the border would stay closed.",
				"“We will not reopen it this year,” she told reporters in Varn. “Orlavia knows why.”",
				"Jonas Vell, Orlavia’s ambassador, said the talks had failed, according to Kestrian television.",
				"The border is closed, Orlavian officials said.",
			),
			[]string{"Tesmar", "Kestria", "Orlavia"},
			[]said{
				{"Ana Velk", "Tesmar", attribution.Reported, "said", "the border would stay closed", 0},
				{"Ana Velk", "Tesmar", attribution.Direct, "told", "We will not reopen it this year … Orlavia knows why.", 1},
				{"Kestrian television", "Kestria", attribution.Reported, "according to", "Jonas Vell, Orlavia’s ambassador, said the talks had failed", 2},
				{"Orlavian officials", "Orlavia", attribution.Reported, "said", "The border is closed", 3},
			}},
		{"a parenthetical cue, a quotation over two paragraphs, a non-statement",
			document("Water summit",
				"The talks, Ana Velk said, are over.",
				"“The river belongs to all of us,” said Jonas Vell, a retired general, “and the dam must stay open.",
				"“Kestria will not be threatened.”",
				"Kestrian officials declined to comment.",
			),
			[]string{"Tesmar", "Orlavia", "Kestria"},
			[]said{
				{"Ana Velk", "Tesmar", attribution.Reported, "said", "The talks are over", 0},
				{"Jonas Vell", "Orlavia", attribution.Direct, "said", "The river belongs to all of us and the dam must stay open.\n\nKestria will not be threatened.", 1},
			}},
		{"a paragraph that is one quotation goes on with the speaker quoted before it",
			document("Dam talks",
				"“The river belongs to all of us,” Jonas Vell said.",
				"“Kestria will not be threatened.”",
				"Ana Velk said the talks were over.",
			),
			[]string{"Orlavia", "Tesmar"},
			[]said{
				{"Jonas Vell", "Orlavia", attribution.Direct, "said", "The river belongs to all of us\n\nKestria will not be threatened.", 0},
				{"Ana Velk", "Tesmar", attribution.Reported, "said", "the talks were over", 2},
			}},
		{"quotations a publishing system typed with ” only, or closed with three marks",
			document("Dam talks",
				"”The river belongs to all of us,” Jonas Vell said.",
				"''She asked me, 'What now?''' Ana Velk said.",
			),
			[]string{"Orlavia", "Tesmar"},
			[]said{
				{"Jonas Vell", "Orlavia", attribution.Direct, "said", "The river belongs to all of us", 0},
				{"Ana Velk", "Tesmar", attribution.Direct, "said", "She asked me, 'What now?'", 1},
			}},
		{"an introduction with a colon takes the unquoted paragraphs after it",
			document("Border talks",
				"Foreign Minister Ana Velk said:",
				"The talks are over.",
				"We are going home.",
				"Jonas Vell told reporters the army was ready.",
			),
			[]string{"Tesmar", "Orlavia"},
			[]said{
				{"Ana Velk", "Tesmar", attribution.Direct, "said", "The talks are over.", 1},
				{"Ana Velk", "Tesmar", attribution.Direct, "said", "We are going home.", 2},
				{"Jonas Vell", "Orlavia", attribution.Reported, "told", "the army was ready", 3},
			}},
		{"what a speech says in its government's name is the speaker's, and gives her its party",
			document("Ceasefire",
				"Harbour Secretary Lena Osk said:",
				"Orlavia welcomes the ceasefire agreed today.",
				"Both sides must now open the border.",
			),
			[]string{"Orlavia"},
			[]said{
				{"Lena Osk", "Orlavia", attribution.Direct, "said", "Orlavia welcomes the ceasefire agreed today.", 1},
				{"Lena Osk", "Orlavia", attribution.Direct, "said", "Both sides must now open the border.", 2},
			}},
		// a capital speaks as its party; "its" is the antecedent's
		{"a group's possessive pronoun gives it the party of the one it stands for",
			document("Ceasefire",
				"Varn has stated that it seeks a lasting peace.",
				"Its leadership said the border would stay open.",
			),
			[]string{"Tesmar"},
			[]said{
				{"Tesmar", "Tesmar", attribution.Reported, "stated", "it seeks a lasting peace", 0},
				{"Tesmar’s leadership", "Tesmar", attribution.Reported, "said", "the border would stay open", 1},
			}},
		{"a thing of someone's is no speaker: the author's inference",
			document("Talks", "Still, Varn’s recent signalling of goodwill suggests that both sides value the talks."),
			[]string{"Tesmar"}, nil},
		{"no cue, no statement; a capital names its party",
			document("Trucks wait", "Trucks wait at the border near Varn.", "Rain fell on Ostra."),
			[]string{"Tesmar", "Orlavia"}, nil},
	}
	for _, c := range cases {
		res := e.Attribute(c.doc)
		var got []said
		for _, st := range res.Statements {
			got = append(got, saidOf(st))
			checkSpan(t, c.name, c.doc, st)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s:\n got %v\nwant %v", c.name, got, c.want)
		}
		if fmt.Sprint(res.Parties) != fmt.Sprint(c.parties) {
			t.Errorf("%s: parties %v, want %v", c.name, res.Parties, c.parties)
		}
	}
}

// TestAttributeParagraphKinds: a skipped paragraph says nothing, a
// labelled one is its speaker's turn, a question label's is a question.
func TestAttributeParagraphKinds(t *testing.T) {
	t.Parallel()
	e := newEngine(t)
	d := &attribution.Document{Title: "Remarks by Foreign Minister Ana Velk", Declared: declared,
		Paragraphs: []attribution.Paragraph{
			{Text: "Jonas Vell said the border was open.", Skip: true},
			{Label: "FOREIGN MINISTER VELK", Text: "The border will reopen when Orlavia keeps its word."},
			{Label: "QUESTION", Text: "When will that be?"},
			{Label: "FOREIGN MINISTER VELK", Text: "Soon. Orlavian officials told me so."},
		}}
	want := []said{
		{"Ana Velk", "Tesmar", attribution.Direct, "", "The border will reopen when Orlavia keeps its word.", 1},
		{"Reporter", "", attribution.Question, "", "When will that be?", 2},
		{"Ana Velk", "Tesmar", attribution.Direct, "", "Soon. Orlavian officials told me so.", 3},
	}
	res := e.Attribute(d)
	var got []said
	for _, st := range res.Statements {
		got = append(got, saidOf(st))
		checkSpan(t, "transcript", d, st)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("\n got %v\nwant %v", got, want)
	}
}

// determinismDocs are documents for the determinism and concurrency tests:
// each has statements, and together they use every stage.
func determinismDocs() []*attribution.Document {
	return []*attribution.Document{
		document("Border talks end",
			"Tesmari Foreign Minister Ana Velk said on Monday that the border would stay closed.",
			"“We will not reopen it this year,” she told reporters in Varn. “Orlavia knows why.”",
			"Jonas Vell, Orlavia’s ambassador, said the talks had failed, according to Kestrian television."),
		document("Water summit",
			"The talks, Ana Velk said, are over.",
			"“The river belongs to all of us,” said Jonas Vell, a retired general, “and the dam must stay open.",
			"“Kestria will not be threatened.”"),
		document("Border talks",
			"Foreign Minister Ana Velk said:", "The talks are over.", "We are going home.",
			"Jonas Vell told reporters the army was ready, and the officials said the truce would hold."),
		document("Ceasefire",
			"Orlavia rejected Ana Velk’s claim that the army was ready.",
			"According to Jonas Vell, the ceasefire will hold. He urged Tesmar to reopen the border."),
	}
}

func TestAttributeIsDeterministic(t *testing.T) {
	t.Parallel()
	e := newEngine(t)
	for i, d := range determinismDocs() {
		first := e.Attribute(d)
		if len(first.Statements) == 0 {
			t.Errorf("document %d: no statements", i)
		}
		for k := 0; k < 3; k++ {
			if again := e.Attribute(d); !reflect.DeepEqual(again, first) {
				t.Errorf("document %d, run %d:\n got %+v\nwant %+v", i, k+2, again, first)
			}
		}
		if other := newEngine(t).Attribute(d); !reflect.DeepEqual(other, first) {
			t.Errorf("document %d, another engine:\n got %+v\nwant %+v", i, other, first)
		}
	}
}

// TestAttributeConcurrently: one engine serves several goroutines at once
// (run under -race) and gives each what it gives one at a time.
func TestAttributeConcurrently(t *testing.T) {
	t.Parallel()
	e := newEngine(t)
	docs := determinismDocs()
	want := make([]attribution.Result, len(docs))
	for i, d := range docs {
		want[i] = e.Attribute(d)
	}
	const workers = 4
	got := make([][]attribution.Result, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		got[w] = make([]attribution.Result, len(docs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range docs {
				i := (k + w) % len(docs) // each worker in its own order
				got[w][i] = e.Attribute(docs[i])
			}
		}()
	}
	wg.Wait()
	for w := range got {
		for i := range docs {
			if !reflect.DeepEqual(got[w][i], want[i]) {
				t.Errorf("worker %d, document %d:\n got %+v\nwant %+v", w, i, got[w][i], want[i])
			}
		}
	}
}

// TestAttributeAfterOtherDocuments: the engine reuses its working memory
// from one document to the next, so a document attributed after others,
// longer and shorter, must come out exactly as on a fresh engine.
func TestAttributeAfterOtherDocuments(t *testing.T) {
	t.Parallel()
	docs := determinismDocs()
	for i, d := range docs {
		want := newEngine(t).Attribute(d)
		e := newEngine(t)
		for k := len(docs) - 1; k >= 0; k-- {
			e.Attribute(docs[k])
		}
		if got := e.Attribute(d); !reflect.DeepEqual(got, want) {
			t.Errorf("document %d after the others:\n got %+v\nwant %+v", i, got, want)
		}
	}
}

// TestTurnLabelNamedInStory: a label that names someone by honorific or
// title and surname ("MR. ARNO") is the person the story names in full
// with that surname; with no one, or two people, of that surname, the
// label stays as written.
func TestTurnLabelNamedInStory(t *testing.T) {
	t.Parallel()
	e := newEngine(t)
	cases := []struct {
		name  string
		title string
		paras []attribution.Paragraph
		want  string // the speaker of the label "MR. ARNO"
	}{
		{"welcomed in a turn", "Press briefing",
			[]attribution.Paragraph{
				{Label: "FOREIGN MINISTER VELK", Text: "Today I’d like to welcome Tom Arno, our trade adviser, back to the podium."},
				{Label: "MR. ARNO", Text: "Thank you. Exports are up."},
			}, "Tom Arno"},
		{"named in the title", "Town hall with Tom Arno",
			[]attribution.Paragraph{
				{Label: "FOREIGN MINISTER VELK", Text: "Good evening."},
				{Label: "MR. ARNO", Text: "Good evening to you."},
			}, "Tom Arno"},
		{"no one of that surname", "Press briefing",
			[]attribution.Paragraph{
				{Label: "FOREIGN MINISTER VELK", Text: "Good evening."},
				{Label: "MR. ARNO", Text: "Good evening to you."},
			}, "Mr. Arno"},
		{"two people of that surname", "Press briefing",
			[]attribution.Paragraph{
				{Label: "FOREIGN MINISTER VELK", Text: "I welcome Tom Arno and Lena Arno to the podium."},
				{Label: "MR. ARNO", Text: "Thank you."},
			}, "Mr. Arno"},
	}
	for _, c := range cases {
		d := &attribution.Document{Title: c.title, Declared: declared, Paragraphs: c.paras}
		res := e.Attribute(d)
		got := ""
		for _, st := range res.Statements {
			if st.Para == len(c.paras)-1 {
				got = st.Speaker
			}
		}
		if got != c.want {
			t.Errorf("%s: the label is %q, want %q", c.name, got, c.want)
		}
	}
}
