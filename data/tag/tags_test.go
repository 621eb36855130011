package tag

import "testing"

func TestTagNamesRoundTrip(t *testing.T) {
	t.Parallel()
	for tg := Tag(1); tg < numTags; tg++ {
		got, ok := ParseTag(tg.String())
		if !ok || got != tg {
			t.Errorf("ParseTag(%q) = %v, %v", tg.String(), got, ok)
		}
	}
	for _, bad := range []string{"", "nn", "PRP$$", "X"} {
		if _, ok := ParseTag(bad); ok {
			t.Errorf("ParseTag(%q) succeeded", bad)
		}
	}
	if Tag(200).String() != "Tag(?)" {
		t.Errorf("out of range: %q", Tag(200).String())
	}
}

func TestTagClasses(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		is   func(Tag) bool
		want []Tag
	}{
		{"IsNoun", Tag.IsNoun, []Tag{NN, NNS, NNP, NNPS}},
		{"IsProperNoun", Tag.IsProperNoun, []Tag{NNP, NNPS}},
		{"IsVerb", Tag.IsVerb, []Tag{VB, VBD, VBG, VBN, VBP, VBZ}},
		{"IsFiniteVerb", Tag.IsFiniteVerb, []Tag{MD, VBD, VBP, VBZ}},
		{"IsAdj", Tag.IsAdj, []Tag{JJ, JJR, JJS}},
		{"IsAdverb", Tag.IsAdverb, []Tag{RB, RBR, RBS, WRB}},
		{"IsPronoun", Tag.IsPronoun, []Tag{PRP, PRPS, WP, WPS}},
		{"IsWh", Tag.IsWh, []Tag{WDT, WP, WPS, WRB}},
		{"IsPunct", Tag.IsPunct, []Tag{Comma, Period, Colon, OpenQuote, CloseQuote, LRB, RRB, HYPH, NFP}},
	} {
		for tg := Tag(0); tg < numTags; tg++ {
			want := false
			for _, w := range c.want {
				want = want || w == tg
			}
			if c.is(tg) != want {
				t.Errorf("%s(%s) = %v", c.name, tg, !want)
			}
		}
	}
}
