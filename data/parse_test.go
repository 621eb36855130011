package data

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func mustParse(t *testing.T, name, text string) *Briefing {
	t.Helper()
	b, err := Parse(name, []byte(text))
	if err != nil {
		t.Fatalf("Parse(%q): %v", name, err)
	}
	return b
}

func texts(b *Briefing) []string {
	out := make([]string, len(b.Paragraphs))
	for i, p := range b.Paragraphs {
		out[i] = p.Text
	}
	return out
}

func TestParsePlainFixture(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile(filepath.Join("testdata", "parse", "plain.txt"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("testdata/parse/plain.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	if b.ID != "plain" || b.Shape != ShapePlain || b.Dateline != "Port Selin" {
		t.Errorf("ID %q shape %q dateline %q", b.ID, b.Shape, b.Dateline)
	}
	if b.Title != "Varanda and Kestria Agree to Reopen the Selin Crossing" {
		t.Errorf("title %q", b.Title)
	}
	if len(b.Paragraphs) != 3 || !strings.HasPrefix(b.Paragraphs[0].Text, "Port Selin – Varanda") {
		t.Errorf("paragraphs %q", texts(b))
	}
}

func TestParseSeed(t *testing.T) {
	t.Parallel()
	raw, err := articles.ReadFile("articles/000_9ff3adb9c3e641cd.txt")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("000_9ff3adb9c3e641cd.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	if b.ID != "000_9ff3adb9c3e641cd" || b.Dateline != "Moscow" || b.Shape != ShapePlain || len(b.Paragraphs) != 23 {
		t.Errorf("ID %q dateline %q shape %q paragraphs %d", b.ID, b.Dateline, b.Shape, len(b.Paragraphs))
	}
	if !strings.HasPrefix(b.Paragraphs[0].Text, "Moscow – Russia expressed") {
		t.Errorf("first paragraph changed: %q", b.Paragraphs[0].Text)
	}
}

func TestParseMarkdownFixture(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile(filepath.Join("testdata", "parse", "council.md"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("council.md", raw)
	if err != nil {
		t.Fatal(err)
	}
	if b.Shape != ShapeMarkdown || b.Title != "Council Hears *Both* Sides on the Tarn Basin" || b.Dateline != "Lake Orrin" {
		t.Errorf("shape %q title %q dateline %q", b.Shape, b.Title, b.Dateline)
	}
	if want := time.Date(2031, 4, 9, 0, 0, 0, 0, time.UTC); !b.Date.Equal(want) {
		t.Errorf("date %v", b.Date)
	}
	if b.Source != "example (invented for brief)" {
		t.Errorf("source %q", b.Source)
	}
	wantDecl := Declared{
		Parties: []PartyDecl{{Name: "Varanda", Aliases: []string{"Varandan", "Port Selin"}}, {Name: "Kestria"}},
		Speakers: []SpeakerDecl{
			{Name: "Ilse Marrow", Role: "Foreign Minister", Party: "Varanda", Aliases: []string{"Marrow"}},
			{Name: "Tomas Drey"},
		},
	}
	if !reflect.DeepEqual(b.Declared, wantDecl) {
		t.Errorf("declared %+v", b.Declared)
	}
	want := []Paragraph{
		{Text: "Ignored heading because front matter has a title", Style: Style{Block: BlockHeading, Level: 1}},
		{Text: "The council met on Thursday to hear both delegations."},
		{Text: "Positions", Style: Style{Block: BlockHeading, Level: 2}},
		{Text: "Varanda asked for a joint survey.", Style: Style{Block: BlockItem}},
		{Text: "Kestria asked for time.", Style: Style{Block: BlockItem}},
		{Text: "First point", Style: Style{Block: BlockItem, Number: 1}},
		{Text: "Second point", Style: Style{Block: BlockItem, Number: 2}},
		{Text: "“We will not be rushed,” Marrow said. She repeated it twice.", Style: Style{Block: BlockQuote}},
		{Text: "raw *code* stays", Style: Style{Block: BlockCode}},
		{Text: "Some inline code and an escaped *star* and 5 * 3 and snake_case_name and [sic] and & and bold."},
	}
	if !reflect.DeepEqual(b.Paragraphs, want) {
		for i := range max(len(want), len(b.Paragraphs)) {
			var g, w Paragraph
			if i < len(b.Paragraphs) {
				g = b.Paragraphs[i]
			}
			if i < len(want) {
				w = want[i]
			}
			if g != w {
				t.Errorf("paragraph %d:\n got %+v\nwant %+v", i+1, g, w)
			}
		}
	}
}

func TestParseTranscriptMarkdown(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile(filepath.Join("testdata", "parse", "briefing.md"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("briefing.md", raw)
	if err != nil {
		t.Fatal(err)
	}
	want := []Paragraph{
		{Label: "MS. ODRAN", Text: "Good afternoon. Two items at the top.\n\nThe first concerns the crossing."},
		{Label: "QUESTION", Text: "Will the crossing open on Monday?"},
		{Label: "MS. ODRAN", Text: "It will, if the engineers say so.\n\nWe expect a decision soon."},
		{Text: "(The briefing was concluded at 2:14 p.m.)"},
	}
	if b.Shape != ShapeTranscript || b.Title != "Press Briefing on the Selin Crossing" || !reflect.DeepEqual(b.Paragraphs, want) {
		t.Errorf("shape %q title %q\nparagraphs %#v", b.Shape, b.Title, b.Paragraphs)
	}
}

func TestParseTranscriptLabels(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		line  string
		label string // "" when the line is not a turn
		text  string
	}{
		{"state dept", "MR PRICE: Good afternoon.", "MR PRICE", "Good afternoon."},
		{"period in honorific", "MS. PSAKI: Hi everyone.", "MS. PSAKI", "Hi everyone."},
		{"question", "QUESTION: Is it true?", "QUESTION", "Is it true?"},
		{"title and name", "SECRETARY BLINKEN: Thank you.", "SECRETARY BLINKEN", "Thank you."},
		{"bare Q", "Q Thank you, Mr. President.", "Q", "Thank you, Mr. President."},
		{"Q with dash", "Q — and on sanctions?", "Q", "— and on sanctions?"},
		{"Q colon", "Q: And the talks?", "Q", "And the talks?"},
		{"title case honorific", "Mr. Varga: We disagree.", "Mr. Varga", "We disagree."},
		{"title case role", "Moderator: Next question.", "Moderator", "Next question."},
		{"accented name", "MINISTER ÇELIK-ORAN: Indeed.", "MINISTER ÇELIK-ORAN", "Indeed."},
		{"any title before a quotation", "Sen. Ana Velk: “The bridge must open.”", "Sen. Ana Velk", "“The bridge must open.”"},
		{"offices before a quotation", "Speaker of the House, Kestrian Deputy Ana Velk: “We agree.”", "Speaker of the House, Kestrian Deputy Ana Velk", "“We agree.”"},
		{"a note before a quotation", "Note: “draft” means unsigned.", "", ""},
		{"lower-case words before a quotation", "The aim is: “peace”.", "", ""},
		{"note is not a label", "Note: the talks resume on Monday.", "", ""},
		{"sentence with colon", "The aim is clear: peace on the Selin.", "", ""},
		{"upper-case field", "SUBJECT: Selin crossing", "", ""},
		{"time", "10:30 the talks resumed.", "", ""},
		{"lower after Q", "Q street is closed.", "", ""},
		{"long upper-case sentence", "THE COUNCIL OF MINISTERS OF THE TWO STATES MET ON: Monday", "", ""},
		// a transcript quoted in a story opens each paragraph with a mark
		{"quoted upper-case label", `"ARNO: Let’s start with the ferry.`, "ARNO", "Let’s start with the ferry."},
		{"curly-quoted upper-case label", "“MS. VELK: We disagree.", "MS. VELK", "We disagree."},
		{"quoted title-case label", "“Mr. Varga: We disagree.", "", ""},
		{"quoted sentence with colon", `"The aim is clear: peace.`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			label, text, ok := splitLabel(tt.line)
			if ok != (tt.label != "") || label != tt.label || ok && text != tt.text {
				t.Errorf("splitLabel(%q) = %q, %q, %v; want %q, %q", tt.line, label, text, ok, tt.label, tt.text)
			}
		})
	}
}

func TestParseShapes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, file, text string
		shape            Shape
		title            string
		paras            int
	}{
		{"plain", "a.txt", "Headline\nFirst.\nSecond.\n", ShapePlain, "Headline", 2},
		{"plain transcript", "b.txt", "Briefing\nMR ODRAN: Hello.\nQUESTION: Why?\nMR ODRAN: Because.\n", ShapeTranscript, "Briefing", 3},
		{"one label is not a transcript", "c.txt", "Headline\nUPDATE: nothing.\nMR ODRAN: Hello.\n", ShapePlain, "Headline", 2},
		{"markdown by heading", "d.txt", "# Heading title\n\nBody one.\n\nBody two.\n", ShapeMarkdown, "Heading title", 2},
		{"markdown by name, first line title", "e.md", "First line\nstill first block\n\nBody.\n", ShapeMarkdown, "First line", 2},
		{"hard-wrapped plain text", "f.txt", "A headline\n\nA paragraph that was\nwrapped by hand.\n\nAnother one\nalso wrapped.\n", ShapePlain, "A headline", 2},
		{"stdin", "-", "Title\nBody.\n", ShapePlain, "Title", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := mustParse(t, tt.file, tt.text)
			if b.Shape != tt.shape || b.Title != tt.title || len(b.Paragraphs) != tt.paras {
				t.Errorf("shape %q title %q paragraphs %q", b.Shape, b.Title, texts(b))
			}
		})
	}
	if b := mustParse(t, "f.txt", "A headline\n\nA paragraph that was\nwrapped by hand.\n"); b.Paragraphs[0].Text != "A paragraph that was wrapped by hand." {
		t.Errorf("hard-wrapped lines not joined: %q", b.Paragraphs[0].Text)
	}
}

func TestParseDateline(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, first, want string
	}{
		{"en dash", "Port Selin – Varanda said on Monday it would talk.", "Port Selin"},
		{"em dash", "Ostrava Nova — The Kestrian cabinet met.", "Ostrava Nova"},
		{"spaced hyphen", "Lake Orrin - Delegates arrived.", "Lake Orrin"},
		{"capitals with abbreviation", "WASHINGTON, D.C. – The talks opened.", "Washington, D.C."},
		{"wire form", "PORT SELIN, March 3 (Varanda Press) – Talks resumed.", "Port Selin"},
		{"wire form with year", "OSTRAVA NOVA, Jan. 5, 2031 (Wire) — Kestria said.", "Ostrava Nova"},
		{"connector", "Port of Tarn – Ships waited.", "Port of Tarn"},
		{"particle connector", "Vila da Orrin – Ships waited.", "Vila da Orrin"},
		{"no dateline", "Varanda said on Monday it would talk.", ""},
		{"sentence with a dash", "The talks – long stalled – resumed on Monday.", ""},
		{"lower case after dash", "Varanda – which had refused – agreed.", ""},
		{"officials in", "Officials in Port Selin – Speaking late – agreed.", ""},
		{"too long", "Many Capitalised Words Going On And On – Then text.", ""},
		{"lead-in", "FOR IMMEDIATE RELEASE – The ministry said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := mustParse(t, "d.txt", "Headline\n"+tt.first+"\nSecond paragraph.\n")
			if b.Dateline != tt.want {
				t.Errorf("dateline of %q = %q, want %q", tt.first, b.Dateline, tt.want)
			}
			if b.Paragraphs[0].Text != tt.first {
				t.Errorf("first paragraph changed to %q", b.Paragraphs[0].Text)
			}
		})
	}
}

