package text

import (
	"reflect"
	"strings"
	"testing"
)

type testWords struct{}

func (testWords) Abbreviation(w string) (bool, bool) {
	switch w {
	case "mr.", "gen.", "sen.":
		return true, false
	case "fla.":
		return true, true
	case "jr.":
		return true, true
	}
	return false, false
}

func (testWords) SentenceOpener(w string) bool { return w == "He" || w == "The" }

func words(p *Paragraph) []string {
	var out []string
	for i := range p.Tokens {
		out = append(out, p.Word(i))
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want string // tokens joined by |
	}{
		{"Tesmar’s envoy said.", "Tesmar|’s|envoy|said|."},
		{"The U.S. delegation won’t go.", "The|U.S.|delegation|wo|n’t|go|."},
		{"Mr. Velk, 3.8 and 2,000 people", "Mr.|Velk|,|3.8|and|2,000|people"},
		{"Jean-Marc O’Brien -- no", "Jean-Marc|O’Brien|--|no"},
		{"The K5+ met; 5+3 is 8.", "The|K5+|met|;|5|+|3|is|8|."},
		{"''That's it,'' he said", "''|That|'s|it|,|''|he|said"},
		{"J. Velk Jr. left...", "J.|Velk|Jr.|left|..."},
		{"the leaders’ talks", "the|leaders|’|talks"},
		{"“We are ready” — Ana", "“|We|are|ready|”|—|Ana"},
		// a party and a state: the state's abbreviation keeps its period
		{"Sen. Ana Arno (R-Fla.) said", "Sen.|Ana|Arno|(|R-Fla.|)|said"},
		{"Rep. Tom Velk (D-N.Y.) said", "Rep|.|Tom|Velk|(|D-N.Y.|)|said"},
		{"the Mekong-U.S. Partnership", "the|Mekong-U.S.|Partnership"},
		{"Kestria-Orlavia. The talks", "Kestria-Orlavia|.|The|talks"},
		// a slash between digits is inside a number or a date, which
		// then heads no phrase of its own ("said 4/12 widow Ana Velk")
		{"said 4/12 widow Ana Velk on 3/14/2021, open 24/7", "said|4/12|widow|Ana|Velk|on|3/14/2021|,|open|24/7"},
		{"yes/no and 5 / 6", "yes|/|no|and|5|/|6"},
	}
	for _, c := range cases {
		p := Paragraph{Text: c.in, Tokens: Tokenize(c.in, testWords{}, nil)}
		if got := strings.Join(words(&p), "|"); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestQuoteMarksDirection(t *testing.T) {
	s := `He said "no" and 'never' to the leaders' plan, ‘yes’.`
	toks := Tokenize(s, nil, nil)
	var got []string
	for _, tk := range toks {
		if tk.Kind != Quote {
			continue
		}
		d := "?"
		switch {
		case tk.Has(Open):
			d = "open"
		case tk.Has(Close):
			d = "close"
		}
		got = append(got, s[tk.Start:tk.End]+d)
	}
	want := []string{`"open`, `"close`, `'open`, `'close`, `'close`, `‘open`, `’close`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func sentences(p *Paragraph) []string {
	var out []string
	for _, s := range p.Sentences {
		out = append(out, p.Text[p.Tokens[s.From].Start:p.Tokens[s.To-1].End])
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Tesmar agreed. Orlavia did not.", []string{"Tesmar agreed.", "Orlavia did not."}},
		{"Mr. Velk met Gen. Arno. He left.", []string{"Mr. Velk met Gen. Arno.", "He left."}},
		{"Talks with the U.S. He said no.", []string{"Talks with the U.S.", "He said no."}},
		{"Talks with the U.S. Army began.", []string{"Talks with the U.S. Army began."}},
		{"“It is over. We leave,” he said. Then he left.", []string{"“It is over.", "We leave,” he said.", "Then he left."}},
		{"“Is it over?” he asked.", []string{"“Is it over?” he asked."}},
		{"He said “stop.” The talks ended.", []string{"He said “stop.”", "The talks ended."}},
		{"It rose (to 5.) The end", []string{"It rose (to 5.)", "The end"}},
	}
	for _, c := range cases {
		d := Analyze([]string{c.in}, testWords{})
		if got := sentences(&d.Paragraphs[0]); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func quoted(d *Document) []string {
	var out []string
	for _, q := range d.Quotations {
		var parts []string
		for _, pc := range q.Pieces {
			p := &d.Paragraphs[pc.Para]
			in := pc.Inner(p)
			if in.From >= in.To {
				parts = append(parts, "")
				continue
			}
			parts = append(parts, p.Text[p.Tokens[in.From].Start:p.Tokens[in.To-1].End])
		}
		out = append(out, strings.Join(parts, " / "))
	}
	return out
}

func TestQuotations(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  []string
	}{
		{"one paragraph", []string{`“We are ready,” Velk said, “and we will go.”`}, []string{"We are ready,", "and we will go."}},
		{"over two paragraphs", []string{"“We are ready.", "“We will go,” Velk said."}, []string{"We are ready. / We will go,"}},
		{"open, then a paragraph without a mark", []string{"“We are ready.", "Velk said so."}, []string{"We are ready."}},
		{"an apostrophe is no quotation", []string{"The leaders' plan and 'the deal' stand."}, []string{"the deal"}},
		{"a stray straight mark", []string{`It is 5" long and "fine".`}, []string{"fine"}},
		{"typewriter quotes", []string{"''That's it,'' he said."}, []string{"That's it,"}},
		{"single inside double", []string{"“He called it ‘a farce’ today,” she said."}, []string{"He called it ‘a farce’ today,"}},
	}
	for _, c := range cases {
		d := Analyze(c.paras, testWords{})
		if got := quoted(d); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestInQuoteMarksTokens(t *testing.T) {
	d := Analyze([]string{"Velk said “no deal” today."}, nil)
	p := &d.Paragraphs[0]
	var in []string
	for i := range p.Tokens {
		if d.InQuote[0][i] >= 0 {
			in = append(in, p.Word(i))
		}
	}
	if want := []string{"“", "no", "deal", "”"}; !reflect.DeepEqual(in, want) {
		t.Errorf("inside the quotation: %q, want %q", in, want)
	}
}

func (testWords) NumeralAbbreviation(w string) bool { return w == "no." }

func TestNumeralAbbreviation(t *testing.T) {
	d := Analyze([]string{"He lives at No. 10 now. We said no. The talks ended."}, testWords{})
	want := []string{"He lives at No. 10 now.", "We said no.", "The talks ended."}
	if got := sentences(&d.Paragraphs[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestLower(t *testing.T) {
	for in, want := range map[string]string{
		"said": "said", "Said": "said", "U.S.": "u.s.", "KESTRIA’S": "kestria’s", "": "",
	} {
		if got := Lower(in); got != want {
			t.Errorf("Lower(%q) = %q, want %q", in, got, want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { Lower("already lower") }); n != 0 {
		t.Errorf("Lower of a lower-case word allocated %v times", n)
	}
}
