package text

import (
	"reflect"
	"testing"
)

func (testWords) PlacePreposition(w string) bool  { return w == "in" || w == "to" }
func (testWords) PlaceAbbreviation(w string) bool { return w == "d.c." || w == "fla." }

// TestPlaceAbbreviationEndsSentence: an abbreviation that ends a place
// named after a preposition of place ("in Hollin, D.C.") ends the
// sentence before a capital, whatever word it is; without the
// preposition the abbreviation may qualify what follows ("Hollin, D.C.
// Mayor Velk"), and a name's suffix ends no place.
func TestPlaceAbbreviationEndsSentence(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Velk met Arno in Hollin, D.C. Secretary Velk and Minister Arno discussed trade.",
			[]string{"Velk met Arno in Hollin, D.C.", "Secretary Velk and Minister Arno discussed trade."}},
		{"Velk returned to Port Selin, Fla. Previously, he taught law.",
			[]string{"Velk returned to Port Selin, Fla.", "Previously, he taught law."}},
		{"Velk met Arno in Hollin, D.C. on Monday.", []string{"Velk met Arno in Hollin, D.C. on Monday."}},
		{"Hollin, D.C. Mayor Ana Velk said the talks were over.", []string{"Hollin, D.C. Mayor Ana Velk said the talks were over."}},
		{"The Greater Hollin, D.C. Area grew.", []string{"The Greater Hollin, D.C. Area grew."}},
		{"Velk spoke to Tad Arno, Jr. Memorial donors.", []string{"Velk spoke to Tad Arno, Jr. Memorial donors."}},
		{"Talks in Hollin, D.C. He said no.", []string{"Talks in Hollin, D.C.", "He said no."}},
		{"At the talks in Kestria, U.S. Ambassador Tad Arno spoke.", []string{"At the talks in Kestria, U.S. Ambassador Tad Arno spoke."}},
	}
	for _, c := range cases {
		d := Analyze([]string{c.in}, testWords{})
		if got := sentences(&d.Paragraphs[0]); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestPeriodInsideName: a period with a lower-case letter or a digit
// right after it is inside a name ("Tesmar.gov", "BA.5"), not a
// sentence's end; a capital after it still opens one, and an
// abbreviation keeps its periods.
func TestPeriodInsideName(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"The site Tesmar.gov said the talks failed.", []string{"The site Tesmar.gov said the talks failed."}},
		{"Officials said that BA.5 may spread. He left.", []string{"Officials said that BA.5 may spread.", "He left."}},
		{"Tesmar agreed.Orlavia did not.", []string{"Tesmar agreed.", "Orlavia did not."}},
	}
	for _, c := range cases {
		d := Analyze([]string{c.in}, testWords{})
		if got := sentences(&d.Paragraphs[0]); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
