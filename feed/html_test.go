package feed

import (
	"strings"
	"testing"

	"github.com/brief-reader/brief/data"
)

func TestHTMLBlocks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		html string
		want []string // "kind:text"; kinds p, h2, li, q
	}{
		{"paragraphs", "<p>One.</p><p>Two.</p>", []string{"p:One.", "p:Two."}},
		{"inline markup removed", `<p>The <em>Almoran</em> <strong>minister</strong> read the <a href="/x">accord</a>.</p>`, []string{"p:The Almoran minister read the accord."}},
		{"entities decoded", "<p>Vell &amp; Darsk &ldquo;agree&rdquo; &#8211; &#x201C;x&#x201D; caf&eacute;</p>", []string{"p:Vell & Darsk “agree” – “x” café"}},
		{"no-break and other spaces collapse", "<p>President&nbsp;Greve \n\t said&#8239;so</p>", []string{"p:President Greve said so"}},
		{"scripts and styles dropped", "<script>alert(1)</script><style>p{}</style><p>Kept.</p><noscript>Enable JS</noscript>", []string{"p:Kept."}},
		{"media, forms and frames dropped", `<p>Before <img src="x.jpg" alt="alt text"> after.</p><iframe src="x"></iframe><form><input value="v"><button>Go</button><textarea>t</textarea></form><video>v</video><svg><text>s</text></svg>`, []string{"p:Before after."}},
		{"navigation and asides dropped", `<nav><a href="/">Home</a></nav><p>Story.</p><aside>Related</aside>`, []string{"p:Story."}},
		{"hidden elements dropped", `<p hidden>h</p><p aria-hidden="true">a</p><p style="display: none">d</p><p>Shown.</p>`, []string{"p:Shown."}},
		{"headings, lists and quotes keep their kind", "<h2>Talks</h2><ul><li>One</li><li><p>Two</p></li></ul><blockquote><p>Said.</p><p>More.</p></blockquote>", []string{"h2:Talks", "li:One", "li:Two", "q:Said.", "q:More."}},
		{"text loose in a div is a paragraph", "<div>Loose text <span>here</span><p>Inner.</p>tail</div>", []string{"p:Loose text here", "p:Inner.", "p:tail"}},
		{"br breaks a paragraph", "<p>Office of the Spokesperson<br>March 14, 2023</p>", []string{"p:Office of the Spokesperson", "p:March 14, 2023"}},
		{"table rows", "<table><tr><th>Name</th><th>Role</th></tr><tr><td>Ilse Marrow</td><td>Foreign Minister</td></tr></table>", []string{"p:Name · Role", "p:Ilse Marrow · Foreign Minister"}},
		{"empty blocks vanish", "<p> </p><p><input type=hidden></p><div>\n</div>", nil},
		{"plain text splits at blank lines", "First line\r\nsame paragraph.\n \t\nSecond &amp; last.\n\n\n", []string{"p:First line same paragraph.", "p:Second & last."}},
		{"a lone less-than is text", "Vell < Darsk in size", []string{"p:Vell < Darsk in size"}},
		{"comments dropped", "<!-- hidden --><p>Seen</p>", []string{"p:Seen"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range htmlBlocks(tt.html) {
				got = append(got, kindName(b)+":"+b.text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func kindName(b block) string {
	switch b.kind {
	case blockHeading:
		return "h" + string(rune('0'+b.level))
	case blockItem:
		return "li"
	case blockQuote:
		return "q"
	}
	return "p"
}

// Prose that looks like Markdown must come back from data.Parse as the
// same literal text: statement spans index into it.
func TestMarkdownRoundTrip(t *testing.T) {
	t.Parallel()
	tests := []string{
		"# not a heading",
		"1. not a list",
		"2023) not a list either",
		"- not a bullet",
		"+ nor this",
		"> not a quote",
		"*not emphasis* and _not this_ and **nor this**",
		"[not a link](https://example.org) and ![no image](x.png)",
		"`not code` and ``` not a fence",
		"~~~",
		"---",
		"***",
		"=====",
		"<b>not a tag</b> and <https://not.an.autolink>",
		"&amp; stays an ampersand-amp, &copy; too",
		`a \ backslash and \* an escaped star`,
		"| not | a table |",
		"Q: who said it? (not a transcript turn on its own)",
		"5 * 3 = 15, and 2 < 3 > 1",
	}
	for _, text := range tests {
		t.Run(text, func(t *testing.T) {
			doc := "---\ntitle: t\n---\n\n" + markdown([]block{{kind: blockPara, text: text}, {kind: blockItem, text: text}})
			b, err := data.Parse("x.md", []byte(doc))
			if err != nil {
				t.Fatal(err)
			}
			if len(b.Paragraphs) != 2 {
				t.Fatalf("%d paragraphs from %q", len(b.Paragraphs), doc)
			}
			for i, p := range b.Paragraphs {
				if p.Text != text || p.Label != "" {
					t.Errorf("¶%d: got %q (label %q), want %q", i+1, p.Text, p.Label, text)
				}
			}
			if b.Paragraphs[1].Style.Block != data.BlockItem {
				t.Errorf("list item came back as %v", b.Paragraphs[1].Style.Block)
			}
		})
	}
}

func TestTranscriptTurnsInFeedItems(t *testing.T) {
	t.Parallel()
	it := Item{
		Title: "Briefing by Spokesperson Achterberg",
		HTML:  "<p>Vell</p><p>MR ACHTERBERG: Good afternoon. The talks resume on Monday.</p><p>QUESTION: Will Corvenia attend?</p><p>MR ACHTERBERG: We expect so.</p>",
	}
	b, err := it.Briefing("Ministry", "feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	if b.Shape != data.ShapeTranscript {
		t.Errorf("shape %q, want transcript", b.Shape)
	}
	want := []string{"Vell", "MR ACHTERBERG: Good afternoon. The talks resume on Monday.", "QUESTION: Will Corvenia attend?", "MR ACHTERBERG: We expect so."}
	if got := texts(b); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestSanitised(t *testing.T) {
	t.Parallel()
	it := Item{
		Title:  "Title\x1b]52;c;ZXZpbA==\x07 with \u202eOSC",
		Author: "Name\x1b[31m red",
		HTML:   "<p>Text \x1b[2J cleared\u200b and \u0085 C1</p>",
	}
	b, err := it.Briefing("Pub\x1b[0m", "x")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range append(texts(b), b.Title, b.Author, b.Publisher) {
		for _, r := range s {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u202e' || r == '\u200b' {
				t.Errorf("%q holds %U", s, r)
			}
		}
	}
}
