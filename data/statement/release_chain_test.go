package statement_test

import (
	"strings"
	"testing"
)

// TestReleaseKeepsJoinedSayings: in an official release what one subject
// says with verbs joined in a sentence is one statement ("We commend A
// and call on B"), the convention of the annotated releases; news reads
// each verb as its own.
func TestReleaseKeepsJoinedSayings(t *testing.T) {
	cases := []struct {
		name      string
		paragraph string
		news      []string
		release   []string
	}{
		{"a stance and an urging",
			"We commend Minister Velk’s efforts and call on Orlavia’s leaders to keep the peace.",
			[]string{`commend direct=false: ¶0 "Minister Velk’s efforts"`, `call on direct=false: ¶0 "Orlavia’s leaders to keep the peace"`},
			[]string{`commend direct=false: ¶0 "Minister Velk’s efforts and call on Orlavia’s leaders to keep the peace"`}},
		{"two verbs of judgment",
			"Ana Velk denounced the missile tests and pledged to confront the smugglers.",
			[]string{`denounced direct=false: ¶0 "the missile tests"`, `pledged direct=false: ¶0 "to confront the smugglers"`},
			[]string{`denounced direct=false: ¶0 "the missile tests and pledged to confront the smugglers"`}},
		{"a participle after praise",
			"Jonas Vell praised the envoy, stating there was a benefit to having her in the talks.",
			[]string{`praised direct=false: ¶0 "the envoy"`, `stating direct=false: ¶0 "there was a benefit to having her in the talks"`},
			[]string{`praised direct=false: ¶0 "the envoy, stating there was a benefit to having her in the talks"`}},
		// a second "said" is a statement of its own in a release too
		{"a second said",
			"Ana Velk said the truce was fragile, and said that Orlavia had broken it.",
			[]string{`said direct=false: ¶0 "the truce was fragile"`, `said direct=false: ¶0 "Orlavia had broken it"`},
			[]string{`said direct=false: ¶0 "the truce was fragile"`, `said direct=false: ¶0 "Orlavia had broken it"`}},
	}
	for _, c := range cases {
		for _, release := range []bool{false, true} {
			st := run(t, c.paragraph)
			st.release = release
			_, got := st.build(st.framed)
			want := c.news
			if release {
				want = c.release
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s (release %v):\n got %s\nwant %s", c.name, release, strings.Join(got, "\n     "), strings.Join(want, "\n     "))
			}
		}
	}
}
