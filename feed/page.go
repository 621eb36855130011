package feed

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/brief-reader/brief/data"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ErrNoText is returned for a page in which no readable text was found.
var ErrNoText = errors.New("no readable text found")

// ParsePage extracts the article from an HTML page: its main text, and the
// title, byline, site name and date from the page's metadata where it has
// them. source is where the page came from (its URL, or a file path); a URL
// lets relative links resolve and becomes the briefing's Source.
func ParsePage(raw []byte, source string) (*data.Briefing, error) {
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("malformed HTML: %w", err)
	}
	var pageURL *url.URL
	if IsURL(source) {
		pageURL, _ = url.Parse(source)
	}
	canonical := canonicalURL(doc)
	// ParseAndMutate, not ParseDocument: the tree is ours and copying it
	// would double the memory for large pages.
	parser := readability.NewParser()
	article, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil {
		return nil, fmt.Errorf("extracting the article: %w", err)
	}
	if article.Node == nil {
		return nil, ErrNoText
	}
	m := meta{
		path:      source,
		title:     article.Title(),
		author:    article.Byline(),
		publisher: article.SiteName(),
		plain:     true, // readability gives metadata as text
		source:    source,
	}
	switch {
	case pageURL != nil:
		m.source = pageURL.String()
	case canonical != "":
		m.source = canonical
	}
	if t, err := article.PublishedTime(); err == nil {
		m.date = t.UTC()
	} else if t, err := article.ModifiedTime(); err == nil {
		m.date = t.UTC()
	}
	blocks := dropByline(dropTitle(nodeBlocks(article.Node), clean(m.title)), clean(m.author))
	if len(blocks) == 0 {
		return nil, ErrNoText
	}
	return build(m, blocks)
}

// dropTitle removes a leading heading that repeats the title: the title is
// shown as the headline already.
func dropTitle(blocks []block, title string) []block {
	if len(blocks) > 0 && blocks[0].kind == blockHeading && strings.EqualFold(clean(blocks[0].text), title) {
		return blocks[1:]
	}
	return blocks
}

// dropByline removes a leading "By NAME" paragraph naming the author the
// metadata gave: it is not part of the story, and it would hide a dateline
// in the paragraph after it.
func dropByline(blocks []block, author string) []block {
	if len(blocks) > 0 && author != "" && strings.EqualFold(clean(blocks[0].text), "By "+author) {
		return blocks[1:]
	}
	return blocks
}

// canonicalURL is the page's own idea of its address (link rel=canonical,
// else og:url), for pages read from a file.
func canonicalURL(doc *html.Node) string {
	var link, og string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && link == "" {
					link = attr(n, "href")
				}
			case atom.Meta:
				if attr(n, "property") == "og:url" && og == "" {
					og = attr(n, "content")
				}
			case atom.Body:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, u := range []string{link, og} {
		if IsURL(strings.TrimSpace(u)) {
			return strings.TrimSpace(u)
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// IsHTML reports whether a document looks like an HTML page from its first
// bytes: an HTML doctype, or an html root element (XHTML included).
func IsHTML(head []byte) bool {
	doctype, root := sniffMarkup(head)
	return doctype == "html" || root == "html"
}
