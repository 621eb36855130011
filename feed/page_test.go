package feed

import (
	"strings"
	"testing"
	"time"
)

func TestParsePage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, source, wantSource string
	}{
		{"from a file: the canonical link is the source", "testdata/article.html", "https://herald.vell.example/2023/03/water-accord"},
		{"from a URL: the URL is the source", "https://mirror.example/water", "https://mirror.example/water"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := ParsePage(readTestdata(t, "article.html"), tt.source)
			if err != nil {
				t.Fatal(err)
			}
			date := time.Date(2023, 3, 17, 7, 45, 0, 0, time.UTC)
			if b.Title != "Almora and Corvenia Sign Water Accord" || b.Author != "Jonas Feld" ||
				b.Publisher != "Vell Herald" || !b.Date.Equal(date) || b.Source != tt.wantSource || b.Path != tt.source {
				t.Errorf("title %q author %q publisher %q date %v source %q path %q", b.Title, b.Author, b.Publisher, b.Date, b.Source, b.Path)
			}
			if b.Dateline != "Vell" {
				t.Errorf("dateline %q, want Vell", b.Dateline)
			}
			body := strings.Join(texts(b), "\n")
			for _, want := range []string{
				"VELL – Almora and Corvenia signed an accord on Friday",
				"Almoran Foreign Minister Ilse Marrow said the accord was “a promise to our grandchildren”",
				"“No one upstream will ever again decide alone,” Greve said.",
				"the first dry summer.",
			} {
				if !strings.Contains(body, want) {
					t.Errorf("missing %q in\n%s", want, body)
				}
			}
			for _, junk := range []string{"Home", "Accept cookies", "Injected", "Related", "Hask crossing reopens", "About", "analytics", "font-family", "signing ceremony"} {
				if strings.Contains(body, junk) {
					t.Errorf("page furniture %q kept in\n%s", junk, body)
				}
			}
			if b.Paragraphs[0].Text == b.Title {
				t.Error("the title is repeated as the first paragraph")
			}
		})
	}
}

func TestParsePageWithoutText(t *testing.T) {
	t.Parallel()
	for _, page := range []string{
		"<!DOCTYPE html><html><head><title>Empty</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
		"<html><body><script>var x = 1;</script></body></html>",
	} {
		if b, err := ParsePage([]byte(page), "x.html"); err == nil {
			t.Errorf("%q: no error; paragraphs %q", page, texts(b))
		}
	}
}

func TestIsHTML(t *testing.T) {
	t.Parallel()
	tests := []struct {
		head string
		want bool
	}{
		{"<!DOCTYPE html>\n<html>", true},
		{"\ufeff  <!doctype HTML>", true},
		{"<!-- saved page -->\n<html lang=en>", true},
		{"<html>", true},
		{`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">`, true},
		{`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, true},
		{`<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"><rss>`, false},
		{`<?xml version="1.0"?><rss>`, false},
		{"plain text <html>", false},
	}
	for _, tt := range tests {
		if got := IsHTML([]byte(tt.head)); got != tt.want {
			t.Errorf("IsHTML(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
}

// Page metadata is text already: what looks like a tag in it is text.
func TestPageMetadataDecodedOnce(t *testing.T) {
	t.Parallel()
	page := `<!DOCTYPE html><html><head><title>Vell &amp; Darsk: 2 &lt; 3 &lt;b&gt;</title>
<meta name="author" content="Jonas Feld"></head><body><article>
<p>` + strings.Repeat("Almora and Corvenia met in Vell to talk about the river and the crossing at Hask. ", 8) + `</p>
</article></body></html>`
	b, err := ParsePage([]byte(page), "p.html")
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "Vell & Darsk: 2 < 3 <b>" || b.Author != "Jonas Feld" {
		t.Errorf("title %q, author %q", b.Title, b.Author)
	}
}
