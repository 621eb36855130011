package data

import (
	"strings"
	"testing"
	"time"
)

func TestEscapeLine(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"plain prose.", "plain prose."},
		{"# not a heading", `\# not a heading`},
		{"1. not a list", `1\. not a list`},
		{"12) not a list", `12\) not a list`},
		{"- not a bullet", `\- not a bullet`},
		{"+ not a bullet", `\+ not a bullet`},
		{"* not a bullet", `\* not a bullet`},
		{"> not a quote", `\> not a quote`},
		{"=== not a heading", `\=== not a heading`},
		{"a *b* _c_ `d` [e](f) <g> h&amp; i|j ~k~ :smile:", `a \*b\* \_c\_ \` + "`" + `d\` + "`" + ` \[e\](f) \<g\> h\&amp; i\|j \~k\~ :smile:`},
		{`back\slash`, `back\\slash`},
		{"    indented", "indented"},
	}
	for _, tt := range tests {
		if got := escapeLine(tt.in); got != tt.want {
			t.Errorf("escapeLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func testBriefing() *Briefing {
	return &Briefing{
		ID:       "t",
		Title:    "Talks on the *Selin*",
		Dateline: "Port Selin",
		Date:     time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC),
		Parties:  []string{"Varanda", "Kestria"},
		Speakers: []Speaker{{Name: "Ilse Marrow", Person: true}, {Name: "the Kestrian cabinet"}, {Name: "Tomas Drey", Person: true}},
		Paragraphs: []Paragraph{
			{Text: "# not a heading"},
			{Text: "Section", Style: Style{Block: BlockHeading, Level: 2}},
			{Text: "an item", Style: Style{Block: BlockItem}},
			{Text: "second", Style: Style{Block: BlockItem, Number: 2}},
			{Text: "quoted", Style: Style{Block: BlockQuote}},
			{Text: "x := `y`", Style: Style{Block: BlockCode}},
			{Text: "fence ``` inside", Style: Style{Block: BlockCode}},
			{Label: "MR DREY", Text: "Good afternoon.\n\n1. Continued answer."},
		},
	}
}

func TestMarkdown(t *testing.T) {
	t.Parallel()
	want := "# Talks on the \\*Selin\\*\n\n" +
		"Port Selin · 4 Mar 2031 · Varanda, Kestria · Ilse Marrow, Tomas Drey\n\n" +
		"\\# not a heading\n\n" +
		"## Section\n\n" +
		"- an item\n\n" +
		"2. second\n\n" +
		"> quoted\n\n" +
		"```\nx := `y`\n```\n\n" +
		"````\nfence ``` inside\n````\n\n" +
		"**MR DREY:** Good afternoon.\n\n" +
		"1\\. Continued answer.\n"
	b := testBriefing()
	if got := b.Markdown(); got != want {
		t.Errorf("Markdown() =\n%s\nwant\n%s", got, want)
	}
	if b.Markdown() != b.Markdown() {
		t.Error("Markdown is not deterministic")
	}
	empty := &Briefing{ID: "only-id"}
	if got := empty.Markdown(); got != "# only-id\n" {
		t.Errorf("empty briefing: %q", got)
	}
}

func TestMarkdownHighlight(t *testing.T) {
	t.Parallel()
	b := &Briefing{Title: "T", Paragraphs: []Paragraph{
		{Text: "He said *this* and “that, too.” Then left."},
		{Label: "MS ODRAN", Text: "First part.\n\nSecond part here."},
	}}
	p1 := b.Paragraphs[0].Text
	s := strings.Index(p1, "*this*")
	tests := []struct {
		name      string
		paragraph int
		span      Span
		want      string // the paragraph's line in the output
	}{
		{"middle with markup", 1, Span{int32(s), int32(s + len("*this*"))}, `He said **\*this\*** and “that, too.” Then left.`},
		{"spaces moved outside", 1, Span{int32(s - 1), int32(s + len("*this*") + 1)}, `He said **\*this\*** and “that, too.” Then left.`},
		{"whole paragraph", 1, Span{0, int32(len(p1))}, `**He said \*this\* and “that, too.” Then left.**`},
		{"out of range span", 1, Span{0, int32(len(p1) + 1)}, `He said \*this\* and “that, too.” Then left.`},
		{"empty span", 1, Span{3, 3}, `He said \*this\* and “that, too.” Then left.`},
		{"no such paragraph", 9, Span{0, 2}, `He said \*this\* and “that, too.” Then left.`},
		{"turn across its parts", 2, Span{6, int32(len(b.Paragraphs[1].Text))}, "**MS ODRAN:** First **part.**\n\n**Second part here.**"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := b.MarkdownHighlight(tt.paragraph, tt.span)
			if !strings.Contains(got, "\n\n"+tt.want+"\n") {
				t.Errorf("got\n%s\nwant a paragraph\n%s", got, tt.want)
			}
		})
	}
}
