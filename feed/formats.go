package feed

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/brief-reader/brief/data"
)

// Formats plugs feeds and web pages into data.Load: feed files (RSS, Atom,
// JSON Feed), saved HTML pages, and http(s) URLs of either, fetched with
// client (nil: a Client with the default limits).
func Formats(client *Client) []data.Format {
	if client == nil {
		client = NewClient(Options{})
	}
	return []data.Format{
		{
			Name:  "feed",
			Match: func(path string, head []byte) bool { return head != nil && IsFeed(head) },
			Read: func(path string, raw []byte) ([]*data.Briefing, error) {
				return feedBriefings(path, raw)
			},
		},
		{
			Name:  "web page",
			Match: func(path string, head []byte) bool { return head != nil && isPageFile(path, head) },
			Read: func(path string, raw []byte) ([]*data.Briefing, error) {
				return pageBriefings(path, raw)
			},
		},
		{
			Name:  "URL",
			Match: func(path string, head []byte) bool { return head == nil && IsURL(path) },
			Read: func(path string, _ []byte) ([]*data.Briefing, error) {
				return client.Read(context.Background(), path)
			},
		},
	}
}

// Read fetches a URL and reads it as a feed or, failing that, a page.
func (c *Client) Read(ctx context.Context, url string) ([]*data.Briefing, error) {
	resp, err := c.Get(ctx, url, Validators{})
	if err != nil {
		return nil, err
	}
	switch {
	case IsFeed(resp.Body) || contentTypeIs(resp.ContentType, "application/rss+xml", "application/atom+xml", "application/feed+json"):
		return feedBriefings(url, resp.Body)
	case IsHTML(resp.Body) || contentTypeIs(resp.ContentType, "text/html", "application/xhtml+xml"):
		return pageBriefings(resp.URL, resp.Body)
	}
	ct := resp.ContentType
	if ct == "" {
		ct = "no Content-Type"
	}
	return nil, fmt.Errorf("neither a feed nor a web page (%s)", ct)
}

// isPageFile accepts HTML documents, and fragments saved with an .html
// name.
func isPageFile(path string, head []byte) bool {
	if IsHTML(head) {
		return true
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		return bytes.Contains(head, []byte("<"))
	}
	return false
}

func feedBriefings(path string, raw []byte) ([]*data.Briefing, error) {
	f, err := Parse(raw)
	if err != nil {
		return nil, err
	}
	if len(f.Items) == 0 {
		return nil, fmt.Errorf("the feed %q has no items", data.CapLine(f.Title, data.MaxTitle))
	}
	out := make([]*data.Briefing, 0, len(f.Items))
	for _, it := range f.Items {
		b, err := it.Briefing(f.Title, path)
		if err != nil {
			return nil, fmt.Errorf("item %q: %w", data.CapLine(clean(it.Title), data.MaxTitle), err)
		}
		out = append(out, b)
	}
	return out, nil
}

func pageBriefings(path string, raw []byte) ([]*data.Briefing, error) {
	b, err := ParsePage(raw, path)
	if err != nil {
		return nil, err
	}
	return []*data.Briefing{b}, nil
}
