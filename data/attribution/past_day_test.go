package attribution

import (
	"testing"
	"time"

	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/text"
)

// TestPastDay: a sentence that opens on a date of an earlier year tells
// of that day, whose office holders its bare titles name.
func TestPastDay(t *testing.T) {
	t.Parallel()
	e := testEngine(t)
	doc := &Document{Date: time.Date(2030, time.March, 1, 0, 0, 0, 0, time.UTC)}
	cases := []struct{ sentence, want string }{
		{"On June 16, 2026, by Decree 15, the President declared an emergency over the delta.", "2026-06-16"},
		{"In 2025, the President declared an emergency over the delta.", "2025-12-31"},
		{"The President declared an emergency over the delta in 2025.", ""},
		{"On June 16, 2030, the President will open the dam.", ""},
		{"On Monday, the President declared an emergency over the delta.", ""},
	}
	for _, c := range cases {
		td := text.Analyze([]string{c.sentence}, e.Lexicon)
		b := syntax.Builder{Lexicon: e.Lexicon, Tagger: e.Tagger}
		s := b.Build(td, 0, td.Paragraphs[0].Sentences[0])
		r := &run{engine: e, doc: doc}
		got := ""
		if d := r.pastDay(&s); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("%q: day %q, want %q", c.sentence, got, c.want)
		}
	}
}
