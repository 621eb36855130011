package cite

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

func story() *data.Briefing {
	return &data.Briefing{
		ID: "velhaven-talks", Title: "Talks Resume in Velhaven", Source: "https://news.tesmar.example/talks",
		Date: time.Date(2026, 11, 3, 8, 0, 0, 0, time.UTC),
	}
}

func TestMarkdown(t *testing.T) {
	direct := data.Statement{Speaker: "Ada Morrow", Role: "Foreign Minister", Party: "Tesmar", Cue: "said",
		Text: "“We will not withdraw.”", Paragraph: 4, Kind: data.Direct}
	tests := []struct {
		name string
		b    *data.Briefing
		s    data.Statement
		want string
	}{{
		name: "a quotation, every field",
		b:    story(), s: direct,
		want: "> “We will not withdraw.”\n>\n> — Ada Morrow, Foreign Minister, Tesmar; [Talks Resume in Velhaven](https://news.tesmar.example/talks), 3 November 2026, ¶4\n",
	}, {
		name: "reported speech, no role, a source that is not a web address, no date",
		b:    &data.Briefing{ID: "x", Title: "Orlavia Replies", Source: "example (invented for brief)"},
		s:    data.Statement{Speaker: "the Orlavian Foreign Ministry", Party: "Orlavia", Text: "the offer was a *trap* [sic]", Paragraph: 2, Kind: data.Reported},
		want: "> the offer was a \\*trap\\* \\[sic\\]\n>\n> — the Orlavian Foreign Ministry (reported speech), Orlavia; *Orlavia Replies*, ¶2\n",
	}, {
		name: "a question; the party that is the speaker is said once",
		b:    &data.Briefing{ID: "x", Title: "Briefing (Part 2)", Source: "http://k.example/a b(1)"},
		s:    data.Statement{Speaker: "Kestria", Party: "Kestria", Text: "- when?", Paragraph: 1, Kind: data.Question},
		want: "> Q: \\- when?\n>\n> — Kestria; [Briefing (Part 2)](http://k.example/a%20b%281%29), ¶1\n",
	}, {
		name: "escapes, new lines and passwords do not survive",
		b:    &data.Briefing{ID: "x", Title: "Talks\x1b]52;c;ZXZpbA==\a\nResume", Source: "https://ana:secret@tesmar.example/x"},
		s:    data.Statement{Speaker: "Ada\u202e Morrow", Text: "ready\x1b[2J\nnow", Paragraph: 1, Kind: data.Direct},
		want: "> “ready now”\n>\n> — Ada Morrow; [Talks Resume](https://ana:xxxxx@tesmar.example/x), ¶1\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := New(tt.b, tt.s).Markdown(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestCSVRoundTrip: what encoding/csv reads back is every field as it was,
// commas, quotation marks and all.
func TestCSVRoundTrip(t *testing.T) {
	b := story()
	b.Title = `Tesmar, Orlavia and the "Velhaven" Formula`
	cs := []Citation{
		New(b, data.Statement{Speaker: "Ada Morrow", Role: "Foreign Minister, acting", Party: "Tesmar", Cue: "said",
			Text: `He said "no", then "yes, perhaps"`, Paragraph: 3, Kind: data.Direct}),
		New(&data.Briefing{ID: "b2", Title: "line\nbreak"}, data.Statement{Speaker: "Ivo Brandt", Text: "x,y", Kind: data.Reported}),
	}
	cs[0].AlsoIn = []Ref{{Story: "wire-1"}, {Story: "saved-copy"}}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, cs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{Header(), cs[0].Record(), cs[1].Record()}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("read back\n%q\nwant\n%q", rows, want)
	}
	if rows[1][1] != b.Title || rows[1][6] != "Foreign Minister, acting" || rows[1][10] != `He said "no", then "yes, perhaps"` ||
		rows[1][2] != "2026-11-03" || rows[1][11] != "wire-1 saved-copy" || rows[2][1] != "line break" {
		t.Errorf("fields: %q", rows[1:])
	}
	if len(Header()) != len(cs[0].Record()) {
		t.Errorf("header of %d fields, records of %d", len(Header()), len(cs[0].Record()))
	}
}

func TestMarkdownAlsoIn(t *testing.T) {
	c := New(story(), data.Statement{Speaker: "Ada Morrow", Text: "We are ready.", Paragraph: 1})
	c.AlsoIn = []Ref{RefOf(&data.Briefing{ID: "w", Title: "Wire [copy]", Source: "https://w.example/1", Date: time.Date(2026, 11, 4, 0, 0, 0, 0, time.UTC)}), {Story: "s", Title: "Saved"}}
	want := "> “We are ready.”\n>\n> — Ada Morrow; [Talks Resume in Velhaven](https://news.tesmar.example/talks), 3 November 2026, ¶1\n" +
		">\n> Also reported in: [Wire \\[copy\\]](https://w.example/1), 4 November 2026; *Saved*\n"
	if got := c.Markdown(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestWriteMarkdownSeparatesCitations(t *testing.T) {
	c := New(story(), data.Statement{Speaker: "Ada Morrow", Text: "Yes.", Paragraph: 1})
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, []Citation{c, c}); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != c.Markdown()+"\n"+c.Markdown() || strings.Count(got, "> “Yes.”") != 2 {
		t.Errorf("got %q", got)
	}
}