func TestParseAllFrontMatter(t *testing.T) {
	t.Parallel()
	b := mustParse(t, "t.md", "---\ntitle: Only a title\n---\n")
	if b.Title != "Only a title" || len(b.Paragraphs) != 0 {
		t.Errorf("title %q paragraphs %q", b.Title, texts(b))
	}
}

func TestParseFrontMatterForms(t *testing.T) {
	t.Parallel()
	b := mustParse(t, "f.md", `---
title: "Title \u001b[31m with escape"
date: 2031-02-03T10:00:00Z
parties: Varanda
speakers: [Ilse Marrow, {name: Tomas Drey, party: Kestria}]
unknown: kept quiet
---
Body text.
`)
	if b.Title != "Title  with escape" {
		t.Errorf("title not sanitised: %q", b.Title)
	}
	if b.Date.Day() != 3 || b.Date.Hour() != 10 {
		t.Errorf("date %v", b.Date)
	}
	want := Declared{
		Parties:  []PartyDecl{{Name: "Varanda"}},
		Speakers: []SpeakerDecl{{Name: "Ilse Marrow"}, {Name: "Tomas Drey", Party: "Kestria"}},
	}
	if !reflect.DeepEqual(b.Declared, want) {
		t.Errorf("declared %+v", b.Declared)
	}
	if len(b.Paragraphs) != 1 || b.Paragraphs[0].Text != "Body text." {
		t.Errorf("paragraphs %q", texts(b))
	}

	w := mustParse(t, "w.md", "---\ntitle: T\ndate: someday\n---\nBody.\n")
	if !w.Date.IsZero() || len(w.Warnings) != 1 || !strings.Contains(w.Warnings[0], "line 3") {
		t.Errorf("bad date: %v, warnings %q", w.Date, w.Warnings)
	}
}

