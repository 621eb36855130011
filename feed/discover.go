package feed

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FeedLinks finds the feeds a web page advertises (<link rel="alternate"
// type="application/rss+xml" …>), as absolute URLs resolved against the
// page's own: a user who subscribes to a site's home page can be told
// where its feed is.
func FeedLinks(page []byte, pageURL string) []string {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil
	}
	base, _ := url.Parse(pageURL)
	var out []string
	seen := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Link && isFeedLink(n) {
			if u, err := url.Parse(strings.TrimSpace(attr(n, "href"))); err == nil {
				if base != nil {
					u = base.ResolveReference(u)
				}
				if s := u.String(); IsURL(s) && !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
		if n.DataAtom == atom.Body {
			return // feeds are advertised in the head
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func isFeedLink(n *html.Node) bool {
	rel := false
	for _, r := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
		rel = rel || r == "alternate"
	}
	return rel && contentTypeIs(attr(n, "type"), "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json")
}
