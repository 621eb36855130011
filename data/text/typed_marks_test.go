package text

import (
	"reflect"
	"testing"
)

// TestTypedDash: a hyphen typed between spaces is a dash (an aside's
// bounds), one inside a word or a range is not.
func TestTypedDash(t *testing.T) {
	cases := []struct {
		s    string
		want []bool // Dash, for each "-" token in order
	}{
		{"Velk - who spoke first - said no.", []bool{true, true}},
		{"Velk -- who spoke first -- said no.", []bool{true, true}},
		{"The pro-Tesmar bloc said no.", nil}, // a hyphen inside a word is no token
		{"Scores were 3 -2 and 4- 1.", []bool{false, false}},
		{"It ends -", []bool{true}},
	}
	for _, c := range cases {
		toks := Tokenize(c.s, nil, nil)
		var got []bool
		for _, tk := range toks {
			if w := c.s[tk.Start:tk.End]; w == "-" || w == "--" {
				got = append(got, tk.Has(Dash))
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: dashes %v, want %v", c.s, got, c.want)
		}
	}
}

// TestStraightMarkBetweenSpacesCloses: a straight mark with spaces on
// both sides is neither opening nor closing by its form; when it ends a
// quotation the pairing marks it closing, so that later stages see the
// quotation end there ("…this, " Velk said") and the attribution after
// it is a sentence of its own.
func TestStraightMarkBetweenSpacesCloses(t *testing.T) {
	d := Analyze([]string{`"We are ready. We will go on, " Velk said. Arno said " no " once.`}, testWords{})
	p := &d.Paragraphs[0]
	var dirs []string
	for _, tk := range p.Tokens {
		if tk.Kind != Quote {
			continue
		}
		switch {
		case tk.Has(Open):
			dirs = append(dirs, "open")
		case tk.Has(Close):
			dirs = append(dirs, "close")
		default:
			dirs = append(dirs, "?")
		}
	}
	if want := []string{"open", "close", "?", "?"}; !reflect.DeepEqual(dirs, want) {
		t.Errorf("directions %v, want %v", dirs, want)
	}
	if got, want := quoted(d), []string{"We are ready. We will go on,"}; !reflect.DeepEqual(got, want) {
		t.Errorf("quotations %q, want %q", got, want)
	}
	d = Analyze([]string{`"We will not retreat. " Velk said so.`}, testWords{})
	if got, want := sentences(&d.Paragraphs[0]), []string{`"We will not retreat. "`, "Velk said so."}; !reflect.DeepEqual(got, want) {
		t.Errorf("sentences %q, want %q", got, want)
	}
}

// TestColonGluedMarkOpens: "Rep. Arno (D-Kes.):"I have …"": a straight
// mark glued to a colon and to the word after it opens a quotation.
func TestColonGluedMarkOpens(t *testing.T) {
	d := Analyze([]string{`Rep. Arno (D-Kes.):"I have not heard that figure."`}, testWords{})
	if got, want := quoted(d), []string{"I have not heard that figure."}; !reflect.DeepEqual(got, want) {
		t.Errorf("quotations %q, want %q", got, want)
	}
}