func TestParseInlineMarkdown(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"**bold** and *em* and __b__ and _e_", "bold and em and b and e"},
		{"[link text](https://example.org/a_(b)) after", "link text after"},
		{"![alt text](img.png) and [ref link][r] and [empty][]", "alt text and ref link and empty"},
		{"<https://example.org> and <b>tag</b> and a<br>b", "https://example.org and tag and a b"},
		{"`code *here*` and ``two `ticks` ``", "code *here* and two `ticks`"},
		{`\*not em\* and \_ and \[x\]`, "*not em* and _ and [x]"},
		{"5 * 3 = 15 and 2*3 and file_name_here", "5 * 3 = 15 and 2*3 and file_name_here"},
		{"Nord Stream T [sic] would go", "Nord Stream T [sic] would go"},
		{"&quot;quoted&quot; &amp; &#8220;curly&#8221; &notanentity", "\"quoted\" & “curly” &notanentity"},
		{"~~struck~~ and a ~ tilde", "struck and a ~ tilde"},
		{"***both*** ends", "both ends"},
		{"a < b and c > d", "a < b and c > d"},
	}
	for _, tt := range tests {
		if got := inlineText(tt.in); got != tt.want {
			t.Errorf("inlineText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"000_9ff3adb9c3e641cd.txt", "000_9ff3adb9c3e641cd"},
		{"/some/dir/Press Briefing (May).md", "press-briefing-may"},
		{"-", "stdin"},
		{"../x/Über Café.txt", "über-café"},
		{"...", "briefing"},
		{"a.b.c.md", "a-b-c"},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func sharedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared is not here")
	}
	return dir
}

// TestParseSharedGold checks the two real transcripts of the dev set: one
// turn per line after the header lines.
func TestParseSharedGold(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(sharedDir(t), "gold", "dev")
	tests := []struct {
		file          string
		shape         Shape
		header, turns int
		firstLabel    string
	}{
		{"state-briefing-2022-05-17.txt", ShapeTranscript, 3, 22, "QUESTION"},
		{"wh-press-conference-biden-scholz-2022-02-08.txt", ShapeTranscript, 2, 15, "PRESIDENT BIDEN"},
		{"wh-readout-biden-abbas-2022-07-15.txt", ShapePlain, 5, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, tt.file))
			if err != nil {
				t.Skip(err)
			}
			b, err := Parse(tt.file, raw)
			if err != nil {
				t.Fatal(err)
			}
			if b.Shape != tt.shape || len(b.Paragraphs) != tt.header+tt.turns {
				t.Fatalf("shape %q, %d paragraphs", b.Shape, len(b.Paragraphs))
			}
			for i, p := range b.Paragraphs {
				if (p.Label != "") != (i >= tt.header) {
					t.Errorf("paragraph %d label %q", i+1, p.Label)
				}
			}
			if tt.turns > 0 && b.Paragraphs[tt.header].Label != tt.firstLabel {
				t.Errorf("first label %q", b.Paragraphs[tt.header].Label)
			}
		})
	}
}

func BenchmarkParseCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(sharedDir(b), "corpus", "*", "*.md"))
	if len(files) > 500 {
		files = files[:500]
	}
	raws := make([][]byte, len(files))
	size := 0
	for i, f := range files {
		raws[i], _ = os.ReadFile(f)
		size += len(raws[i])
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for i, raw := range raws {
			if _, err := Parse(files[i], raw); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestMarkTurnsGatheredStatements: a page that gathers what several
// people said, one "Title Name: “…”" paragraph each, under run-in
// headings; every statement is its own speaker's, and a heading is no
// one's.
func TestMarkTurnsGatheredStatements(t *testing.T) {
	t.Parallel()
	paras := []Paragraph{
		{Text: "Members of the Assembly – Senators"},
		{Text: "Senator Ana Velk: “The bridge must open.”"},
		{Text: "Sen. Jonas Vell: “The bridge will open.”"},
		{Text: "Members of the Assembly – Deputies"},
		{Text: "Rep. Tom Arno: “We agree.”"},
		{Text: "He added that the vote is on Monday."},
	}
	got, turns := markTurns(paras)
	want := []Paragraph{
		{Text: "Members of the Assembly – Senators"},
		{Label: "Senator Ana Velk", Text: "“The bridge must open.”"},
		{Label: "Sen. Jonas Vell", Text: "“The bridge will open.”"},
		{Text: "Members of the Assembly – Deputies"},
		{Label: "Rep. Tom Arno", Text: "“We agree.”\n\nHe added that the vote is on Monday."},
	}
	if turns != 3 || !reflect.DeepEqual(got, want) {
		t.Errorf("turns %d\n got %#v\nwant %#v", turns, got, want)
	}
}

// TestMarkTurnsJoinsEveryParagraphOfATurn: a turn's paragraphs join in
// order, with a label's empty first paragraph ("MS. VELK:" alone), a
// turn that ends at a heading, and a turn of many thousand paragraphs
// (a hostile file), which is joined once, not a paragraph at a time.
func TestMarkTurnsJoinsEveryParagraphOfATurn(t *testing.T) {
	t.Parallel()
	paras := []Paragraph{
		{Text: "MS. VELK:"},
		{Text: "The bridge opens on Monday."},
		{Text: "The ferry runs until then."},
		{Text: "Port Notes", Style: Style{Block: BlockHeading}},
		{Text: "MR. ARNO: We agree."},
	}
	const many = 20000
	want := []string{"We agree."}
	for i := range many {
		line := fmt.Sprintf("Line %d of the reply.", i)
		paras = append(paras, Paragraph{Text: line})
		want = append(want, line)
	}
	got, turns := markTurns(paras)
	if turns != 2 || len(got) != 3 {
		t.Fatalf("turns %d, %d paragraphs, want 2 turns and 3 paragraphs", turns, len(got))
	}
	if got[0].Label != "MS. VELK" || got[0].Text != "The bridge opens on Monday.\n\nThe ferry runs until then." {
		t.Errorf("first turn %q: %q", got[0].Label, got[0].Text)
	}
	if got[1].Text != "Port Notes" || got[1].Label != "" {
		t.Errorf("heading %#v", got[1])
	}
	if got[2].Label != "MR. ARNO" || got[2].Text != strings.Join(want, "\n\n") {
		t.Errorf("second turn %q: %d bytes, want %d", got[2].Label, len(got[2].Text), len(strings.Join(want, "\n\n")))
	}
}
