package text

import (
	"reflect"
	"testing"
)

// TestMisTypedAndNestedMarks: marks a publishing system typed the
// wrong way round, and typewriter marks that close two quotations at
// once, still give the quotation a reader sees.
func TestMisTypedAndNestedMarks(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  []string
	}{
		{"” opening a paragraph", []string{"”We will not retreat,” Velk said."}, []string{"We will not retreat,"}},
		{"” opening after a direction mark", []string{"\u202a”We will not retreat,” Velk said."}, []string{"We will not retreat,"}},
		{"” and a space opening a paragraph", []string{"” … and we will go on,” Arno wrote."}, []string{"… and we will go on,"}},
		{"” glued to a word after a space", []string{"“We are ready,” Velk said, ”and we will go.”"}, []string{"We are ready,", "and we will go."}},
		{"” closing after a space stays closing", []string{"“We are ready. ” Velk said."}, []string{"We are ready."}},
		{"” closing before a word stays closing", []string{"The “deal”was signed."}, []string{"deal"}},
		{"''' closes a single and a double quotation", []string{"''She asked, 'What now?''' Arno said."}, []string{"She asked, 'What now?'"}},
		{"“ ending a paragraph closes", []string{"“We see that. “"}, []string{"We see that."}},
		{"the ’ of a decade is no mark", []string{"In the ‘80s and ’90s, the farmers’ union called it ‘a farce’."}, []string{"a farce"}},
		{"the ' of a decade is no mark", []string{"In the '90s, the farmers' union said no."}, nil},
		{"a quotation may open on a number", []string{"Velk called it ‘90 percent done’."}, []string{"90 percent done"}},
		{"'' alone still closes", []string{"''We go,'' Arno said of 'the plan.'"}, []string{"We go,", "the plan."}},
	}
	for _, c := range cases {
		d := Analyze(c.paras, testWords{})
		if got := quoted(d); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestNestedCloseEndsBeforeSpeaker: after "?”'" the sentence that
// follows is the speaker's, with no stray mark left between them.
func TestNestedCloseEndsBeforeSpeaker(t *testing.T) {
	d := Analyze([]string{"''She asked, 'What now?''' Arno said."}, testWords{})
	want := []string{"''She asked, 'What now?'''", "Arno said."}
	if got := sentences(&d.Paragraphs[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("sentences %q, want %q", got, want)
	}
}
